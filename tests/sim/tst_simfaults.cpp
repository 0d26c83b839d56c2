// The simulator's fault mode (core/sim/faultplan): its spec, that a seed
// repeats its faults, and what each fault looks like on a raw socket.
// Raw sockets, not QNetworkAccessManager: Qt would quietly re-send a
// request whose connection closed, hiding the very drop under test.

#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using hcloud::sim::FaultPlan;
using hcloud::sim::FaultSpec;
using hcloud::sim::SimOptions;
using hcloud::sim::SimServer;

namespace {

// One request on its own connection; the answer as far as it came.
struct RawAnswer
{
    bool closedWithoutAnswer = false;
    int status = 0;
    QByteArray head;
    QByteArray body;
};

void exchange(quint16 port, const QByteArray &method, const QByteArray &path, const QString &token,
              const QByteArray &body, RawAnswer &answer)
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + token.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    socket.write(request + "\r\n" + body);
    // Done when the whole answer is in (Content-Length) or the socket closed.
    auto complete = [&] {
        const int end = received.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const int at = received.toLower().indexOf("content-length:");
        const int length = at < 0 ? 0 : received.mid(at + 15, received.indexOf('\r', at) - at - 15).trimmed().toInt();
        return received.size() >= end + 4 + length;
    };
    QTRY_VERIFY_WITH_TIMEOUT(complete() || socket.state() == QAbstractSocket::UnconnectedState, 10000);
    received += socket.readAll();
    const int end = received.indexOf("\r\n\r\n");
    if (end < 0) {
        answer.closedWithoutAnswer = received.isEmpty();
        return;
    }
    answer.head = received.left(end);
    answer.body = received.mid(end + 4);
    answer.status = answer.head.split(' ').value(1).toInt();
}

RawAnswer rawRequest(quint16 port, const QByteArray &method, const QByteArray &path, const QString &token,
                     const QByteArray &body = {})
{
    RawAnswer answer;
    exchange(port, method, path, token, body, answer);
    return answer;
}

QString errorCode(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject()
        .value(QStringLiteral("code")).toString();
}

FaultSpec spec(const char *text)
{
    QString error;
    const auto parsed = FaultSpec::parse(QString::fromLatin1(text), &error);
    return parsed ? *parsed : FaultSpec();
}

}  // namespace

class TestSimFaults : public QObject
{
    Q_OBJECT

private slots:
    void readsTheSpec();
    void refusesBadSpecs_data();
    void refusesBadSpecs();
    void aSeedRepeatsItsFaults();
    void fractionsAndBurstsAsAsked();
    void dropClosesAfterTheWorkIsDone();
    void unavailableLeavesTheWorkUndone();
    void burstsOfFive429WithRetryAfter();

private:
    const QString m_token = testToken('f');
};

void TestSimFaults::readsTheSpec()
{
    QString error;
    const auto parsed = FaultSpec::parse(QStringLiteral("42:5xx=0.1,drop=0.05,burst429=50"), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->seed, 42u);
    QCOMPARE(parsed->unavailable, 0.1);
    QCOMPARE(parsed->drop, 0.05);
    QCOMPARE(parsed->burst429Every, 50);
    QVERIFY(!parsed->isEmpty());
    const auto seedOnly = FaultSpec::parse(QStringLiteral("7:"), &error);
    QVERIFY(seedOnly && seedOnly->isEmpty());
}

void TestSimFaults::refusesBadSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no seed") << QStringLiteral("5xx=0.1");
    QTest::newRow("seed not a number") << QStringLiteral("x:drop=0.1");
    QTest::newRow("fraction above 1") << QStringLiteral("1:drop=1.5");
    QTest::newRow("negative fraction") << QStringLiteral("1:5xx=-0.1");
    QTest::newRow("burst not above its length") << QStringLiteral("1:burst429=5");
    QTest::newRow("unknown fault") << QStringLiteral("1:slow=0.1");
}

void TestSimFaults::refusesBadSpecs()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!FaultSpec::parse(text, &error));
    QVERIFY(!error.isEmpty());
}

void TestSimFaults::aSeedRepeatsItsFaults()
{
    auto run = [](const char *text) {
        FaultPlan plan(spec(text));
        QVector<FaultPlan::Fault> faults;
        for (int i = 0; i < 500; ++i)
            faults.append(plan.next());
        return faults;
    };
    QCOMPARE(run("9:5xx=0.1,drop=0.05,burst429=50"), run("9:5xx=0.1,drop=0.05,burst429=50"));
    QVERIFY(run("9:5xx=0.1,drop=0.05") != run("10:5xx=0.1,drop=0.05"));
    QVERIFY(!FaultPlan().isActive());
}

