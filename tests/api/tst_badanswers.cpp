// Answers that go wrong on the wire: a body cut off, a reset mid-body,
// silence after the headers, and a body that drips. Each ends as a network
// error in bounded time, and a GET is tried again for it.
#include "core/api/apiclient.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace hcloud;

namespace {

enum class Misbehaviour { Good, CutBody, ResetMidBody, SilenceAfterHeaders, Drip };

const QByteArray kBody = R"({"server":{"id":1,"name":"whole","padding":")" + QByteArray(2000, 'x') + R"("}})";

// Answers request n (0-based) as the script says; one request per connection.
class BadAnswerServer : public QObject
{
public:
    explicit BadAnswerServer(std::function<Misbehaviour(int)> script) : m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRequest(socket); });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }
    QUrl endpoint() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort())); }
    int requests() const { return m_requests; }

private:
    void onRequest(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n") || buffer.isEmpty())
            return;
        buffer.clear();
        const Misbehaviour what = m_script(m_requests++);
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                "Content-Length: " + QByteArray::number(kBody.size()) + "\r\n\r\n";
        QPointer<QTcpSocket> s(socket);
        switch (what) {
        case Misbehaviour::Good:
            socket->write(head + kBody);
            socket->disconnectFromHost();
            break;
        case Misbehaviour::CutBody:
            // Valid JSON so far ends here; the length promised more.
            socket->write(head + R"({"server":{"id":1}})");
            socket->disconnectFromHost();
            break;
        case Misbehaviour::ResetMidBody:
            socket->write(head + kBody.left(100));
            socket->flush();
            QTimer::singleShot(50, socket, [s] {
                if (s)
                    s->abort();
            });
            break;
        case Misbehaviour::SilenceAfterHeaders:
            socket->write(head + kBody.left(10));
            break;
        case Misbehaviour::Drip: {
            socket->write(head);
            auto *drip = new QTimer(socket);
            auto sent = std::make_shared<int>(0);
            connect(drip, &QTimer::timeout, socket, [s, sent] {
                if (s && *sent < kBody.size())
                    s->write(kBody.mid((*sent)++, 1));
            });
            drip->start(200);
            break;
        }
        }
    }

    std::function<Misbehaviour(int)> m_script;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
};

struct Outcome
{
    bool done = false;
    ApiError error;
    int attempts = 0;
    bool outcomeUnknown = false;
    QJsonObject json;
    qint64 elapsedMs = 0;
};

void watch(ApiCall *call, Outcome *out)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(call, &ApiCall::finished, [call, out, clock] {
        out->done = true;
        out->error = call->error();
        out->attempts = call->attempts();
        out->outcomeUnknown = call->outcomeUnknown();
        out->json = call->json();
        out->elapsedMs = clock->elapsed();
    });
}

ApiClient *newClient(const QUrl &endpoint, QObject *parent)
{
    auto *client = new ApiClient(parent);
    client->setEndpoint(endpoint);
    client->setToken(QStringLiteral("t"));
    client->setRetryPolicy({3, 20, 100});
    client->setTransferTimeoutMs(1500);
    client->setRequestDeadlineMs(6000);
    return client;
}

}  // namespace

class TestBadAnswers : public QObject
{
    Q_OBJECT
private slots:
    void brokenAnswersAreNetworkErrors_data();
    void brokenAnswersAreNetworkErrors();
    void aGetIsTriedAgainAfterABrokenAnswer_data();
    void aGetIsTriedAgainAfterABrokenAnswer();
    void aWriteIsNotTriedAgainAndItsOutcomeIsUnknown();
    void aDrippingAnswerEndsAtTheDeadline();
};

void TestBadAnswers::brokenAnswersAreNetworkErrors_data()
{
    QTest::addColumn<Misbehaviour>("what");
    QTest::newRow("body cut off") << Misbehaviour::CutBody;
    QTest::newRow("reset mid-body") << Misbehaviour::ResetMidBody;
    QTest::newRow("silence after headers") << Misbehaviour::SilenceAfterHeaders;
}

