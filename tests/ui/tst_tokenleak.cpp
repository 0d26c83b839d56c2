// The leak test: a token's full cycle in the real window (add, verify, list
// servers, check permission, copy prefix, remove token, remove project),
// with debug logging on for every category and the real keychain. After
// it, the secret half of the token is in no file under the temporary HOME,
// no QSettings value, no log line, no widget text and not the clipboard.
#include "app/desktopsession.h"
#include "ui/mainwindow.h"
#include "ui/projects/projectdialog.h"
#include "core/projects/projectstore.h"
#include "core/projects/tokeninspector.h"
#include "core/projects/tokenlistmodel.h"
#include "ui/resourcetable.h"
#include "ui/tokens/addtokendialog.h"
#include "ui/tokens/tokensdialog.h"
#include "tests/support/vaulttesthelpers.h"

#include "tests/ui/widgetfinders.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hcloud;
using testing::destructiveButton;
using testing::visibleChild;

namespace {

QTemporaryDir *g_home = nullptr;
testing::LogCapture *g_log = nullptr;

// Every text a person or a screen reader could get from the widgets.
QStringList widgetTexts()
{
    QStringList texts;
    static const char *const properties[] = {"text", "plainText", "html", "placeholderText", "currentText",
                                             "windowTitle", "toolTip", "statusTip", "whatsThis",
                                             "accessibleName", "accessibleDescription", "informativeText",
                                             "detailedText", "labelText", "textValue"};
    for (QWidget *w : QApplication::allWidgets()) {
        for (const char *name : properties)
            texts.append(w->property(name).toString());
        for (QAction *a : w->actions())
            texts << a->text() << a->toolTip() << a->statusTip();
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *m = view->model();
            for (int r = 0; r < m->rowCount(); ++r) {
                for (int c = 0; c < m->columnCount(); ++c) {
                    for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole),
                                     int(Qt::AccessibleTextRole), int(Qt::StatusTipRole)})
                        texts.append(m->index(r, c).data(role).toString());
                }
            }
        }
    }
    return texts;
}

QStringList filesHolding(const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(g_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/keyrings/")))
            continue; // the keychain itself, encrypted
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            found.append(path);
    }
    return found;
}

} // namespace

class TestTokenLeak : public QObject
{
    Q_OBJECT
private slots:
    // QTest installs its own message handler in qExec; capture after it.
    void initTestCase() { g_log = new testing::LogCapture; }
    void cleanupTestCase() { delete g_log; }
    void secretStaysInTheKeychain();

private:
    void assertNoSecret(const QString &secret, const char *when);
};

void TestTokenLeak::assertNoSecret(const QString &secret, const char *when)
{
    const QByteArray bytes = secret.toLatin1();
    const QStringList files = filesHolding(bytes);
    QVERIFY2(files.isEmpty(), qPrintable(QStringLiteral("%1: in %2").arg(QLatin1String(when), files.join(u' '))));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(secret), qPrintable(key));
    // Failures name where, with the secret masked.
    auto masked = [&](QString text) { return text.replace(secret, QStringLiteral("<SECRET>")).left(300); };
    for (const QString &line : g_log->lines())
        QVERIFY2(!line.contains(secret), qPrintable(QLatin1String(when) + QStringLiteral(" log: ") + masked(line)));
    for (const QString &text : widgetTexts())
        QVERIFY2(!text.contains(secret), qPrintable(QLatin1String(when) + QStringLiteral(" widget: ") + masked(text)));
    QVERIFY2(!QGuiApplication::clipboard()->text().contains(secret), when);
}

