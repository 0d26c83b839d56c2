// ApiClient against a scripted loopback server: retries, headers, pagination
// edge cases and teardown in flight, where the simulator cannot be made to
// misbehave on purpose.
#include "core/api/apiclient.h"
#include "tests/support/fakehttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace hcloud;
using Response = FakeHttpServer::Response;
using Request = FakeHttpServer::Request;

namespace {

const QString kToken = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEF") + QStringLiteral("0123456789abcdefghijklmnopqrstuv");

QByteArray errorBody(const char *code)
{
    return QByteArray(R"({"error":{"code":")") + code + R"(","message":"scripted","details":{}}})";
}

// A list page; -1 for a null pagination number.
QByteArray pageBody(const QVector<int> &ids, int lastPage, int nextPage, int extraBytes = 0)
{
    QJsonArray items;
    for (int id : ids) {
        QJsonObject item{{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("srv-%1").arg(id)}};
        if (extraBytes)
            item.insert(QStringLiteral("padding"), QString(extraBytes, QLatin1Char('x')));
        items.append(item);
    }
    auto num = [](int n) { return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(n); };
    QJsonObject pagination{{QStringLiteral("last_page"), num(lastPage)}, {QStringLiteral("next_page"), num(nextPage)}};
    QJsonObject root{{QStringLiteral("servers"), items},
                     {QStringLiteral("meta"), QJsonObject{{QStringLiteral("pagination"), pagination}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QVector<int> range(int from, int to)
{
    QVector<int> out;
    for (int i = from; i <= to; ++i)
        out.append(i);
    return out;
}

QVector<int> idsOf(const QVector<QJsonObject> &items)
{
    QVector<int> out;
    for (const QJsonObject &o : items)
        out.append(o.value(QLatin1String("id")).toInt());
    return out;
}

int pageOf(const Request &r)
{
    return r.query.queryItemValue(QStringLiteral("page")).toInt();
}

// Collects what a call reported; the call itself is gone after finished().
struct ListOutcome
{
    int finished = 0;
    QVector<int> ids;
    ApiError error;
    QVector<QPair<int, int>> progress;
};

void watch(ListCall *call, ListOutcome *out)
{
    QObject::connect(call, &ListCall::progress, [out](int done, int total) { out->progress.append({done, total}); });
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
    int status = 0;
    int attempts = 0;
};

void watch(ApiCall *call, CallOutcome *out)
{
    QObject::connect(call, &ApiCall::finished, [call, out] {
        ++out->finished;
        out->error = call->error();
        out->json = call->json();
        out->status = call->httpStatus();
        out->attempts = call->attempts();
    });
}

} // namespace

class TestApiClientWire : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void requestShape();
    void getRetriedWritesNot_data();
    void getRetriedWritesNot();
    void retryThenSuccess();
    void retryAfterHonoured();
    void rateLimitResetHonoured();
    void rateLimitAttemptsRunOut();
    void networkErrorRetried();
    void rateLimitHeaders();
    void parseErrors_data();
    void parseErrors();

    void listPagesOverlap_data();
    void listPagesOverlap();
    void listDedupesShiftedItems();
    void listFollowsGrowth();
    void listWithoutLastPage();
    void listQuery();
    void listPageFailure();

    void destroyClientInFlight();
    void destroyCallsInFlight();
    void deleteFromSlots();
    void deleteClientFromRateLimitSlot();

private:
    ApiClient *newClient();
    FakeHttpServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
};

void TestApiClientWire::init()
{
    m_server = new FakeHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = newClient();
}

void TestApiClientWire::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

ApiClient *TestApiClientWire::newClient()
{
    auto *client = new ApiClient;
    client->setEndpoint(m_server->endpoint());
    client->setToken(kToken);
    client->setRetryPolicy(RetryPolicy{3, 10, 50});
    return client;
}

void TestApiClientWire::requestShape()
{
    m_server->setHandler([](const Request &r) -> std::optional<Response> {
        if (r.method == "GET")
            return FakeHttpServer::json(200, R"({"server":{"id":7,"name":"web"}})");
        return FakeHttpServer::json(201, R"({"action":{"id":1}})");
    });
    CallOutcome got;
    watch(m_client->get(QStringLiteral("/servers/7")), &got);
    QTRY_COMPARE(got.finished, 1);
    QVERIFY(!got.error.isError());
    QCOMPARE(got.status, 200);
    QCOMPARE(got.attempts, 1);
    QCOMPARE(got.json.value(QLatin1String("server")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("web"));
    const Request get = m_server->requests().at(0);
    QCOMPARE(get.method, QByteArray("GET"));
    QCOMPARE(get.path, QStringLiteral("/v1/servers/7"));
    QCOMPARE(get.headers.value("authorization"), "Bearer " + kToken.toLatin1());
    QCOMPARE(get.headers.value("user-agent"), QByteArray("hcloud-desktop/0.1"));

    CallOutcome posted;
    watch(m_client->post(QStringLiteral("/servers"), QJsonObject{{QStringLiteral("name"), QStringLiteral("db")}}),
          &posted);
    QTRY_COMPARE(posted.finished, 1);
    QCOMPARE(posted.status, 201);
    const Request post = m_server->requests().at(1);
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(post.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(post.body).object().value(QLatin1String("name")).toString(),
             QStringLiteral("db"));
}

void TestApiClientWire::getRetriedWritesNot_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("expectedRequests");
    QTest::newRow("GET") << QByteArray("GET") << 3;
    QTest::newRow("POST") << QByteArray("POST") << 1;
    QTest::newRow("PUT") << QByteArray("PUT") << 1;
    QTest::newRow("DELETE") << QByteArray("DELETE") << 1;
}

void TestApiClientWire::getRetriedWritesNot()
{
    QFETCH(QByteArray, method);
    QFETCH(int, expectedRequests);
    m_server->setHandler([](const Request &) { return FakeHttpServer::json(503, errorBody("unavailable")); });
    ApiCall *call = nullptr;
    if (method == "GET")
        call = m_client->get(QStringLiteral("/servers"));
    else if (method == "POST")
        call = m_client->post(QStringLiteral("/servers"), {});
    else if (method == "PUT")
        call = m_client->put(QStringLiteral("/servers/1"), {});
    else
        call = m_client->deleteResource(QStringLiteral("/servers/1"));
    CallOutcome got;
    watch(call, &got);
    QTRY_COMPARE(got.finished, 1);
    QCOMPARE(got.error.kind, ApiError::Kind::Api);
    QCOMPARE(got.error.httpStatus, 503);
    QCOMPARE(got.error.code, QStringLiteral("unavailable"));
    QCOMPARE(got.attempts, expectedRequests);
    QCOMPARE(m_server->requests().size(), expectedRequests);
    for (const Request &r : m_server->requests())
        QCOMPARE(r.method, method);
}

void TestApiClientWire::retryThenSuccess()
{
    m_server->setHandler([](const Request &r) {
        return r.id < 3 ? FakeHttpServer::json(502, "<html>bad gateway</html>")
                        : FakeHttpServer::json(200, R"({"servers":[]})");
    });
    CallOutcome got;
    watch(m_client->get(QStringLiteral("/servers")), &got);
    QTRY_COMPARE(got.finished, 1);
    QVERIFY2(!got.error.isError(), qPrintable(got.error.userText()));
    QCOMPARE(got.attempts, 3);
    QCOMPARE(m_server->requests().size(), 3);
}

void TestApiClientWire::retryAfterHonoured()
{
    // Backoff alone would wait ten minutes; Retry-After: 0 means now.
    m_client->setRetryPolicy(RetryPolicy{3, 600000, 600000});
    m_server->setHandler([](const Request &r) {
        Response busy = FakeHttpServer::json(429, errorBody("rate_limit_exceeded"));
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
        return r.id == 1 ? busy : FakeHttpServer::json(200, "{}");
    });
    CallOutcome got;
    watch(m_client->get(QStringLiteral("/servers")), &got);
    QTRY_COMPARE(got.finished, 1);
    QVERIFY(!got.error.isError());
    QCOMPARE(got.attempts, 2);
}

void TestApiClientWire::rateLimitResetHonoured()
{
    // An empty budget of 3600 that is full in an hour refills one request a
    // second: the retry waits about that, not the full hour, not the backoff.
    m_client->setRetryPolicy(RetryPolicy{3, 600000, 600000});
    QSignalSpy rateSpy(m_client, &ApiClient::rateLimitChanged);
    m_server->setHandler([](const Request &r) {
        const QByteArray reset = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600);
        Response busy = FakeHttpServer::json(429, errorBody("rate_limit_exceeded"));
        busy.headers += {{"RateLimit-Limit", "3600"}, {"RateLimit-Remaining", "0"}, {"RateLimit-Reset", reset}};
        Response fine = FakeHttpServer::json(200, "{}");
        fine.headers += {{"RateLimit-Limit", "3600"}, {"RateLimit-Remaining", "0"}, {"RateLimit-Reset", reset + "0"}};
        return r.id == 1 ? busy : fine;
    });
    CallOutcome got;
    watch(m_client->get(QStringLiteral("/servers")), &got);
    QTRY_COMPARE(got.finished, 1);
    QVERIFY(!got.error.isError());
    QCOMPARE(got.attempts, 2);
    QCOMPARE(rateSpy.count(), 2);
    QCOMPARE(rateSpy.at(0).at(0).value<RateLimit>().remaining, 0);
}

void TestApiClientWire::rateLimitAttemptsRunOut()
{
    m_client->setRetryPolicy(RetryPolicy{2, 10, 50});
    m_server->setHandler([](const Request &) {
        Response busy = FakeHttpServer::json(429, errorBody("rate_limit_exceeded"));
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        return busy;
    });
    m_client->setRetryPolicy(RetryPolicy{2, 10, 20}); // cap shortens the 1 s hint
    CallOutcome got;
    watch(m_client->get(QStringLiteral("/servers")), &got);
    QTRY_COMPARE(got.finished, 1);
    QCOMPARE(got.error.code, QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(got.error.httpStatus, 429);
    QCOMPARE(got.attempts, 2);
    QVERIFY(got.error.retryAfter.isValid());
    QVERIFY(got.error.userText().contains(QStringLiteral("Try again after")));
}

void TestApiClientWire::networkErrorRetried()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    m_client->setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));

    CallOutcome got;
    watch(m_client->get(QStringLiteral("/servers")), &got);
    QTRY_COMPARE(got.finished, 1);
    QCOMPARE(got.error.kind, ApiError::Kind::Network);
    QCOMPARE(got.error.code, QStringLiteral("network_error"));
    QCOMPARE(got.error.httpStatus, 0);
    QVERIFY(!got.error.message.isEmpty());
    QCOMPARE(got.attempts, 3);

    CallOutcome posted;
    watch(m_client->post(QStringLiteral("/servers"), {}), &posted);
    QTRY_COMPARE(posted.finished, 1);
    QCOMPARE(posted.error.kind, ApiError::Kind::Network);
    QCOMPARE(posted.attempts, 1);
}

void TestApiClientWire::rateLimitHeaders()
{
    QByteArray remaining = "3599";
    m_server->setHandler([&remaining](const Request &) {
        Response r = FakeHttpServer::json(200, "{}");
        r.headers += {{"RateLimit-Limit", "3600"}, {"RateLimit-Remaining", remaining}, {"RateLimit-Reset", "1740830400"}};
        return r;
    });
    QVERIFY(!m_client->rateLimit().isKnown());
    QSignalSpy spy(m_client, &ApiClient::rateLimitChanged);
    CallOutcome first;
    watch(m_client->get(QStringLiteral("/servers")), &first);
    QTRY_COMPARE(first.finished, 1);
    QCOMPARE(spy.count(), 1);
    const RateLimit rl = m_client->rateLimit();
    QVERIFY(rl.isKnown());
    QCOMPARE(rl.limit, 3600);
    QCOMPARE(rl.remaining, 3599);
    QCOMPARE(rl.reset, QDateTime::fromSecsSinceEpoch(1740830400, Qt::UTC));
    QCOMPARE(spy.at(0).at(0).value<RateLimit>(), rl);

    CallOutcome same;
    watch(m_client->get(QStringLiteral("/servers")), &same);
    QTRY_COMPARE(same.finished, 1);
    QCOMPARE(spy.count(), 1); // unchanged budget, no signal

    remaining = "3598";
    CallOutcome next;
    watch(m_client->get(QStringLiteral("/servers")), &next);
    QTRY_COMPARE(next.finished, 1);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(m_client->rateLimit().remaining, 3598);
}

void TestApiClientWire::parseErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("small") << QByteArray("{\"server\": ");
    QTest::newRow("large, read off-thread") << QByteArray("[") + QByteArray(40000, ' ') + QByteArray("1,]");
}

