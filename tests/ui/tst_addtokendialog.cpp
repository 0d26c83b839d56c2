// The add-token dialog driven by keystrokes: every validation message,
// verification against the simulator (accepted and rejected), a network
// error offering to save unverified, and only the prefix stored.
#include "core/projects/memorytokenvault.h"
#include "core/projects/projectstore.h"
#include "core/sim/simserver.h"
#include "ui/tokens/addtokendialog.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace hcloud;

namespace {
const QString kPrefix = QStringLiteral("dlgPREFIXdlgPREFIXdlgPREFIXdlg01");
const QString kSecret = QStringLiteral("dlgSECRETdlgSECRETdlgSECRETdlg01");
const QString kToken = kPrefix + kSecret;
}

class TestAddTokenDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void validationMessages();
    void verifiedTokenIsSavedAsPrefixOnly();
    void rejectedTokenIsNotSaved();
    void networkErrorOffersUnverified();

private:
    QString addProject(const QUrl &endpoint);
    QTemporaryDir *m_dir = nullptr;
    ProjectStore *m_store = nullptr;
    MemoryTokenVault *m_vault = nullptr;
    sim::SimServer *m_sim = nullptr;
};

void TestAddTokenDialog::init()
{
    m_dir = new QTemporaryDir;
    m_store = new ProjectStore(m_dir->filePath(QStringLiteral("projects.json")));
    QVERIFY(m_store->load());
    m_vault = new MemoryTokenVault;
    m_sim = new sim::SimServer({{{kToken, 3, 1}}, 0});
    QVERIFY(m_sim->listen(0));
}

void TestAddTokenDialog::cleanup()
{
    delete m_sim;
    delete m_vault;
    delete m_store;
    delete m_dir;
}

QString TestAddTokenDialog::addProject(const QUrl &endpoint)
{
    return m_store->addProject(QStringLiteral("Shop"), endpoint);
}

void TestAddTokenDialog::validationMessages()
{
    const QString project = addProject(m_sim->endpoint());
    AddTokenDialog dialog(m_store, m_vault, project);
    dialog.show();
    QVERIFY(!dialog.saveButton()->isEnabled());

    QTest::keyClicks(dialog.tokenEdit(), kPrefix);
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("32")));
    QVERIFY(!dialog.saveButton()->isEnabled());

    QTest::keyClicks(dialog.tokenEdit(), kSecret.left(31) + QStringLiteral("-"));
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("64")),
             qPrintable(dialog.messageLabel()->text()));
    QVERIFY(!dialog.saveButton()->isEnabled());

    // Surrounding whitespace is trimmed; a bad character is named by position.
    dialog.tokenEdit()->clear();
    QTest::keyClicks(dialog.tokenEdit(), QStringLiteral("  ") + kPrefix + kSecret.left(31) + QStringLiteral("- "));
    QVERIFY2(dialog.messageLabel()->text().contains(QStringLiteral("64")), qPrintable(dialog.messageLabel()->text()));
    QVERIFY(!dialog.messageLabel()->text().contains(kSecret.left(8)));
    QVERIFY(!dialog.saveButton()->isEnabled());

    dialog.tokenEdit()->clear();
    QTest::keyClicks(dialog.tokenEdit(), QStringLiteral(" ") + kToken + QStringLiteral(" "));
    QVERIFY(dialog.saveButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().isEmpty());

    // The same prefix as a stored token is refused.
    TokenRecord stored;
    stored.prefix = kPrefix;
    QVERIFY(!m_store->addToken(project, stored).isEmpty());
    dialog.tokenEdit()->clear();
    QTest::keyClicks(dialog.tokenEdit(), kToken);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("already")));
}

void TestAddTokenDialog::verifiedTokenIsSavedAsPrefixOnly()
{
    const QString project = addProject(m_sim->endpoint());
    AddTokenDialog dialog(m_store, m_vault, project);
    dialog.show();
    QSignalSpy saved(&dialog, &AddTokenDialog::tokenSaved);
    QTest::keyClicks(dialog.tokenEdit(), kToken);
    QTest::keyClicks(dialog.labelEdit(), QStringLiteral("laptop"));
    QTest::keyClick(dialog.tokenEdit(), Qt::Key_Return);
    QVERIFY(saved.wait(10000));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.tokenEdit()->text().isEmpty());

    const TokenRecord *record = m_store->token(dialog.savedTokenId());
    QVERIFY(record);
    QCOMPARE(record->prefix, kPrefix);
    QCOMPARE(record->label, QStringLiteral("laptop"));
    QVERIFY(record->lastVerified.isValid());

    QString secret;
    m_vault->read(record->id, [&](const TokenVault::Result &r, const QString &t) { secret = r.ok() ? t : QStringLiteral("!"); });
    QTRY_COMPARE(secret, kToken);

    QFile file(m_store->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains(kPrefix.toLatin1()));
    QVERIFY(!bytes.contains(kSecret.toLatin1()));
}

void TestAddTokenDialog::rejectedTokenIsNotSaved()
{
    const QString project = addProject(m_sim->endpoint());
    AddTokenDialog dialog(m_store, m_vault, project);
    dialog.show();
    QString wrong = kToken;
    wrong[40] = QLatin1Char('Z');
    QTest::keyClicks(dialog.tokenEdit(), wrong);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.messageLabel()->text().contains(QStringLiteral("rejected")), 10000);
    QVERIFY(dialog.isVisible());
    QVERIFY(m_store->tokensOf(project).isEmpty());
}

void TestAddTokenDialog::networkErrorOffersUnverified()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const QString project = addProject(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
    AddTokenDialog dialog(m_store, m_vault, project);
    dialog.show();
    QTest::keyClicks(dialog.tokenEdit(), kToken);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.saveUnverifiedButton()->isVisible(), 20000);
    QVERIFY(m_store->tokensOf(project).isEmpty());

    QSignalSpy saved(&dialog, &AddTokenDialog::tokenSaved);
    QTest::mouseClick(dialog.saveUnverifiedButton(), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    const TokenRecord *record = m_store->token(dialog.savedTokenId());
    QVERIFY(record);
    QVERIFY(!record->lastVerified.isValid());
}

QTEST_MAIN(TestAddTokenDialog)
#include "tst_addtokendialog.moc"
