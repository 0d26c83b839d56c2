// The console window against the simulator, offscreen, driven like a user:
// it opens from the server's menu action, shows the login prompt, takes
// typed keys and pasted text, reboots with Ctrl+Alt+Del from the Keys menu
// and reconnects from the banner. With debug logging on everywhere, the
// console password is then in no log line, file, widget text or clipboard.

#include "core/console/consolesession.h"
#include "app/demosession.h"
#include "core/projects/workspace.h"
#include "ui/console/consolewindow.h"
#include "ui/console/consoleview.h"
#include "core/models/resourcelistmodel.h"
#include "ui/servers/serveractions.h"
#include "tests/support/simsession.h"
#include "tests/support/vaulttesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTemporaryDir>

using namespace hcloud;

namespace {
QTemporaryDir *g_home = nullptr;
testing::LogCapture *g_log = nullptr;
const QString kToken = QString(64, QLatin1Char('w'));

QStringList widgetTexts()
{
    QStringList texts;
    static const char *const properties[] = {"text", "windowTitle", "toolTip", "statusTip", "whatsThis",
                                             "accessibleName", "accessibleDescription"};
    for (QWidget *w : QApplication::allWidgets()) {
        for (const char *name : properties)
            texts.append(w->property(name).toString());
        for (QAction *a : w->actions())
            texts << a->text() << a->toolTip() << a->statusTip();
    }
    return texts;
}

QStringList filesHolding(const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(g_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            found.append(path);
    }
    return found;
}

// The view's pixels in the text row equal what the simulator drew.
bool rowMatches(const QImage &image, const sim::SimServer &sim, qint64 id, int row)
{
    if (image.isNull())
        return false;
    for (int y = row * 20; y < row * 20 + 20; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if ((image.pixel(x, y) & 0xffffffu) != sim.consolePixel(0, id, x, y))
                return false;
        }
    }
    return true;
}
} // namespace

class TestConsoleWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { g_log = new testing::LogCapture; }
    void cleanupTestCase() { delete g_log; }
    void typeRebootReconnect();
    void severalWindowsAtOnce();
    void demoServersHaveTheConsole();
};