void TestApiClientWire::parseErrors()
{
    QFETCH(QByteArray, body);
    m_server->setHandler([body](const Request &) { return FakeHttpServer::json(200, body); });
    CallOutcome got;
    watch(m_client->get(QStringLiteral("/servers/1")), &got);
    QTRY_COMPARE(got.finished, 1);
    QCOMPARE(got.error.kind, ApiError::Kind::Parse);
    QCOMPARE(got.attempts, 1);

    ListOutcome list;
    watch(m_client->listAll(QStringLiteral("/servers"), QStringLiteral("servers")), &list);
    QTRY_COMPARE(list.finished, 1);
    QCOMPARE(list.error.kind, ApiError::Kind::Parse);
}

void TestApiClientWire::listPagesOverlap_data()
{
    QTest::addColumn<int>("bound");
    QTest::newRow("2 at once") << 2;
    QTest::newRow("4 at once") << 4;
}

void TestApiClientWire::listPagesOverlap()
{
    // Pages after the first are held until as many as the bound allows are
    // waiting together. A client that fetched one page at a time would never
    // get an answer and the wait below would fail.
    QFETCH(int, bound);
    const int lastPage = 7;
    m_client->setPerPage(10);
    m_client->setMaxConcurrentPages(bound);
    int answered = 1;
    m_server->setHandler([&](const Request &r) -> std::optional<Response> {
        const int page = pageOf(r);
        if (page == 1)
            return FakeHttpServer::json(200, pageBody(range(1, 10), lastPage, 2, 200));
        return std::nullopt;
    });
    connect(m_server, &FakeHttpServer::requestReceived, this, [&] {
        const int waitingFor = qMin(bound, lastPage - answered);
        if (m_server->held() < waitingFor)
            return;
        const QVector<int> held = m_server->heldIds();
        for (int id : held) {
            const int page = pageOf(m_server->requests().at(id - 1));
            m_server->respond(id, FakeHttpServer::json(200, pageBody(range(page * 10 - 9, page * 10), lastPage,
                                                                     page < lastPage ? page + 1 : -1, 200)));
            ++answered;
        }
    });
    ListOutcome got;
    watch(m_client->listAll(QStringLiteral("/servers"), QStringLiteral("servers")), &got);
    QTRY_COMPARE(got.finished, 1);
    QVERIFY(!got.error.isError());
    QCOMPARE(got.ids, range(1, 70));
    QCOMPARE(m_server->peakHeld(), bound);
    QCOMPARE(m_client->peakRequestsInFlight(), bound);
    QCOMPARE(m_client->requestsInFlight(), 0);
    QCOMPARE(got.progress.size(), lastPage);
    QCOMPARE(got.progress.first(), qMakePair(1, lastPage));
    QCOMPARE(got.progress.last(), qMakePair(lastPage, lastPage));
    for (const Request &r : m_server->requests())
        QCOMPARE(r.query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("10"));
}

