// ApiClient against the simulated cloud over loopback HTTP: pagination,
// errors, the rate-limit budget and teardown, with real sockets and JSON.
#include "core/api/apiclient.h"
#include "core/sim/simserver.h"

#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace hcloud;
using hcloud::sim::SimOptions;
using hcloud::sim::SimProjectSpec;
using hcloud::sim::SimServer;

namespace {

const QString kToken = QStringLiteral("simPrefixAAAAbbbbCCCCddddEEEE001") + QStringLiteral("simSecretZZZZyyyyXXXXwwwwVVVV001");
const QString kWrongToken = QString(kToken).replace(40, 4, QStringLiteral("nope"));
constexpr int kServers = 137;

QVector<qint64> idsOf(const QVector<QJsonObject> &items)
{
    QVector<qint64> out;
    for (const QJsonObject &o : items)
        out.append(o.value(QLatin1String("id")).toInteger());
    return out;
}

QVector<qint64> sorted(QVector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

struct ListOutcome
{
    int finished = 0;
    QVector<qint64> ids;
    ApiError error;
    QPair<int, int> lastProgress;
};

void watch(ListCall *call, ListOutcome *out)
{
    QObject::connect(call, &ListCall::progress, [out](int done, int total) { out->lastProgress = {done, total}; });
    QObject::connect(call, &ListCall::finished, [call, out] {
        ++out->finished;
        out->ids = idsOf(call->items());
        out->error = call->error();
    });
}

struct CallOutcome
{
    int finished = 0;
    ApiError error;
    QJsonObject json;
    int attempts = 0;
};

void watch(ApiCall *call, CallOutcome *out)
{
    QObject::connect(call, &ApiCall::finished, [call, out] {
        ++out->finished;
        out->error = call->error();
        out->json = call->json();
        out->attempts = call->attempts();
    });
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void listAllPages_data();
    void listAllPages();
    void listWhileServersAreAdded();
    void getOne();
    void wrongToken();
    void unknownId();
    void rateLimitHeaders();
    void rateLimitedGetRetriesUntilRefill();
    void rateLimitedGetGivesUp();
    void postNotRetried();
    void destroyClientWhileListing();

private:
    SimServer *m_sim = nullptr;
    ApiClient *m_client = nullptr;
};

void TestApiClient::init()
{
    m_sim = new SimServer(SimOptions{{SimProjectSpec{kToken, kServers, 7}}, 0});
    QVERIFY(m_sim->listen(0));
    m_client = new ApiClient;
    m_client->setEndpoint(m_sim->endpoint());
    m_client->setToken(kToken);
    m_client->setRetryPolicy(RetryPolicy{4, 50, 1500});
}

void TestApiClient::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_sim;
    m_sim = nullptr;
}

void TestApiClient::listAllPages_data()
{
    QTest::addColumn<int>("perPage");
    QTest::addColumn<int>("latencyMs");
    QTest::newRow("50 per page") << 50 << 0;
    QTest::newRow("25 per page") << 25 << 0;
    QTest::newRow("50 per page, 50 ms latency") << 50 << 50;
    QTest::newRow("25 per page, 50 ms latency") << 25 << 50;
}

void TestApiClient::listAllPages()
{
    QFETCH(int, perPage);
    QFETCH(int, latencyMs);
    m_sim->setLatencyMs(latencyMs);
    m_client->setPerPage(perPage);
    m_client->setMaxConcurrentPages(4);
    const int pages = (kServers + perPage - 1) / perPage;

    ListOutcome got;
    watch(m_client->listAll(QStringLiteral("/servers"), QStringLiteral("servers")), &got);
    QTRY_COMPARE(got.finished, 1);
    QVERIFY2(!got.error.isError(), qPrintable(got.error.userText()));
    QCOMPARE(got.ids.size(), kServers);
    QCOMPARE(QSet<qint64>(got.ids.cbegin(), got.ids.cend()).size(), kServers);
    QCOMPARE(got.ids, sorted(m_sim->serverIds(0)));
    QCOMPARE(got.lastProgress, qMakePair(pages, pages));
    // Pages after the first went out together, as many as the bound allows.
    QCOMPARE(m_client->peakRequestsInFlight(), qMin(4, pages - 1));
    QCOMPARE(m_client->requestsInFlight(), 0);
}

void TestApiClient::listWhileServersAreAdded()
{
    // Newest first: servers created after page 1 push every later page back,
    // so page 2 starts with what page 1 ended with. Each id comes once.
    m_client->setPerPage(25);
    const QVector<qint64> before = m_sim->serverIds(0);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("id:desc"));
    ListCall *call = m_client->listAll(QStringLiteral("/servers"), QStringLiteral("servers"), query);
    int added = 0;
    connect(call, &ListCall::progress, this, [this, &added](int done) {
        if (done == 1) {
            for (int i = 0; i < 3; ++i)
                added += m_sim->addServer(0, QStringLiteral("late-%1").arg(i)) > 0;
        }
    });
    ListOutcome got;
    watch(call, &got);
    QTRY_COMPARE(got.finished, 1);
    QVERIFY(!got.error.isError());
    QCOMPARE(added, 3);
    QCOMPARE(m_sim->serverIds(0).size(), kServers + 3);
    QCOMPARE(QSet<qint64>(got.ids.cbegin(), got.ids.cend()).size(), got.ids.size());
    QCOMPARE(sorted(got.ids), sorted(before));
    QVERIFY(std::is_sorted(got.ids.crbegin(), got.ids.crend()));
}