void TestConsoleWindow::typeRebootReconnect()
{
    SimSession sim(kToken, 3, 0);
    sim.start();
    const qint64 id = sim.simulator.serverIds(0).first();
    sim.simulator.setServerStatus(0, id, QStringLiteral("running"));
    sim.simulator.setServerName(0, id, QStringLiteral("web-1"));
    QSignalSpy refreshed(sim.session.get(), &ProjectSession::refreshed);
    sim.session->refresh();
    QVERIFY(refreshed.wait(10000));

    // Server › Console…, as the main window's menu holds it.
    QWidget main;
    ServerActions actions(&main);
    actions.setSession(sim.session.get());
    actions.setServer(sim.session->servers()->rowAt(sim.session->servers()->rowOfKey(id))->object());
    QAction *open = actions.action(ServerActions::Id::Console);
    QVERIFY(open->isEnabled());
    open->trigger();
    ConsoleWindow *window = nullptr;
    QTRY_VERIFY((window = qobject_cast<ConsoleWindow *>(QApplication::activeWindow())) != nullptr
                || (window = [] {
                       for (QWidget *w : QApplication::topLevelWidgets())
                           if (auto *c = qobject_cast<ConsoleWindow *>(w))
                               return c;
                       return static_cast<ConsoleWindow *>(nullptr);
                   }()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE_WITH_TIMEOUT(window->console()->state(), ConsoleSession::State::Connected, 10000);
    QVERIFY(window->windowTitle().contains(QStringLiteral("web-1")));
    QVERIFY(window->windowTitle().contains(QStringLiteral("connected")));
    open->trigger();  // again: the same window, not a second one
    QCOMPARE(sim.simulator.consoleUrlsIssued(), 1);

    const int row = int(sim.simulator.consoleText(0, id).indexOf(QStringLiteral("web-1 login: ")));
    QVERIFY(row > 0);
    QTRY_VERIFY_WITH_TIMEOUT(rowMatches(window->view()->image(), sim.simulator, id, row), 10000);

    // Typed keys come back echoed, in the simulator's text and in our pixels.
    window->view()->setFocus();
    QTest::keyClicks(window->view(), QStringLiteral("root"));
    QTRY_COMPARE_WITH_TIMEOUT(sim.simulator.consoleText(0, id).value(row), QStringLiteral("web-1 login: root"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(rowMatches(window->view()->image(), sim.simulator, id, row), 10000);
    QTest::keyClick(window->view(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(sim.simulator.consoleText(0, id).value(row + 1), QStringLiteral("Password: "), 10000);

    // Paste as Keystrokes types the clipboard, not echoed at a password.
    QGuiApplication::clipboard()->setText(QStringLiteral("hunter2\n"));
    window->pasteAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(sim.simulator.consoleText(0, id).contains(QStringLiteral("Login incorrect")), 10000);
    QGuiApplication::clipboard()->clear();

    // Keys › Ctrl+Alt+Del reboots; the banner says why and offers Reconnect.
    window->ctrlAltDelAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window->console()->state(), ConsoleSession::State::Disconnected, 10000);
    QVERIFY(window->banner()->isVisible());
    QVERIFY2(window->banner()->text().contains(QStringLiteral("rebooting")), qPrintable(window->banner()->text()));
    QVERIFY(window->reconnectButton()->isEnabled());
    QVERIFY(window->windowTitle().contains(QStringLiteral("not connected")));
    QTest::mouseClick(window->reconnectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window->console()->state(), ConsoleSession::State::Connected, 10000);
    QVERIFY(!window->banner()->isVisible());
    QCOMPARE(sim.simulator.consoleUrlsIssued(), 2);
    const int again = int(sim.simulator.consoleText(0, id).indexOf(QStringLiteral("web-1 login: ")));
    QTRY_VERIFY_WITH_TIMEOUT(rowMatches(window->view()->image(), sim.simulator, id, again), 10000);

    // The leak check: the last password, and the one before it.
    const QString password = sim.simulator.lastConsolePassword();
    QVERIFY(password.size() >= 8);
    auto masked = [&](QString text) { return text.replace(password, QStringLiteral("<PASSWORD>")).left(300); };
    for (const QString &line : g_log->lines())
        QVERIFY2(!line.contains(password), qPrintable(QStringLiteral("log: ") + masked(line)));
    for (const QString &text : widgetTexts())
        QVERIFY2(!text.contains(password), qPrintable(QStringLiteral("widget: ") + masked(text)));
    QVERIFY(!QGuiApplication::clipboard()->text().contains(password));
    QVERIFY(filesHolding(password.toLatin1()).isEmpty());
    QVERIFY(g_log->lines().size() > 20);  // debug logging was on
    window->close();
}

void TestConsoleWindow::severalWindowsAtOnce()
{
    SimSession sim(kToken, 3, 0);
    sim.start();
    const QVector<qint64> ids = sim.simulator.serverIds(0);
    QList<ConsoleWindow *> windows;
    for (int i = 0; i < 2; ++i) {
        sim.simulator.setServerStatus(0, ids.at(i), QStringLiteral("running"));
        windows.append(ConsoleWindow::open(sim.session.get(), ids.at(i), QStringLiteral("s%1").arg(i)));
    }
    QVERIFY(windows.at(0) != windows.at(1));
    for (ConsoleWindow *w : std::as_const(windows))
        QTRY_COMPARE_WITH_TIMEOUT(w->console()->state(), ConsoleSession::State::Connected, 10000);
    for (ConsoleWindow *w : std::as_const(windows))
        w->close();
}

void TestConsoleWindow::demoServersHaveTheConsole()
{
    DemoSession demo;
    QVERIFY(demo.start());
    QVERIFY(demo.simulator()->consolePort() != 0);
    ProjectSession *session = demo.workspace()->session(demo.workspace()->projects().first().id);
    QSignalSpy refreshed(session, &ProjectSession::refreshed);
    session->refresh();
    QVERIFY(refreshed.wait(10000));
    // Every running server of the demo opens its console.
    int opened = 0;
    for (const ResourceRow &server : session->servers()->rows()) {
        if (server->status != QLatin1String("running"))
            continue;
        ConsoleWindow *window = ConsoleWindow::open(session, server->id, server->name);
        QTRY_COMPARE_WITH_TIMEOUT(window->console()->state(), ConsoleSession::State::Connected, 10000);
        window->close();
        if (++opened == 3)
            break;
    }
    QVERIFY(opened > 0);
}

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    g_home = &home;
    for (const auto &[name, sub] : {std::pair{"HOME", ""}, {"XDG_CONFIG_HOME", "/.config"},
                                    {"XDG_DATA_HOME", "/.local/share"}, {"XDG_CACHE_HOME", "/.cache"},
                                    {"XDG_STATE_HOME", "/.local/state"}})
        qputenv(name, (home.path() + QLatin1String(sub)).toLocal8Bit());
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    QApplication app(argc, argv);
    TestConsoleWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_consolewindow.moc"