void TestApiClientWire::listDedupesShiftedItems()
{
    // Two servers were created at the front while page 2 was on its way, so
    // page 2 repeats the end of page 1. Order stays, each id once.
    m_client->setPerPage(5);
    m_server->setHandler([](const Request &r) {
        switch (pageOf(r)) {
        case 1: return FakeHttpServer::json(200, pageBody({1, 2, 3, 4, 5}, 3, 2));
        case 2: return FakeHttpServer::json(200, pageBody({4, 5, 6, 7, 8}, 3, 3));
        default: return FakeHttpServer::json(200, pageBody({9, 10, 11}, 3, -1));
        }
    });
    ListOutcome got;
    watch(m_client->listAll(QStringLiteral("/servers"), QStringLiteral("servers")), &got);
    QTRY_COMPARE(got.finished, 1);
    QVERIFY(!got.error.isError());
    QCOMPARE(got.ids, range(1, 11));
}

void TestApiClientWire::listFollowsGrowth()
{
    // Page 1 says two pages; by the time page 2 is read there are three.
    m_client->setPerPage(2);
    m_server->setHandler([](const Request &r) {
        switch (pageOf(r)) {
        case 1: return FakeHttpServer::json(200, pageBody({1, 2}, 2, 2));
        case 2: return FakeHttpServer::json(200, pageBody({3, 4}, 3, 3));
        case 3: return FakeHttpServer::json(200, pageBody({5}, 3, -1));
        default: return FakeHttpServer::json(200, pageBody({}, 3, -1));
        }
    });
    ListOutcome got;
    watch(m_client->listAll(QStringLiteral("/servers"), QStringLiteral("servers")), &got);
    QTRY_COMPARE(got.finished, 1);
    QCOMPARE(got.ids, range(1, 5));
    QCOMPARE(m_server->requests().size(), 3);
}

