// The simulated console on its own: DES against the standard's known
// answers, the terminal's login prompt, request_console's URL and errors,
// and an RFB handshake over the WebSocket written here from RFC 6143.

#include "core/sim/consoleauth.h"
#include "core/sim/consoleterminal.h"
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QtEndian>

using namespace hcloud::sim;

class TestSimConsole : public QObject
{
    Q_OBJECT

private slots:
    void desKnownAnswers();
    void terminalEchoesTheLogin();
    void requestConsoleAnswersAUrl();
    void rfbHandshakeAndFramebuffer();
    void expiredUrlIsRefused();
};

void TestSimConsole::desKnownAnswers()
{
    QCOMPARE(consoleauth::desEncrypt(0x0123456789ABCDEFull, 0x133457799BBCDFF1ull), 0x85E813540F0AB405ull);
    QCOMPARE(consoleauth::desEncrypt(0x4E6F772069732074ull, 0x0123456789ABCDEFull), 0x3FA40E8A984D4815ull);
    // Only the first eight bytes of the password count, as in every VNC.
    const QByteArray challenge(16, '\x5a');
    QCOMPARE(consoleauth::vncResponse(challenge, "password-and-more"), consoleauth::vncResponse(challenge, "password"));
    QVERIFY(consoleauth::vncResponse(challenge, "passwore") != consoleauth::vncResponse(challenge, "password"));
}

void TestSimConsole::terminalEchoesTheLogin()
{
    ConsoleTerminal terminal(QStringLiteral("web-1"));
    QCOMPARE(terminal.screen().lines().at(terminal.screen().cursorRow()), QStringLiteral("web-1 login: "));
    for (char c : QByteArray("roo")) {
        terminal.key(quint32(c), true);
        terminal.key(quint32(c), false);
    }
    terminal.key(0xff08, true);  // BackSpace
    terminal.key('t', true);
    QCOMPARE(terminal.screen().lines().at(terminal.screen().cursorRow()), QStringLiteral("web-1 login: rot"));
    terminal.key(0xff0d, true);
    QCOMPARE(terminal.screen().lines().at(terminal.screen().cursorRow()), QStringLiteral("Password: "));
    terminal.key('s', true);  // not echoed
    QCOMPARE(terminal.screen().lines().at(terminal.screen().cursorRow()), QStringLiteral("Password: "));
    terminal.key(0xff0d, true);
    QVERIFY(terminal.screen().lines().contains(QStringLiteral("Login incorrect")));
    QVERIFY(!terminal.key(0xffff, true));  // Delete alone
    terminal.key(0xffe3, true);
    terminal.key(0xffe9, true);
    QVERIFY(terminal.key(0xffff, true));   // Ctrl+Alt+Del
}

void TestSimConsole::requestConsoleAnswersAUrl()
{
    const QString token = testToken('c');
    SimServer sim(SimOptions{{{token, 3, 1}}, 0, 0});
    QVERIFY(sim.listen(0));
    QVERIFY(sim.consolePort() != 0);
    SimHttp http(sim.endpoint());
    const qint64 id = sim.serverIds(0).first();
    QVERIFY(sim.setServerStatus(0, id, QStringLiteral("running")));
    const HttpResult r = http.send("POST", QStringLiteral("/servers/%1/actions/request_console").arg(id), token);
    QCOMPARE(r.status, 201);
    const QUrl url(r.json.value(QStringLiteral("wss_url")).toString());
    QCOMPARE(url.scheme(), QStringLiteral("ws"));
    QCOMPARE(url.port(), int(sim.consolePort()));
    QVERIFY(url.path().startsWith(QStringLiteral("/console/")));
    QVERIFY(!r.json.value(QStringLiteral("password")).toString().isEmpty());
    QCOMPARE(r.json.value(QStringLiteral("action"))[QStringLiteral("command")].toString(), QStringLiteral("request_console"));

    QVERIFY(sim.setServerStatus(0, id, QStringLiteral("off")));
    const HttpResult off = http.send("POST", QStringLiteral("/servers/%1/actions/request_console").arg(id), token);
    QCOMPARE(off.status, 422);
    QCOMPARE(off.errorCode(), QStringLiteral("server_not_running"));
}

namespace {
struct Wire
{
    QWebSocket socket;
    QByteArray in;

    Wire() { QObject::connect(&socket, &QWebSocket::binaryMessageReceived, [this](const QByteArray &b) { in += b; }); }
    // Waits for n bytes and takes them.
    QByteArray take(int n)
    {
        if (!QTest::qWaitFor([&] { return in.size() >= n; }, 5000))
            return {};
        const QByteArray out = in.left(n);
        in.remove(0, n);
        return out;
    }
};
} // namespace

