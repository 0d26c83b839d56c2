// The API tokens view against the simulator and the real keychain of the
// test run's D-Bus session: statuses and permissions learned from the API,
// a secret removed behind the app's back shown as missing and re-entered,
// relabel, copy prefix, and remove with its confirmation.
#include "core/projects/keychaintokenvault.h"
#include "core/projects/projectstore.h"
#include "core/projects/routingtokenvault.h"
#include "core/projects/tokeninspector.h"
#include "core/projects/tokenlistmodel.h"
#include "core/sim/simserver.h"
#include "ui/tokens/addtokendialog.h"
#include "ui/tokens/tokensdialog.h"
#include "tests/support/vaulttesthelpers.h"

#include "tests/ui/widgetfinders.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hcloud;
using testing::destructiveButton;
using testing::visibleChild;

namespace {
const QString kService = QStringLiteral("hcloud-desktop");

QString uniqueToken(const QString &tag)
{
    const QString hex = QUuid::createUuid().toString(QUuid::Id128);
    return (tag + hex).left(32) + (hex + hex).left(32);
}

bool inKeychain(const QString &id)
{
    const auto out = testing::run(QStringLiteral("secret-tool"),
                                  {QStringLiteral("lookup"), QStringLiteral("user"), id, QStringLiteral("server"),
                                   kService, QStringLiteral("type"), QStringLiteral("plaintext")});
    return out.finished && out.exitCode == 0 && !out.out.isEmpty();
}

} // namespace

class TestTokensDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void checksStatusesAndLearnsPermissions();
    void missingSecretIsReentered();
    void relabelCopyAndRemove();

private:
    QString addStoredToken(const QString &label, const QString &token);
    TokenStatus::Value status(TokensDialog &dialog, const QString &id) { return dialog.model()->status(id); }

    QString m_rw;
    QString m_ro;
    QTemporaryDir *m_dir = nullptr;
    ProjectStore *m_store = nullptr;
    RoutingTokenVault *m_vault = nullptr;
    sim::SimServer *m_sim = nullptr;
    QString m_project;
    QStringList m_ids;
};

void TestTokensDialog::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs the test run's D-Bus session with gnome-keyring (see .ci/test)");
}

void TestTokensDialog::init()
{
    m_rw = uniqueToken(QStringLiteral("rw"));
    m_ro = uniqueToken(QStringLiteral("ro"));
    sim::SimProjectSpec spec;
    spec.token = m_rw;
    spec.readTokens = {m_ro};
    spec.servers = 3;
    m_sim = new sim::SimServer({{spec}, 0});
    QVERIFY(m_sim->listen(0));
    m_dir = new QTemporaryDir;
    m_store = new ProjectStore(m_dir->filePath(QStringLiteral("projects.json")));
    QVERIFY(m_store->load());
    m_vault = new RoutingTokenVault(new KeychainTokenVault);
    m_vault->keychain()->setParent(m_vault);
    m_project = m_store->addProject(QStringLiteral("Shop"), m_sim->endpoint());
    m_ids.clear();
}

void TestTokensDialog::cleanup()
{
    for (const QString &id : std::as_const(m_ids))
        testing::remove(*m_vault, id);
    delete m_vault;
    delete m_store;
    delete m_dir;
    delete m_sim;
}

QString TestTokensDialog::addStoredToken(const QString &label, const QString &token)
{
    TokenRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.label = label;
    record.prefix = token.left(32);
    const testing::Answer stored = testing::store(*m_vault, record.id, token);
    if (!stored.arrived || !stored.result.ok())
        return QString();
    m_ids.append(record.id);
    return m_store->addToken(m_project, record);
}