void TestApiClientWire::listWithoutLastPage()
{
    // Without last_page the client walks next_page, one page at a time.
    m_client->setPerPage(2);
    m_server->setHandler([](const Request &r) {
        const int page = pageOf(r);
        const int next = page < 3 ? page + 1 : -1;
        return FakeHttpServer::json(200, pageBody({page * 2 - 1, page * 2}, -1, next));
    });
    ListOutcome got;
    watch(m_client->listAll(QStringLiteral("/servers"), QStringLiteral("servers")), &got);
    QTRY_COMPARE(got.finished, 1);
    QVERIFY(!got.error.isError());
    QCOMPARE(got.ids, range(1, 6));
    QCOMPARE(m_client->peakRequestsInFlight(), 1);
    QCOMPARE(got.progress.last(), qMakePair(3, 0));
}

void TestApiClientWire::listQuery()
{
    m_client->setPerPage(25);
    m_server->setHandler([](const Request &) { return FakeHttpServer::json(200, pageBody({1}, 1, -1)); });
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("label_selector"), QStringLiteral("env=prod"));
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("9"));
    ListOutcome got;
    watch(m_client->listAll(QStringLiteral("/servers"), QStringLiteral("servers"), query), &got);
    QTRY_COMPARE(got.finished, 1);
    QCOMPARE(m_server->requests().size(), 1);
    const Request r = m_server->requests().at(0);
    QCOMPARE(r.query.queryItemValue(QStringLiteral("label_selector"), QUrl::FullyDecoded), QStringLiteral("env=prod"));
    QCOMPARE(r.query.allQueryItemValues(QStringLiteral("page")), QStringList{QStringLiteral("1")});
    QCOMPARE(r.query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("25"));
}

