// List answers that cannot be trusted (issue 12): pagination without a
// bound, pages with more items or bytes than asked for, items without an
// id, and a redirect elsewhere. Each ends with its own error after a
// bounded number of requests, and nothing already read is reported as the
// list.
#include "core/api/apiclient.h"
#include "core/api/pagefetcher.h"
#include "tests/support/fakehttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace hcloud;
using Response = FakeHttpServer::Response;
using Request = FakeHttpServer::Request;

namespace {

const QString kToken = QStringLiteral("boundsBOUNDSboundsBOUNDSboundsBO") + QStringLiteral("0123456789abcdefghijklmnopqrstuv");

// A page of servers; -1 leaves a pagination number null.
QByteArray pageBody(const QVector<int> &ids, int lastPage, int nextPage, int totalEntries)
{
    QJsonArray items;
    for (int id : ids)
        items.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("srv-%1").arg(id)}});
    auto num = [](int n) { return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(n); };
    const QJsonObject pagination{{QStringLiteral("last_page"), num(lastPage)},
                                 {QStringLiteral("next_page"), num(nextPage)},
                                 {QStringLiteral("total_entries"), num(totalEntries)}};
    return QJsonDocument(QJsonObject{{QStringLiteral("servers"), items},
                                     {QStringLiteral("meta"), QJsonObject{{QStringLiteral("pagination"), pagination}}}})
        .toJson(QJsonDocument::Compact);
}

// Every case ends well inside this; the client of the issue never did.
constexpr int kBound = 20000;

int pageOf(const Request &r)
{
    return r.query.queryItemValue(QStringLiteral("page")).toInt();
}

struct Outcome
{
    int finished = 0;
    int items = 0;
    ApiError error;
};

void watch(ListCall *call, Outcome *out)
{
    QObject::connect(call, &ListCall::finished, [call, out] {
        ++out->finished;
        out->items = int(call->items().size());
        out->error = call->error();
    });
}

} // namespace

class TestListBounds : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void absurdLastPage_data();
    void absurdLastPage();
    void nextPageForeverStopsAtTheEntries();
    void emptyPageEndsAWalk();
    void pageWithMoreItemsThanAskedFor();
    void pageTooLarge();
    void itemWithoutId();
    void redirectElsewhereIsNotFollowed();

private:
    void list(Outcome *got);
    FakeHttpServer *m_server = nullptr;
    ApiClient *m_client = nullptr;
};

void TestListBounds::init()
{
    m_server = new FakeHttpServer(this);
    QVERIFY(m_server->listen());
    m_client = new ApiClient;
    m_client->setEndpoint(m_server->endpoint());
    m_client->setToken(kToken);
    m_client->setRetryPolicy(RetryPolicy{3, 10, 50});
    m_client->setPerPage(2);
}

void TestListBounds::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

void TestListBounds::list(Outcome *got)
{
    watch(m_client->listAll(QStringLiteral("/servers"), QStringLiteral("servers")), got);
}

void TestListBounds::absurdLastPage_data()
{
    QTest::addColumn<int>("totalEntries");
    QTest::addColumn<QString>("message");
    QTest::newRow("no total") << -1 << QStringLiteral("the list goes on past 4000 pages");
    QTest::newRow("3 entries") << 3 << QStringLiteral("the API said the list has 1000000 pages for 3 items");
}

