// A write leaves the process at most once, whatever the connection does.
// Qt's HTTP/1.1 channel re-sends a request whose connection closes before
// any answer byte; for a POST that means a second snapshot, a second server.
// Here a proxy passes each write on and drops the answer, and the simulator
// drops answers itself: the client must report a network error after one
// request on the wire, and the cloud must hold exactly one result.
#include "core/api/apiclient.h"
#include "tests/support/droppingproxy.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace hcloud;
using hcloud::sim::FaultSpec;
using hcloud::sim::SimOptions;
using hcloud::sim::SimServer;

namespace {

const QString kToken = QStringLiteral("writeOncePrefixAAAAbbbbCCCCdd001") + QStringLiteral("writeOnceSecretZZZZyyyyXXXXww001");

struct Outcome
{
    ApiError error;
    int attempts = 0;
    QJsonObject json;
};

Outcome run(ApiCall *call)
{
    Outcome out;
    bool done = false;
    QObject::connect(call, &ApiCall::finished, [&, call] {
        out.error = call->error();
        out.attempts = call->attempts();
        out.json = call->json();
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return out;
}

int snapshotCount(const QUrl &endpoint)
{
    ApiClient direct;
    direct.setEndpoint(endpoint);
    direct.setToken(kToken);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("snapshot"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("50"));
    const Outcome out = run(direct.get(QStringLiteral("/images"), query));
    return out.error.isError() ? -1 : int(out.json.value(QLatin1String("images")).toArray().size());
}

QString serverName(const QUrl &endpoint, qint64 id)
{
    ApiClient direct;
    direct.setEndpoint(endpoint);
    direct.setToken(kToken);
    const Outcome out = run(direct.get(QStringLiteral("/servers/%1").arg(id)));
    return out.json.value(QLatin1String("server")).toObject().value(QLatin1String("name")).toString();
}

}  // namespace

class TestWriteOnce : public QObject
{
    Q_OBJECT
private slots:
    void postBehindADroppingProxy();
    void everyVerbUnderSimulatedDrops_data();
    void everyVerbUnderSimulatedDrops();
    void writesStillWorkWhenAnswered();
    void getIsStillRetried();
};

void TestWriteOnce::postBehindADroppingProxy()
{
    SimServer simulator(SimOptions{{{kToken, 2, 1}}, 0, 0});
    QVERIFY(simulator.listen(0));
    DroppingProxy proxy(simulator.port());
    QVERIFY(proxy.listen());
    const qint64 id = simulator.serverIds(0).first();

    const int before = snapshotCount(simulator.endpoint());
    QVERIFY(before >= 0);
    ApiClient client;
    client.setEndpoint(proxy.endpoint());
    client.setToken(kToken);
    const int writes = 20;
    for (int i = 0; i < writes; ++i) {
        const Outcome out = run(client.post(QStringLiteral("/servers/%1/actions/create_image").arg(id),
                                            {{QStringLiteral("type"), QStringLiteral("snapshot")},
                                             {QStringLiteral("description"), QStringLiteral("once %1").arg(i)}}));
        QCOMPARE(out.error.kind, ApiError::Kind::Network);
        QCOMPARE(out.attempts, 1);
    }
    QCOMPARE(proxy.requests("POST"), writes);
    QCOMPARE(proxy.dropped(), writes);
    QCOMPARE(snapshotCount(simulator.endpoint()), before + writes);
}

void TestWriteOnce::everyVerbUnderSimulatedDrops_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::newRow("POST") << QByteArray("POST");
    QTest::newRow("PUT") << QByteArray("PUT");
    QTest::newRow("DELETE") << QByteArray("DELETE");
}

void TestWriteOnce::everyVerbUnderSimulatedDrops()
{
    QFETCH(QByteArray, verb);
    SimOptions options{{{kToken, 3, 1}}, 0, 0};
    QString error;
    options.faults = *FaultSpec::parse(QStringLiteral("5:drop=1"), &error);
    SimServer simulator(options);
    QVERIFY(simulator.listen(0));
    const qint64 id = simulator.serverIds(0).first();
    simulator.setFaults({});
    const int before = snapshotCount(simulator.endpoint());
    const int requestsBefore = simulator.requestCount();
    simulator.setFaults(options.faults);

    ApiClient client;
    client.setEndpoint(simulator.endpoint());
    client.setToken(kToken);
    ApiCall *call = verb == "POST" ? client.post(QStringLiteral("/servers/%1/actions/create_image").arg(id),
                                                 {{QStringLiteral("type"), QStringLiteral("snapshot")}})
        : verb == "PUT" ? client.put(QStringLiteral("/servers/%1").arg(id), {{QStringLiteral("name"), QStringLiteral("renamed-once")}})
                        : client.deleteResource(QStringLiteral("/servers/%1").arg(id));
    const Outcome out = run(call);
    QCOMPARE(out.error.kind, ApiError::Kind::Network);
    QCOMPARE(out.attempts, 1);
    // One request reached the simulator, and it was done.
    QCOMPARE(simulator.requestCount() - requestsBefore, 1);
    QCOMPARE(simulator.droppedCount(), 1);

    simulator.setFaults({});
    if (verb == "POST")
        QCOMPARE(snapshotCount(simulator.endpoint()), before + 1);
    else if (verb == "PUT")
        QCOMPARE(serverName(simulator.endpoint(), id), QStringLiteral("renamed-once"));
    else
        QCOMPARE(serverName(simulator.endpoint(), id), QString()); // gone: 404
}

void TestWriteOnce::writesStillWorkWhenAnswered()
{
    SimServer simulator(SimOptions{{{kToken, 2, 1}}, 0, 0});
    QVERIFY(simulator.listen(0));
    DroppingProxy proxy(simulator.port());
    proxy.setDropping(false);
    QVERIFY(proxy.listen());
    const qint64 id = simulator.serverIds(0).first();

    ApiClient client;
    client.setEndpoint(proxy.endpoint());
    client.setToken(kToken);
    const Outcome put = run(client.put(QStringLiteral("/servers/%1").arg(id), {{QStringLiteral("name"), QStringLiteral("answered")}}));
    QVERIFY2(!put.error.isError(), qPrintable(put.error.userText()));
    QCOMPARE(put.json.value(QLatin1String("server")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("answered"));
    const Outcome post = run(client.post(QStringLiteral("/servers/%1/actions/poweroff").arg(id), {}));
    QVERIFY2(!post.error.isError(), qPrintable(post.error.userText()));
    QVERIFY(post.json.contains(QLatin1String("action")));
    const Outcome del = run(client.deleteResource(QStringLiteral("/servers/%1").arg(simulator.serverIds(0).last())));
    QVERIFY2(!del.error.isError(), qPrintable(del.error.userText()));
    QCOMPARE(proxy.requests("PUT") + proxy.requests("POST") + proxy.requests("DELETE"), 3);
}

void TestWriteOnce::getIsStillRetried()
{
    SimServer simulator(SimOptions{{{kToken, 2, 1}}, 0, 0});
    QVERIFY(simulator.listen(0));
    DroppingProxy proxy(simulator.port());
    QVERIFY(proxy.listen());

    ApiClient client;
    client.setEndpoint(proxy.endpoint());
    client.setToken(kToken);
    client.setRetryPolicy({3, 10, 50});
    const Outcome out = run(client.get(QStringLiteral("/servers")));
    QCOMPARE(out.error.kind, ApiError::Kind::Network);
    QCOMPARE(out.attempts, 3);
    QVERIFY(proxy.requests("GET") >= 3);
}

QTEST_GUILESS_MAIN(TestWriteOnce)
#include "tst_writeonce.moc"