void TestApiClientWire::listPageFailure()
{
    // Page 3 fails for good while pages 2 and 4 are still held: the list
    // reports that error once, and the held requests are abandoned.
    m_client->setPerPage(1);
    m_client->setMaxConcurrentPages(3);
    m_server->setHandler([](const Request &r) -> std::optional<Response> {
        switch (pageOf(r)) {
        case 1: return FakeHttpServer::json(200, pageBody({1}, 4, 2));
        case 3: return FakeHttpServer::json(404, errorBody("not_found"));
        default: return std::nullopt;
        }
    });
    ListOutcome got;
    watch(m_client->listAll(QStringLiteral("/servers"), QStringLiteral("servers")), &got);
    QTRY_COMPARE(got.finished, 1);
    QCOMPARE(got.error.code, QStringLiteral("not_found"));
    QCOMPARE(got.error.httpStatus, 404);
    QTRY_COMPARE(m_client->requestsInFlight(), 0);
    for (int id : m_server->heldIds())
        m_server->respond(id, FakeHttpServer::json(200, pageBody({2}, 4, 3)));
    QCoreApplication::processEvents();
    QCOMPARE(got.finished, 1);
}

void TestApiClientWire::destroyClientInFlight()
{
    m_server->setHandler([](const Request &) { return std::nullopt; });
    QPointer<ApiCall> call = m_client->get(QStringLiteral("/servers/1"));
    QPointer<ListCall> list = m_client->listAll(QStringLiteral("/servers"), QStringLiteral("servers"));
    CallOutcome got;
    ListOutcome listed;
    watch(call, &got);
    watch(list, &listed);
    QTRY_COMPARE(m_server->held(), 2);
    QCOMPARE(m_client->requestsInFlight(), 2);

    delete m_client;
    m_client = nullptr;
    QVERIFY(call.isNull());
    QVERIFY(list.isNull());
    // Late answers reach nobody.
    for (int id : m_server->heldIds())
        m_server->respond(id, FakeHttpServer::json(200, pageBody({1}, 1, -1)));
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(got.finished, 0);
    QCOMPARE(listed.finished, 0);
}