void TestApiClient::getOne()
{
    const qint64 id = m_sim->serverIds(0).at(5);
    CallOutcome got;
    watch(m_client->get(QStringLiteral("/servers/%1").arg(id)), &got);
    QTRY_COMPARE(got.finished, 1);
    QVERIFY(!got.error.isError());
    QCOMPARE(got.json.value(QLatin1String("server")).toObject().value(QLatin1String("id")).toInteger(), id);
}

void TestApiClient::wrongToken()
{
    m_client->setToken(kWrongToken);
    CallOutcome got;
    watch(m_client->get(QStringLiteral("/servers")), &got);
    ListOutcome listed;
    watch(m_client->listAll(QStringLiteral("/servers"), QStringLiteral("servers")), &listed);
    QTRY_COMPARE(got.finished, 1);
    QTRY_COMPARE(listed.finished, 1);
    for (const ApiError &e : {got.error, listed.error}) {
        QCOMPARE(e.kind, ApiError::Kind::Api);
        QCOMPARE(e.httpStatus, 401);
        QCOMPARE(e.code, QStringLiteral("unauthorized"));
        QVERIFY(!e.userText().contains(kWrongToken.mid(32)));
    }
    QCOMPARE(got.attempts, 1);
}

void TestApiClient::unknownId()
{
    CallOutcome got;
    watch(m_client->get(QStringLiteral("/servers/987654321")), &got);
    QTRY_COMPARE(got.finished, 1);
    QCOMPARE(got.error.kind, ApiError::Kind::Api);
    QCOMPARE(got.error.httpStatus, 404);
    QCOMPARE(got.error.code, QStringLiteral("not_found"));
    QCOMPARE(got.attempts, 1);
}

void TestApiClient::rateLimitHeaders()
{
    QSignalSpy spy(m_client, &ApiClient::rateLimitChanged);
    CallOutcome got;
    watch(m_client->get(QStringLiteral("/servers")), &got);
    QTRY_COMPARE(got.finished, 1);
    QCOMPARE(spy.count(), 1);
    const RateLimit rl = m_client->rateLimit();
    QCOMPARE(rl.limit, 3600);
    QVERIFY(rl.remaining >= 0 && rl.remaining < 3600);
    QVERIFY(rl.reset.isValid());
    QCOMPARE(spy.at(0).at(0).value<RateLimit>(), rl);
}

void TestApiClient::rateLimitedGetRetriesUntilRefill()
{
    // The budget is empty and refills one request a second: the GET waits
    // for that (a timer, not a block) and then succeeds.
    m_sim->setRateLimitRemaining(0, 0);
    QSignalSpy spy(m_client, &ApiClient::rateLimitChanged);
    CallOutcome got;
    watch(m_client->get(QStringLiteral("/servers")), &got);
    QTRY_COMPARE_WITH_TIMEOUT(got.finished, 1, 10000);
    QVERIFY2(!got.error.isError(), qPrintable(got.error.userText()));
    QVERIFY(got.attempts >= 2);
    QVERIFY(spy.count() >= 1);
    QCOMPARE(spy.at(0).at(0).value<RateLimit>().remaining, 0);
}

void TestApiClient::rateLimitedGetGivesUp()
{
    // Retries capped at 100 ms come before the next refill: attempts run out.
    m_sim->setRateLimitRemaining(0, 0);
    m_client->setRetryPolicy(RetryPolicy{2, 50, 100});
    CallOutcome got;
    watch(m_client->get(QStringLiteral("/servers")), &got);
    QTRY_COMPARE(got.finished, 1);
    QCOMPARE(got.error.httpStatus, 429);
    QCOMPARE(got.error.code, QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(got.attempts, 2);
    QVERIFY(got.error.retryAfter.isValid());
    QCOMPARE(m_client->rateLimit().remaining, 0);
}

void TestApiClient::postNotRetried()
{
    // The simulator has no writes yet; what matters is one request only.
    m_sim->setRateLimitRemaining(0, 0);
    CallOutcome got;
    watch(m_client->post(QStringLiteral("/servers"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}),
          &got);
    QTRY_COMPARE(got.finished, 1);
    QVERIFY(got.error.isError());
    QCOMPARE(got.attempts, 1);
}

void TestApiClient::destroyClientWhileListing()
{
    m_sim->setLatencyMs(200);
    QPointer<ListCall> call = m_client->listAll(QStringLiteral("/servers"), QStringLiteral("servers"));
    ListOutcome got;
    watch(call, &got);
    QTRY_COMPARE(m_client->requestsInFlight(), 1);
    delete m_client;
    m_client = nullptr;
    QVERIFY(call.isNull());

    // The simulator carries on serving a fresh client.
    m_sim->setLatencyMs(0);
    ApiClient client;
    client.setEndpoint(m_sim->endpoint());
    client.setToken(kToken);
    ListOutcome again;
    watch(client.listAll(QStringLiteral("/servers"), QStringLiteral("servers")), &again);
    QTRY_COMPARE(again.finished, 1);
    QCOMPARE(again.ids.size(), kServers);
    QCOMPARE(got.finished, 0);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