void TestTokenLeak::secretStaysInTheKeychain()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs the test run's D-Bus session with gnome-keyring (see .ci/test)");
    const QString hex = QUuid::createUuid().toString(QUuid::Id128);
    const QString prefix = (QStringLiteral("leak") + hex).left(32);
    const QString secret = (hex + hex).mid(3, 32);
    const QString token = prefix + secret;
    // The simulator runs as its own process: it stands for Hetzner's
    // servers, whose logs are not ours (Qt HttpServer logs headers at debug).
    const QString bin = qEnvironmentVariable("HCLOUD_SIM_BIN");
    QVERIFY2(!bin.isEmpty(), "HCLOUD_SIM_BIN is not set; run the test through ctest");
    QProcess simulator;
    QProcessEnvironment simEnv = QProcessEnvironment::systemEnvironment();
    simEnv.remove(QStringLiteral("QT_LOGGING_RULES"));
    simulator.setProcessEnvironment(simEnv);
    simulator.start(bin, {QStringLiteral("--token"), token, QStringLiteral("--servers"), QStringLiteral("6")});
    QTRY_VERIFY_WITH_TIMEOUT(simulator.canReadLine(), 15000);
    const QUrl endpoint(QString::fromUtf8(simulator.readLine()).trimmed().section(u' ', 2));
    QVERIFY(endpoint.isValid());

    DesktopSession session(ProjectStore::defaultFilePath());
    QVERIFY(ProjectStore::defaultFilePath().startsWith(g_home->path()));
    session.start();
    MainWindow window(session.workspace());
    window.setProjectStore(session.store(), session.vault());
    window.show();

    // Add: project, then the token typed into the masked field.
    window.newProjectAction()->trigger();
    auto *project = visibleChild<ProjectDialog>(&window);
    QVERIFY(project);
    QTest::keyClicks(project->nameEdit(), QStringLiteral("Leak check"));
    project->endpointEdit()->selectAll();
    QTest::keyClicks(project->endpointEdit(), endpoint.toString());
    QTest::mouseClick(project->okButton(), Qt::LeftButton);
    QPointer<AddTokenDialog> add = visibleChild<AddTokenDialog>(&window);
    QVERIFY(add);
    QTest::keyClicks(add->tokenEdit(), token);
    QTest::keyClick(add->tokenEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!add, 15000);

    // Verify and use it for listing.
    QTRY_COMPARE_WITH_TIMEOUT(window.serverTable()->view()->model()->rowCount(), 6, 15000);
    const TokenRecord record = session.store()->projects().first().tokens.first();
    QCOMPARE(record.prefix, prefix);

    // The tokens view checks it (verify + permission) and copies the prefix.
    window.tokensAction()->trigger();
    auto *tokens = visibleChild<TokensDialog>(&window);
    QVERIFY(tokens);
    QTRY_COMPARE_WITH_TIMEOUT(tokens->model()->status(record.id), TokenStatus::Value::Ok, 15000);
    tokens->selectToken(record.id);
    QTest::mouseClick(tokens->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), prefix);
    QVERIFY(filesHolding(prefix.toLatin1()).size() == 1); // projects.json
    QVERIFY(widgetTexts().join(u' ').contains(prefix));
    assertNoSecret(secret, "while in use");
    if (QTest::currentTestFailed())
        return;

    // Remove the token, then the project.
    QTest::mouseClick(tokens->removeButton(), Qt::LeftButton);
    auto *box = visibleChild<QMessageBox>(tokens);
    QVERIFY(box);
    QTest::mouseClick(destructiveButton(box), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(session.store()->pendingRemovals().isEmpty(), 15000);
    QCOMPARE(testing::read(*session.vault(), record.id).result.status, TokenVault::Status::NotFound);
    tokens->close();
    window.removeProjectAction()->trigger();
    box = visibleChild<QMessageBox>(&window);
    QVERIFY(box);
    QTest::mouseClick(destructiveButton(box), Qt::LeftButton);
    QVERIFY(session.store()->projects().isEmpty());

    // Debug logging really was on for our categories.
    const QString log = g_log->lines().join(u'\n');
    QVERIFY(log.contains(QLatin1String("GET /servers")));
    QVERIFY(log.contains(QLatin1String("store token")));
    assertNoSecret(secret, "after removal");
    simulator.kill();
    QTRY_COMPARE(simulator.state(), QProcess::NotRunning);
}

int main(int argc, char *argv[])
{
    // A HOME of its own, so that every file the app writes is checked and
    // none of the developer's is.
    QTemporaryDir home;
    g_home = &home;
    for (const auto &[name, sub] : {std::pair{"HOME", ""}, {"XDG_CONFIG_HOME", "/.config"},
                                    {"XDG_DATA_HOME", "/.local/share"}, {"XDG_CACHE_HOME", "/.cache"},
                                    {"XDG_STATE_HOME", "/.local/state"}})
        qputenv(name, (home.path() + QLatin1String(sub)).toLocal8Bit());
    qunsetenv("HCLOUD_TOKEN");
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hcloud-desktop"));
    QApplication::setOrganizationDomain(QStringLiteral("hcloud-desktop.invalid"));
    TestTokenLeak test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenleak.moc"