void TestBadAnswers::brokenAnswersAreNetworkErrors()
{
    QFETCH(Misbehaviour, what);
    BadAnswerServer server([what](int) { return what; });
    QObject owner;
    ApiClient *client = newClient(server.endpoint(), &owner);
    Outcome out;
    watch(client->get(QStringLiteral("/servers/1")), &out);
    QTRY_VERIFY_WITH_TIMEOUT(out.done, 20000);
    QCOMPARE(out.error.kind, ApiError::Kind::Network);
    QCOMPARE(out.error.code, QStringLiteral("network_error"));
    QVERIFY(out.json.isEmpty()); // the cut-off part that parses is not taken
    QVERIFY(out.error.message.contains(QStringLiteral("HTTP 200")));
    QCOMPARE(out.attempts, 3);
    QCOMPARE(server.requests(), 3);
    qInfo("%s: network error after %d attempts in %lld ms", QTest::currentDataTag(), out.attempts, out.elapsedMs);
}

void TestBadAnswers::aGetIsTriedAgainAfterABrokenAnswer_data()
{
    brokenAnswersAreNetworkErrors_data();
}

void TestBadAnswers::aGetIsTriedAgainAfterABrokenAnswer()
{
    QFETCH(Misbehaviour, what);
    BadAnswerServer server([what](int n) { return n == 0 ? what : Misbehaviour::Good; });
    QObject owner;
    ApiClient *client = newClient(server.endpoint(), &owner);
    Outcome out;
    watch(client->get(QStringLiteral("/servers/1")), &out);
    QTRY_VERIFY_WITH_TIMEOUT(out.done, 20000);
    QVERIFY2(!out.error.isError(), qPrintable(out.error.userText()));
    QCOMPARE(out.attempts, 2);
    QCOMPARE(out.json.value(QLatin1String("server")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("whole"));
}

void TestBadAnswers::aWriteIsNotTriedAgainAndItsOutcomeIsUnknown()
{
    BadAnswerServer server([](int) { return Misbehaviour::CutBody; });
    QObject owner;
    ApiClient *client = newClient(server.endpoint(), &owner);
    Outcome out;
    watch(client->put(QStringLiteral("/servers/1"), {{QStringLiteral("name"), QStringLiteral("x")}}), &out);
    QTRY_VERIFY_WITH_TIMEOUT(out.done, 20000);
    QCOMPARE(out.error.kind, ApiError::Kind::Network);
    QCOMPARE(out.attempts, 1);
    QVERIFY(out.outcomeUnknown);
    QCOMPARE(server.requests(), 1);

    // Refused before anything left: the outcome is known (nothing happened).
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    ApiClient *nowhere = newClient(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)), &owner);
    Outcome refused;
    watch(nowhere->put(QStringLiteral("/servers/1"), {{QStringLiteral("name"), QStringLiteral("x")}}), &refused);
    QTRY_VERIFY_WITH_TIMEOUT(refused.done, 20000);
    QCOMPARE(refused.error.kind, ApiError::Kind::Network);
    QVERIFY(!refused.outcomeUnknown);
}

void TestBadAnswers::aDrippingAnswerEndsAtTheDeadline()
{
    BadAnswerServer server([](int) { return Misbehaviour::Drip; });
    QObject owner;
    ApiClient *client = newClient(server.endpoint(), &owner);
    client->setRequestDeadlineMs(3000);
    Outcome out;
    watch(client->get(QStringLiteral("/servers/1")), &out);
    // The drip never lets the transfer timeout fire: only the deadline ends it.
    QTRY_VERIFY_WITH_TIMEOUT(out.done, 20000);
    QCOMPARE(out.error.kind, ApiError::Kind::Network);
    QVERIFY2(out.error.message.contains(QStringLiteral("within 3 seconds")), qPrintable(out.error.message));
    QCOMPARE(out.attempts, 1);
    qInfo("drip: network error at the deadline after %lld ms", out.elapsedMs);
}

QTEST_GUILESS_MAIN(TestBadAnswers)
#include "tst_badanswers.moc"