void TestSimFaults::fractionsAndBurstsAsAsked()
{
    FaultPlan plan(spec("3:5xx=0.1,drop=0.05,burst429=50"));
    int unavailable = 0, dropped = 0;
    QVector<int> rateLimited;
    const int n = 20000;
    for (int i = 0; i < n; ++i) {
        switch (plan.next()) {
        case FaultPlan::Fault::Unavailable: ++unavailable; break;
        case FaultPlan::Fault::Drop: ++dropped; break;
        case FaultPlan::Fault::RateLimited: rateLimited.append(i); break;
        case FaultPlan::Fault::None: break;
        }
    }
    // Bursts: requests 50..54, 100..104, ...: five in every fifty after the first.
    QCOMPARE(rateLimited.size(), (n / 50 - 1) * 5);
    QCOMPARE(rateLimited.first(), 50);
    QCOMPARE(rateLimited.at(4), 54);
    QCOMPARE(rateLimited.at(5), 100);
    // The rest, within a few standard deviations of what was asked.
    const int rest = n - rateLimited.size();
    QVERIFY2(qAbs(unavailable - rest * 0.1) < 150, qPrintable(QString::number(unavailable)));
    // drop only where no 503 came first: 0.9 * 0.05.
    QVERIFY2(qAbs(dropped - rest * 0.045) < 120, qPrintable(QString::number(dropped)));
}

void TestSimFaults::dropClosesAfterTheWorkIsDone()
{
    SimOptions options{{{m_token, 3, 1}}, 0, 0};
    options.faults = spec("1:drop=1");
    SimServer simulator(options);
    QVERIFY(simulator.listen(0));
    const qint64 id = simulator.serverIds(0).first();

    const RawAnswer answer = rawRequest(simulator.port(), "PUT", "/v1/servers/" + QByteArray::number(id), m_token,
                                        R"({"name":"renamed-under-drop"})");
    QVERIFY(answer.closedWithoutAnswer);
    QCOMPARE(simulator.droppedCount(), 1);

    // The rename happened although nobody heard of it.
    simulator.setFaults({});
    const RawAnswer check = rawRequest(simulator.port(), "GET", "/v1/servers/" + QByteArray::number(id), m_token);
    QCOMPARE(check.status, 200);
    QVERIFY(check.body.contains("renamed-under-drop"));
    QCOMPARE(simulator.droppedCount(), 1);
    QCOMPARE(simulator.requestCount(), 2);
}

void TestSimFaults::unavailableLeavesTheWorkUndone()
{
    SimOptions options{{{m_token, 3, 1}}, 0, 0};
    options.faults = spec("1:5xx=1");
    SimServer simulator(options);
    QVERIFY(simulator.listen(0));
    const qint64 id = simulator.serverIds(0).first();

    const RawAnswer answer = rawRequest(simulator.port(), "PUT", "/v1/servers/" + QByteArray::number(id), m_token,
                                        R"({"name":"renamed-under-503"})");
    QCOMPARE(answer.status, 503);
    QCOMPARE(errorCode(answer.body), QStringLiteral("unavailable"));

    simulator.setFaults({});
    const RawAnswer check = rawRequest(simulator.port(), "GET", "/v1/servers/" + QByteArray::number(id), m_token);
    QCOMPARE(check.status, 200);
    QVERIFY(!check.body.contains("renamed-under-503"));
}

void TestSimFaults::burstsOfFive429WithRetryAfter()
{
    SimOptions options{{{m_token, 3, 1}}, 0, 0};
    options.faults = spec("1:burst429=8");
    SimServer simulator(options);
    QVERIFY(simulator.listen(0));

    QVector<int> statuses;
    for (int i = 0; i < 18; ++i) {
        const RawAnswer answer = rawRequest(simulator.port(), "GET", "/v1/servers", m_token);
        statuses.append(answer.status);
        if (answer.status == 429) {
            QCOMPARE(errorCode(answer.body), QStringLiteral("rate_limit_exceeded"));
            QVERIFY(answer.head.toLower().contains("\r\nretry-after: 1"));
        }
    }
    const QVector<int> expected{200, 200, 200, 200, 200, 200, 200, 200, 429, 429, 429, 429, 429,
                                200, 200, 200, 429, 429};
    QCOMPARE(statuses, expected);
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