void TestTokensDialog::checksStatusesAndLearnsPermissions()
{
    const QString rw = addStoredToken(QStringLiteral("deploy"), m_rw);
    const QString ro = addStoredToken(QStringLiteral("monitoring"), m_ro);
    const QString bad = addStoredToken(QStringLiteral("revoked"), uniqueToken(QStringLiteral("gone")));
    QVERIFY(!rw.isEmpty() && !ro.isEmpty() && !bad.isEmpty());

    TokensDialog dialog(m_store, m_vault, m_project);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QCOMPARE(dialog.model()->rowCount(), 3);

    QTRY_COMPARE_WITH_TIMEOUT(status(dialog, rw), TokenStatus::Value::Ok, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(status(dialog, ro), TokenStatus::Value::Ok, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(status(dialog, bad), TokenStatus::Value::Rejected, 15000);
    QCOMPARE(m_store->token(rw)->permission, TokenPermission::ReadWrite);
    QCOMPARE(m_store->token(ro)->permission, TokenPermission::Read);
    QCOMPARE(m_store->token(bad)->permission, TokenPermission::Unknown);
    QVERIFY(m_store->token(rw)->lastVerified.isValid());
    QVERIFY(!m_store->token(bad)->lastVerified.isValid());

    // The view says it in words, and the probe created nothing.
    const int row = dialog.model()->rowOfKey(ro);
    QCOMPARE(dialog.model()->index(row, int(TokenListModel::Column::Permission)).data().toString(),
             QStringLiteral("Read"));
    dialog.selectToken(bad);
    QTRY_VERIFY(!dialog.messageLabel()->text().isEmpty());
}

void TestTokensDialog::missingSecretIsReentered()
{
    const QString id = addStoredToken(QStringLiteral("laptop"), m_rw);
    QVERIFY(!id.isEmpty());
    // Gone from the keychain behind the app's back.
    const auto cleared = testing::run(QStringLiteral("secret-tool"),
                                      {QStringLiteral("clear"), QStringLiteral("user"), id, QStringLiteral("server"),
                                       kService});
    QVERIFY(cleared.finished && cleared.exitCode == 0);
    QVERIFY(!inKeychain(id));

    TokensDialog dialog(m_store, m_vault, m_project);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(status(dialog, id), TokenStatus::Value::MissingFromKeychain, 15000);
    dialog.selectToken(id);
    QVERIFY(dialog.reenterButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("Re-enter")));

    QTest::mouseClick(dialog.reenterButton(), Qt::LeftButton);
    AddTokenDialog *entry = visibleChild<AddTokenDialog>(&dialog);
    QVERIFY(entry);
    // Another token does not fit the record.
    QTest::keyClicks(entry->tokenEdit(), m_ro);
    QVERIFY(entry->messageLabel()->text().contains(m_rw.left(32)));
    QVERIFY(!entry->saveButton()->isEnabled());
    entry->tokenEdit()->clear();
    QTest::keyClicks(entry->tokenEdit(), m_rw);
    QVERIFY(entry->saveButton()->isEnabled());
    QTest::keyClick(entry->tokenEdit(), Qt::Key_Return);

    QTRY_COMPARE_WITH_TIMEOUT(status(dialog, id), TokenStatus::Value::Ok, 15000);
    QVERIFY(inKeychain(id));
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(testing::read(*m_vault, id).token, m_rw);
}

void TestTokensDialog::relabelCopyAndRemove()
{
    const QString id = addStoredToken(QStringLiteral("old label"), m_rw);
    QVERIFY(!id.isEmpty());
    TokensDialog dialog(m_store, m_vault, m_project);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    dialog.selectToken(id);

    QTest::mouseClick(dialog.relabelButton(), Qt::LeftButton);
    auto *input = visibleChild<QInputDialog>(&dialog);
    QVERIFY(input);
    auto *edit = input->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("CI deploy"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(m_store->token(id)->label, QStringLiteral("CI deploy"));
    const int row = dialog.model()->rowOfKey(id);
    QCOMPARE(dialog.model()->index(row, int(TokenListModel::Column::Label)).data().toString(),
             QStringLiteral("CI deploy"));

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_rw.left(32));

    QTRY_VERIFY_WITH_TIMEOUT(!dialog.inspector()->isRunning(), 15000);
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    auto *box = visibleChild<QMessageBox>(&dialog);
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("CI deploy")));
    QVERIFY(box->text().contains(m_rw.left(32)));
    QVERIFY(box->text().contains(QStringLiteral("Shop")));
    QAbstractButton *remove = destructiveButton(box);
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);

    QCOMPARE(m_store->token(id), nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(!inKeychain(id), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_store->pendingRemovals().isEmpty(), 15000);
    QCOMPARE(dialog.model()->rowCount(), 0);
}

QTEST_MAIN(TestTokensDialog)
#include "tst_tokensdialog.moc"
