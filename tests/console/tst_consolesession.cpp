// The console client against the simulator over loopback: request_console
// through the project session, the WebSocket, libvncclient's handshake and
// VNC authentication, and what the framebuffer shows, compared pixel by
// pixel with what the simulator drew.

#include "core/console/consolesession.h"
#include "core/console/keysyms.h"
#include "core/console/keystroketyper.h"
#include "core/models/activitymodel.h"
#include "core/projects/projectactions.h"
#include "tests/support/simsession.h"

#include <QAbstractItemModelTester>

using namespace hcloud;

namespace {
const QString kToken = QString(64, QLatin1Char('k'));

// Whether the frame's pixels in the text row equal the simulator's.
bool rowMatches(const ConsoleFrame &frame, const sim::SimServer &sim, qint64 id, int row, int *lit = nullptr)
{
    if (frame.isNull())
        return false;
    int on = 0;
    for (int y = row * 20; y < row * 20 + 20; ++y) {
        for (int x = 0; x < frame.width; ++x) {
            const quint32 want = sim.consolePixel(0, id, x, y);
            if ((frame.pixel(x, y) & 0xffffffu) != want)
                return false;
            on += want != 0;
        }
    }
    if (lit)
        *lit = on;
    return true;
}
} // namespace

class TestConsoleSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keysymsDoNotDependOnTheLayout();
    void connectsAndShowsTheLoginPrompt();
    void typedKeysComeBackEchoed();
    void pasteTypesAtAPace();
    void wrongPasswordFailsOnce();
    void expiredUrlIsRequestedAgain();
    void expiredTwiceGivesUp();
    void rebootDropsAndReconnectWorks();
    void serverOffSaysSo();
    void readTokenSaysSo();

private:
    qint64 runningServer();
    std::unique_ptr<ConsoleSession> open(qint64 id);

    std::unique_ptr<SimSession> m_sim;
};

void TestConsoleSession::init()
{
    m_sim = std::make_unique<SimSession>(kToken, 3, 0);
    m_sim->start();
}

void TestConsoleSession::cleanup()
{
    m_sim.reset();
}

qint64 TestConsoleSession::runningServer()
{
    const qint64 id = m_sim->simulator.serverIds(0).first();
    m_sim->simulator.setServerStatus(0, id, QStringLiteral("running"));
    m_sim->simulator.setServerName(0, id, QStringLiteral("web-1"));
    return id;
}

std::unique_ptr<ConsoleSession> TestConsoleSession::open(qint64 id)
{
    auto console = std::make_unique<ConsoleSession>(m_sim->session.get(), id, QStringLiteral("web-1"));
    console->start();
    return console;
}

void TestConsoleSession::keysymsDoNotDependOnTheLayout()
{
    // A German layout's Z key types 'z' but reports Qt::Key_Y: the text wins.
    QCOMPARE(keysyms::forKey(Qt::Key_Y, QStringLiteral("z")), quint32('z'));
    QCOMPARE(keysyms::forKey(Qt::Key_Z, QStringLiteral("Z")), quint32('Z'));
    QCOMPARE(keysyms::forKey(Qt::Key_Adiaeresis, QStringLiteral("ä")), quint32(0xe4));
    QCOMPARE(keysyms::forKey(Qt::Key_unknown, QStringLiteral("€")), 0x01000000u + 0x20ac);
    QCOMPARE(keysyms::forKey(Qt::Key_Return, QStringLiteral("\r")), keysyms::kReturn);
    QCOMPARE(keysyms::forKey(Qt::Key_F5, QString()), keysyms::kF1 + 4);
    QCOMPARE(keysyms::forKey(Qt::Key_C, QStringLiteral("\x03")), quint32('c'));  // Ctrl+C
    QCOMPARE(keysyms::forCharacter(QLatin1Char('\n')), keysyms::kReturn);
}

void TestConsoleSession::connectsAndShowsTheLoginPrompt()
{
    const qint64 id = runningServer();
    auto console = open(id);
    QTRY_COMPARE_WITH_TIMEOUT(console->state(), ConsoleSession::State::Connected, 10000);
    const QStringList text = m_sim->simulator.consoleText(0, id);
    const int row = int(text.indexOf(QStringLiteral("web-1 login: ")));
    QVERIFY(row > 0);
    QTRY_VERIFY_WITH_TIMEOUT(rowMatches(console->frame(), m_sim->simulator, id, row), 10000);
    int lit = 0;
    QVERIFY(rowMatches(console->frame(), m_sim->simulator, id, row, &lit));
    QVERIFY(lit > 200);  // the prompt's dots, not an empty row
    QCOMPARE(console->frame().width, 960);
    QCOMPARE(console->urlRequests(), 1);
}

void TestConsoleSession::typedKeysComeBackEchoed()
{
    const qint64 id = runningServer();
    auto console = open(id);
    QTRY_COMPARE_WITH_TIMEOUT(console->state(), ConsoleSession::State::Connected, 10000);
    for (const char c : QByteArray("root")) {
        console->sendKey(quint32(c), true);
        console->sendKey(quint32(c), false);
    }
    const int row = int(m_sim->simulator.consoleText(0, id).indexOf(QStringLiteral("web-1 login: ")));
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->simulator.consoleText(0, id).value(row), QStringLiteral("web-1 login: root"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(rowMatches(console->frame(), m_sim->simulator, id, row), 10000);
    console->sendKey(keysyms::kReturn, true);
    console->sendKey(keysyms::kReturn, false);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->simulator.consoleText(0, id).value(row + 1), QStringLiteral("Password: "), 10000);
}