void TestSimConsole::rfbHandshakeAndFramebuffer()
{
    const QString token = testToken('r');
    SimServer sim(SimOptions{{{token, 3, 1}}, 0, 0});
    QVERIFY(sim.listen(0));
    SimHttp http(sim.endpoint());
    const qint64 id = sim.serverIds(0).first();
    QVERIFY(sim.setServerStatus(0, id, QStringLiteral("running")));
    QVERIFY(sim.setServerName(0, id, QStringLiteral("db-7")));
    const HttpResult r = http.send("POST", QStringLiteral("/servers/%1/actions/request_console").arg(id), token);
    QCOMPARE(r.status, 201);

    Wire wire;
    wire.socket.open(QUrl(r.json.value(QStringLiteral("wss_url")).toString()));
    QCOMPARE(wire.take(12), QByteArray("RFB 003.008\n"));
    wire.socket.sendBinaryMessage("RFB 003.008\n");
    QCOMPARE(wire.take(2), QByteArray("\x01\x02", 2));
    wire.socket.sendBinaryMessage(QByteArray(1, '\x02'));
    const QByteArray challenge = wire.take(16);
    QCOMPARE(challenge.size(), 16);
    wire.socket.sendBinaryMessage(
        consoleauth::vncResponse(challenge, r.json.value(QStringLiteral("password")).toString().toLatin1()));
    QCOMPARE(wire.take(4), QByteArray(4, '\0'));
    wire.socket.sendBinaryMessage(QByteArray(1, '\x01'));
    const QByteArray init = wire.take(24);
    QCOMPARE(qFromBigEndian<quint16>(init.constData()), quint16(960));
    QCOMPARE(qFromBigEndian<quint16>(init.constData() + 2), quint16(500));
    QCOMPARE(wire.take(int(qFromBigEndian<quint32>(init.constData() + 20))), QByteArray("db-7"));

    // A whole-screen request in the server's own format (32 bits, BGRX).
    // The answer comes in bands of rows, each band after the next
    // (incremental) request, until the screen is complete.
    QByteArray pixels(960 * 500 * 4, '\0');
    QSet<int> rowsSeen;
    QElapsedTimer clock;
    clock.start();
    wire.socket.sendBinaryMessage(QByteArray("\x03\x00\x00\x00\x00\x00\x03\xc0\x01\xf4", 10));
    int updates = 0;
    while (rowsSeen.size() < 25 && updates < 50) {
        const QByteArray header = wire.take(4);
        QCOMPARE(header.size(), 4);
        QCOMPARE(header.at(0), '\0');
        ++updates;
        for (int i = 0, n = qFromBigEndian<quint16>(header.constData() + 2); i < n; ++i) {
            const QByteArray rect = wire.take(12);
            const int x = qFromBigEndian<quint16>(rect.constData()), y = qFromBigEndian<quint16>(rect.constData() + 2);
            const int w = qFromBigEndian<quint16>(rect.constData() + 4), h = qFromBigEndian<quint16>(rect.constData() + 6);
            QCOMPARE(qFromBigEndian<qint32>(rect.constData() + 8), 0);  // raw
            const QByteArray data = wire.take(w * h * 4);
            QCOMPARE(data.size(), w * h * 4);
            for (int row = 0; row < h; ++row)
                std::copy_n(data.constData() + row * w * 4, w * 4, pixels.data() + ((y + row) * 960 + x) * 4);
            for (int row = y / 20; row < (y + h) / 20; ++row)
                rowsSeen.insert(row);
        }
        wire.socket.sendBinaryMessage(QByteArray("\x03\x01\x00\x00\x00\x00\x03\xc0\x01\xf4", 10));
    }
    QCOMPARE(rowsSeen.size(), 25);
    QVERIFY(updates > 1);
    qInfo("a whole 960x500 screen: %d updates, %lld ms from request to last byte", updates, qint64(clock.elapsed()));
    const QStringList text = sim.consoleText(0, id);
    const int row = int(text.indexOf(QStringLiteral("db-7 login: ")));
    QVERIFY(row > 0);
    int lit = 0;
    for (int y = row * 20; y < row * 20 + 20; ++y) {
        for (int x = 0; x < 12 * 12; ++x) {
            const int at = (y * 960 + x) * 4;
            const quint32 rgb = (quint32(quint8(pixels[at + 2])) << 16) | (quint32(quint8(pixels[at + 1])) << 8)
                                | quint8(pixels[at]);
            QCOMPARE(rgb, sim.consolePixel(0, id, x, y));
            lit += rgb != 0;
        }
    }
    QVERIFY(lit > 100);
}

void TestSimConsole::expiredUrlIsRefused()
{
    const QString token = testToken('e');
    SimServer sim(SimOptions{{{token, 3, 1}}, 0, 0});
    QVERIFY(sim.listen(0));
    SimHttp http(sim.endpoint());
    const qint64 id = sim.serverIds(0).first();
    QVERIFY(sim.setServerStatus(0, id, QStringLiteral("running")));
    sim.expireNextConsoleUrls(1);
    const HttpResult r = http.send("POST", QStringLiteral("/servers/%1/actions/request_console").arg(id), token);
    QWebSocket socket;
    QSignalSpy closed(&socket, &QWebSocket::disconnected);
    socket.open(QUrl(r.json.value(QStringLiteral("wss_url")).toString()));
    QVERIFY(closed.wait(5000));
    QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
}

QTEST_GUILESS_MAIN(TestSimConsole)
#include "tst_simconsole.moc"