void TestListBounds::absurdLastPage()
{
    // last_page = 1000000 once made the client send 369,847 requests in 60 s.
    QFETCH(int, totalEntries);
    QFETCH(QString, message);
    m_server->setHandler([totalEntries](const Request &r) {
        const int page = pageOf(r);
        return FakeHttpServer::json(200, pageBody({page * 2 - 1, page * 2}, 1000000, page + 1, totalEntries));
    });
    Outcome got;
    list(&got);
    QTRY_COMPARE_WITH_TIMEOUT(got.finished, 1, kBound);
    QCOMPARE(got.error.kind, ApiError::Kind::Parse);
    QCOMPARE(got.error.message, message);
    QCOMPARE(got.items, 0);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestListBounds::nextPageForeverStopsAtTheEntries()
{
    // No last_page, and next_page always one more: the walk ends a small
    // margin past what total_entries allows (5 entries, 2 a page: 3 pages + 2).
    m_server->setHandler([](const Request &r) {
        const int page = pageOf(r);
        return FakeHttpServer::json(200, pageBody({page * 2 - 1, page * 2}, -1, page + 1, 5));
    });
    Outcome got;
    list(&got);
    QTRY_COMPARE_WITH_TIMEOUT(got.finished, 1, kBound);
    QCOMPARE(got.error.kind, ApiError::Kind::Parse);
    QCOMPARE(got.error.message, QStringLiteral("the list goes on past 5 pages"));
    QCOMPARE(got.items, 0);
    QCOMPARE(m_server->requests().size(), 5);
}

void TestListBounds::emptyPageEndsAWalk()
{
    // A page with no items ends a walk even when it names a next page.
    m_server->setHandler([](const Request &r) {
        const int page = pageOf(r);
        const QVector<int> ids = page < 3 ? QVector<int>{page * 2 - 1, page * 2} : QVector<int>{};
        return FakeHttpServer::json(200, pageBody(ids, -1, page + 1, -1));
    });
    Outcome got;
    list(&got);
    QTRY_COMPARE_WITH_TIMEOUT(got.finished, 1, kBound);
    QVERIFY2(!got.error.isError(), qPrintable(got.error.message));
    QCOMPARE(got.items, 4);
    QCOMPARE(m_server->requests().size(), 3);
}

void TestListBounds::pageWithMoreItemsThanAskedFor()
{
    m_server->setHandler([](const Request &) { return FakeHttpServer::json(200, pageBody({1, 2, 3}, 1, -1, 3)); });
    Outcome got;
    list(&got);
    QTRY_COMPARE_WITH_TIMEOUT(got.finished, 1, kBound);
    QCOMPARE(got.error.kind, ApiError::Kind::Parse);
    QCOMPARE(got.error.message, QStringLiteral("page 1 has 3 items, more than the 2 asked for"));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestListBounds::pageTooLarge()
{
    // One item padded past the page cap: refused, not parsed, not retried.
    const QByteArray padding(PageFetcher::kMaxPageBytes, 'x');
    const QByteArray body = R"({"servers":[{"id":1,"name":")" + padding + R"("}],"meta":{"pagination":{"last_page":1}}})";
    m_server->setHandler([body](const Request &) { return FakeHttpServer::json(200, body); });
    Outcome got;
    list(&got);
    QTRY_COMPARE_WITH_TIMEOUT(got.finished, 1, kBound);
    QCOMPARE(got.error.kind, ApiError::Kind::Parse);
    QCOMPARE(got.error.message, QStringLiteral("page 1 of the list is 16 MB, more than a list page can be"));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestListBounds::itemWithoutId()
{
    // Rows are keyed by id: items without one would collapse into one row.
    m_server->setHandler([](const Request &) {
        return FakeHttpServer::json(200, R"({"servers":[{"id":1},{"name":"no id"}],"meta":{"pagination":{"last_page":1}}})");
    });
    Outcome got;
    list(&got);
    QTRY_COMPARE_WITH_TIMEOUT(got.finished, 1, kBound);
    QCOMPARE(got.error.kind, ApiError::Kind::Parse);
    QCOMPARE(got.error.message, QStringLiteral("item 2 of the list has no valid id"));
    QCOMPARE(got.items, 0);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestListBounds::redirectElsewhereIsNotFollowed()
{
    // Another listener stands for another host: it must never hear from us,
    // since following would carry the token there.
    QTcpServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress::LocalHost, 0));
    QSignalSpy reached(&elsewhere, &QTcpServer::newConnection);
    const QByteArray location = QStringLiteral("http://localhost:%1/v1/servers").arg(elsewhere.serverPort()).toUtf8();
    m_server->setHandler([location](const Request &) {
        Response r = FakeHttpServer::json(302, {});
        r.headers.append({QByteArrayLiteral("Location"), location});
        return r;
    });
    Outcome got;
    list(&got);
    QTRY_COMPARE_WITH_TIMEOUT(got.finished, 1, kBound);
    QVERIFY(got.error.isError());
    QCOMPARE(got.error.httpStatus, 302);
    QCOMPARE(got.items, 0);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(reached.count(), 0);
}

QTEST_GUILESS_MAIN(TestListBounds)
#include "tst_listbounds.moc"