void TestConsoleSession::pasteTypesAtAPace()
{
    const qint64 id = runningServer();
    auto console = open(id);
    QTRY_COMPARE_WITH_TIMEOUT(console->state(), ConsoleSession::State::Connected, 10000);
    const int row = int(m_sim->simulator.consoleText(0, id).indexOf(QStringLiteral("web-1 login: ")));
    QSignalSpy done(console->typer(), &KeystrokeTyper::finished);
    console->typeText(QStringLiteral("admin\r\n"));
    QCOMPARE(console->typer()->remaining(), 6);  // "\r\n" is one Return
    QVERIFY(done.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->simulator.consoleText(0, id).value(row), QStringLiteral("web-1 login: admin"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->simulator.consoleText(0, id).value(row + 1), QStringLiteral("Password: "), 10000);
}

void TestConsoleSession::wrongPasswordFailsOnce()
{
    const qint64 id = runningServer();
    m_sim->simulator.corruptNextConsolePasswords(1);
    auto console = open(id);
    QTRY_COMPARE_WITH_TIMEOUT(console->state(), ConsoleSession::State::Failed, 10000);
    QVERIFY2(console->message().contains(QStringLiteral("password")), qPrintable(console->message()));
    QVERIFY(console->canReconnect());
    // Another request through the same session arrives after anything the
    // console might still send: still one URL, one connection.
    QSignalSpy refreshed(m_sim->session.get(), &ProjectSession::refreshed);
    m_sim->session->refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(m_sim->simulator.consoleUrlsIssued(), 1);
    QCOMPARE(m_sim->simulator.consoleConnections(), 1);
    QCOMPARE(console->state(), ConsoleSession::State::Failed);
}

void TestConsoleSession::expiredUrlIsRequestedAgain()
{
    const qint64 id = runningServer();
    m_sim->simulator.expireNextConsoleUrls(1);
    auto console = open(id);
    QTRY_COMPARE_WITH_TIMEOUT(console->state(), ConsoleSession::State::Connected, 10000);
    QCOMPARE(console->urlRequests(), 2);
    QCOMPARE(m_sim->simulator.consoleUrlsIssued(), 2);
    QCOMPARE(m_sim->simulator.consoleConnections(), 2);
}

void TestConsoleSession::expiredTwiceGivesUp()
{
    const qint64 id = runningServer();
    m_sim->simulator.expireNextConsoleUrls(5);
    auto console = open(id);
    QTRY_COMPARE_WITH_TIMEOUT(console->state(), ConsoleSession::State::Failed, 10000);
    QVERIFY2(console->message().contains(QStringLiteral("expired")), qPrintable(console->message()));
    QCOMPARE(m_sim->simulator.consoleUrlsIssued(), 2);
}

void TestConsoleSession::rebootDropsAndReconnectWorks()
{
    const qint64 id = runningServer();
    ActivityModel *activity = m_sim->session->actions()->activity();
    QAbstractItemModelTester tester(activity);
    auto console = open(id);
    QTRY_COMPARE_WITH_TIMEOUT(console->state(), ConsoleSession::State::Connected, 10000);
    console->sendCombination({keysyms::kControlL, keysyms::kAltL, keysyms::kDelete});
    QTRY_COMPARE_WITH_TIMEOUT(console->state(), ConsoleSession::State::Disconnected, 10000);
    QVERIFY2(console->message().contains(QStringLiteral("rebooting")), qPrintable(console->message()));
    QVERIFY(console->canReconnect());
    // The reboot is listed in the activity, next to the console request.
    auto listed = [activity](const QString &needle) {
        for (int row = 0; row < activity->rowCount(); ++row) {
            if (activity->index(row, int(ActivityModel::Column::Action)).data().toString().contains(needle))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(listed(QStringLiteral("Reboot")), 10000);
    console->reconnect();
    QTRY_COMPARE_WITH_TIMEOUT(console->state(), ConsoleSession::State::Connected, 10000);
    QCOMPARE(console->urlRequests(), 2);
    QVERIFY(m_sim->simulator.consoleText(0, id).contains(QStringLiteral("web-1 login: ")));
}

void TestConsoleSession::serverOffSaysSo()
{
    const qint64 id = runningServer();
    m_sim->simulator.setServerStatus(0, id, QStringLiteral("off"));
    auto console = open(id);
    QTRY_COMPARE_WITH_TIMEOUT(console->state(), ConsoleSession::State::Failed, 10000);
    QVERIFY2(console->message().contains(QStringLiteral("not running")), qPrintable(console->message()));
    QCOMPARE(m_sim->simulator.consoleConnections(), 0);
}

void TestConsoleSession::readTokenSaysSo()
{
    const QString readToken(64, QLatin1Char('r'));
    sim::SimServer simulator({{sim::SimProjectSpec(kToken, 2, 1, {readToken})}, 0, 0});
    QVERIFY(simulator.listen(0));
    const qint64 id = simulator.serverIds(0).first();
    simulator.setServerStatus(0, id, QStringLiteral("running"));
    MemoryTokenVault vault;
    QVERIFY(testing::storeToken(vault, QStringLiteral("ro"), readToken));
    const Project project = testing::projectWithToken(QStringLiteral("p"), QStringLiteral("Read only"),
                                                      simulator.endpoint(), QStringLiteral("ro"), readToken);
    ProjectSession session(project, &vault);
    ConsoleSession console(&session, id, QStringLiteral("web-1"));
    console.start();
    QTRY_COMPARE_WITH_TIMEOUT(console.state(), ConsoleSession::State::Failed, 10000);
    QVERIFY2(console.message().contains(QStringLiteral("Read & Write")), qPrintable(console.message()));
    QCOMPARE(simulator.consoleUrlsIssued(), 0);
}

QTEST_GUILESS_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