void TestApiClientWire::destroyCallsInFlight()
{
    m_server->setHandler([](const Request &r) -> std::optional<Response> {
        if (r.path.endsWith(QLatin1String("/ok")))
            return FakeHttpServer::json(200, "{}");
        return std::nullopt;
    });
    ApiCall *call = m_client->get(QStringLiteral("/servers/1"));
    ListCall *list = m_client->listAll(QStringLiteral("/servers"), QStringLiteral("servers"));
    CallOutcome got;
    ListOutcome listed;
    watch(call, &got);
    watch(list, &listed);
    QTRY_COMPARE(m_server->held(), 2);
    delete call;
    delete list;
    QCOMPARE(m_client->requestsInFlight(), 0);
    for (int id : m_server->heldIds())
        m_server->respond(id, FakeHttpServer::json(200, pageBody({1}, 1, -1)));
    QCoreApplication::processEvents();
    QCOMPARE(got.finished, 0);
    QCOMPARE(listed.finished, 0);

    // The client carries on.
    CallOutcome after;
    watch(m_client->get(QStringLiteral("/ok")), &after);
    QTRY_COMPARE(after.finished, 1);
    QVERIFY(!after.error.isError());
}

void TestApiClientWire::deleteFromSlots()
{
    // Receivers may delete what signalled them, synchronously.
    m_client->setPerPage(1);
    m_server->setHandler([](const Request &r) {
        const int page = pageOf(r);
        return FakeHttpServer::json(200, page ? pageBody({page}, 3, page < 3 ? page + 1 : -1) : QByteArray("{}"));
    });
    ApiCall *call = m_client->get(QStringLiteral("/servers/1"));
    int callFinished = 0;
    connect(call, &ApiCall::finished, this, [&callFinished, call] {
        ++callFinished;
        delete call;
    });
    ListCall *list = m_client->listAll(QStringLiteral("/servers"), QStringLiteral("servers"));
    int progressed = 0;
    int listFinished = 0;
    connect(list, &ListCall::progress, this, [&progressed, list] {
        ++progressed;
        delete list;
    });
    connect(list, &ListCall::finished, this, [&listFinished] { ++listFinished; });
    QTRY_COMPARE(callFinished, 1);
    QTRY_COMPARE(progressed, 1);
    QTRY_COMPARE(m_client->requestsInFlight(), 0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(listFinished, 0);
    QCOMPARE(m_client->findChildren<ApiCall *>().size(), 0);
    QCOMPARE(m_client->findChildren<ListCall *>().size(), 0);
}

void TestApiClientWire::deleteClientFromRateLimitSlot()
{
    m_server->setHandler([](const Request &) {
        Response r = FakeHttpServer::json(200, "{}");
        r.headers += {{"RateLimit-Limit", "3600"}, {"RateLimit-Remaining", "1"}};
        return r;
    });
    QPointer<ApiCall> call = m_client->get(QStringLiteral("/servers"));
    int finished = 0;
    connect(call, &ApiCall::finished, this, [&finished] { ++finished; });
    connect(m_client, &ApiClient::rateLimitChanged, this, [this] {
        delete m_client;
        m_client = nullptr;
    });
    QTRY_VERIFY(!m_client);
    QVERIFY(call.isNull());
    QCoreApplication::processEvents();
    QCOMPARE(finished, 0);
}

QTEST_GUILESS_MAIN(TestApiClientWire)
#include "tst_apiclient_wire.moc"
