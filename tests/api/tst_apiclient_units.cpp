// Pure parts of the API client: retry timing, error texts, page parsing,
// and the off-thread hand-back. No network.
#include "core/api/apierror.h"
#include "core/api/jsonparse.h"
#include "core/api/retry.h"
#include "core/models/resourcerow.h"
#include "core/resources/nameindex.h"
#include "core/resources/resourcekind.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSemaphore>
#include <QTest>
#include <QThread>

using namespace hcloud;

class TestApiClientUnits : public QObject
{
    Q_OBJECT
private slots:
    void retryableStatuses();
    void retryAfterSeconds();
    void retryAfterDate();
    void rateLimitRefillEstimate();
    void rateLimitResetWithoutLimit();
    void budgetHeadersIgnoredUnlessRateLimited();
    void exponentialBackoff();
    void errorFromApiBody();
    void errorWithoutBody_data();
    void errorWithoutBody();
    void userTexts();
    void invalidInputListsFields();
    void rateLimitTextSaysWhen();
    void userTextRedactsTokens();
    void pageParsing();
    void pageParsingErrors();
    void rowPageRefusesTwoIds();
    void offThreadDelivery();
    void offThreadSkipsDeadContext();
};

namespace {
const QDateTime kNow = QDateTime(QDate(2025, 3, 1), QTime(12, 0, 0), Qt::UTC);
}

void TestApiClientUnits::retryableStatuses()
{
    for (int s : {0, 429, 502, 503, 504})
        QVERIFY2(isRetryableStatus(s), qPrintable(QString::number(s)));
    for (int s : {200, 400, 401, 403, 404, 409, 422, 423, 500, 501})
        QVERIFY2(!isRetryableStatus(s), qPrintable(QString::number(s)));
}

void TestApiClientUnits::retryAfterSeconds()
{
    RetryPolicy policy{4, 100, 10000};
    RetryHints hints;
    hints.retryAfter = "3";
    QCOMPARE(retryDelayMs(policy, 1, 503, hints, kNow), 3000);
    QCOMPARE(serverRetryTime(503, hints, kNow), kNow.addSecs(3));
    // Capped by the policy.
    hints.retryAfter = "3600";
    QCOMPARE(retryDelayMs(policy, 1, 429, hints, kNow), 10000);
    // Retry-After wins over the budget headers.
    hints = {"2", "3600", "0", QByteArray::number(kNow.toSecsSinceEpoch() + 3600)};
    QCOMPARE(retryDelayMs(policy, 1, 429, hints, kNow), 2000);
}

void TestApiClientUnits::retryAfterDate()
{
    RetryHints hints;
    hints.retryAfter = "Sat, 01 Mar 2025 12:00:07 GMT";
    QCOMPARE(retryDelayMs(RetryPolicy{}, 1, 503, hints, kNow), 7000);
}

void TestApiClientUnits::rateLimitRefillEstimate()
{
    // 3600 per hour, empty, full again in an hour: one request per second.
    RetryHints hints{{}, "3600", "0", QByteArray::number(kNow.toSecsSinceEpoch() + 3600)};
    QCOMPARE(retryDelayMs(RetryPolicy{}, 1, 429, hints, kNow), 1000);
    // 600 missing, full in 1200 s: one request per 2 s.
    hints = {{}, "3600", "3000", QByteArray::number(kNow.toSecsSinceEpoch() + 1200)};
    QCOMPARE(retryDelayMs(RetryPolicy{}, 1, 429, hints, kNow), 2000);
    // A reset in the past: go now.
    hints = {{}, "3600", "0", QByteArray::number(kNow.toSecsSinceEpoch() - 5)};
    QCOMPARE(retryDelayMs(RetryPolicy{}, 1, 429, hints, kNow), 0);
}

void TestApiClientUnits::rateLimitResetWithoutLimit()
{
    RetryHints hints;
    hints.rateLimitReset = QByteArray::number(kNow.toSecsSinceEpoch() + 20);
    QCOMPARE(retryDelayMs(RetryPolicy{4, 100, 60000}, 1, 429, hints, kNow), 20000);
    QCOMPARE(retryDelayMs(RetryPolicy{4, 100, 5000}, 1, 429, hints, kNow), 5000);
}

void TestApiClientUnits::budgetHeadersIgnoredUnlessRateLimited()
{
    // A 503 carries budget headers too; they do not say when the service is back.
    RetryHints hints{{}, "3600", "0", QByteArray::number(kNow.toSecsSinceEpoch() + 3600)};
    QVERIFY(!serverRetryTime(503, hints, kNow).isValid());
    const int delay = retryDelayMs(RetryPolicy{4, 100, 60000}, 1, 503, hints, kNow);
    QVERIFY2(delay >= 100 && delay <= 125, qPrintable(QString::number(delay)));
}

void TestApiClientUnits::exponentialBackoff()
{
    const RetryPolicy policy{10, 100, 1000};
    const QVector<QPair<int, int>> ranges{{100, 125}, {200, 250}, {400, 500}, {800, 1000}, {1000, 1000}};
    for (int attempt = 1; attempt <= ranges.size(); ++attempt) {
        for (int i = 0; i < 20; ++i) {
            const int d = retryDelayMs(policy, attempt, 503, {}, kNow);
            QVERIFY2(d >= ranges[attempt - 1].first && d <= ranges[attempt - 1].second,
                     qPrintable(QStringLiteral("attempt %1: %2 ms").arg(attempt).arg(d)));
        }
    }
    QCOMPARE(retryDelayMs(policy, 1000, 0, {}, kNow), 1000);
}

void TestApiClientUnits::errorFromApiBody()
{
    const QByteArray body = R"({"error":{"code":"uniqueness_error","message":"name is already used","details":{"fields":[{"name":"name"}]}}})";
    const ApiError e = ApiError::fromHttp(409, body);
    QCOMPARE(e.kind, ApiError::Kind::Api);
    QCOMPARE(e.httpStatus, 409);
    QCOMPARE(e.code, QStringLiteral("uniqueness_error"));
    QCOMPARE(e.message, QStringLiteral("name is already used"));
    QVERIFY(e.details.isObject());
    QVERIFY(e.isError());
    QVERIFY(e.userText().contains(QStringLiteral("already in use")));
    QVERIFY(e.userText().contains(QStringLiteral("name is already used")));
}

void TestApiClientUnits::errorWithoutBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("401 empty") << 401 << QByteArray() << QStringLiteral("unauthorized");
    QTest::newRow("404 text") << 404 << QByteArray("Not Found") << QStringLiteral("not_found");
    QTest::newRow("429") << 429 << QByteArray() << QStringLiteral("rate_limit_exceeded");
    QTest::newRow("502 html") << 502 << QByteArray("<html>Bad Gateway</html>") << QStringLiteral("server_error");
    QTest::newRow("503") << 503 << QByteArray("{}") << QStringLiteral("unavailable");
    QTest::newRow("504") << 504 << QByteArray() << QStringLiteral("timeout");
    QTest::newRow("418") << 418 << QByteArray() << QStringLiteral("http_error");
}

void TestApiClientUnits::errorWithoutBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const ApiError e = ApiError::fromHttp(status, body);
    QCOMPARE(e.kind, ApiError::Kind::Api);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, code);
    QVERIFY(!e.userText().isEmpty());
}

void TestApiClientUnits::userTexts()
{
    auto text = [](const char *code) {
        ApiError e;
        e.kind = ApiError::Kind::Api;
        e.code = QString::fromLatin1(code);
        return e.userText();
    };
    QCOMPARE(text("unauthorized"),
             QStringLiteral("The API token was rejected. It may have been deleted in the Hetzner Console; add a new one."));
    QCOMPARE(text("token_readonly"),
             QStringLiteral("This token is read-only. Add a Read & Write token to change resources."));
    // Both come as 401; the body's code decides which it is.
    const ApiError readOnly = ApiError::fromHttp(
        401, R"({"error":{"code":"token_readonly","message":"The token is read-only","details":null}})");
    QCOMPARE(readOnly.code, QStringLiteral("token_readonly"));
    QVERIFY(readOnly.userText().startsWith(text("token_readonly")));
    const ApiError rejected
        = ApiError::fromHttp(401, R"({"error":{"code":"unauthorized","message":"unable to authenticate","details":null}})");
    QCOMPARE(rejected.code, QStringLiteral("unauthorized"));
    QCOMPARE(ApiError::fromHttp(401, "").code, QStringLiteral("unauthorized"));
    // Every documented code has its own words, not the generic fallback.
    const QString generic = text("no_such_code");
    QVERIFY(generic.contains(QStringLiteral("no_such_code")));
    QSet<QString> seen;
    for (const char *code : {"forbidden", "not_found", "rate_limit_exceeded", "locked", "protected",
                             "invalid_input", "uniqueness_error", "server_not_stopped", "conflict",
                             "service_error", "maintenance", "timeout", "unavailable", "json_error",
                             "resource_limit_exceeded", "resource_unavailable", "unsupported_error"}) {
        const QString t = text(code);
        QVERIFY2(!t.startsWith(generic.left(25)), code);
        QVERIFY2(!seen.contains(t), code);
        seen.insert(t);
    }
    QCOMPARE(ApiError().userText(), QString());
    const ApiError net = ApiError::network(QStringLiteral("Connection refused"));
    QCOMPARE(net.kind, ApiError::Kind::Network);
    QCOMPARE(net.code, QStringLiteral("network_error"));
    QVERIFY(net.userText().contains(QStringLiteral("could not be reached")));
    QVERIFY(net.userText().contains(QStringLiteral("Connection refused")));
    QCOMPARE(ApiError::parse(QStringLiteral("x")).kind, ApiError::Kind::Parse);
    // The vault's own advice, as it is: no API headline, no "Details:".
    const QString advice = QStringLiteral("The keychain is locked. Unlock it, then try again.");
    const ApiError vault = ApiError::keychain(advice);
    QCOMPARE(vault.kind, ApiError::Kind::Keychain);
    QVERIFY(vault.isError());
    QCOMPARE(vault.httpStatus, 0);
    QCOMPARE(vault.userText(), advice);
    QVERIFY(!ApiError::keychain({}).userText().isEmpty());
}

void TestApiClientUnits::invalidInputListsFields()
{
    const QByteArray body = R"({"error":{"code":"invalid_input","message":"invalid input in fields 'name', 'image'",
        "details":{"fields":[{"name":"name","messages":["is too long","contains bad characters"]},
                             {"name":"image","messages":["is required"]}]}}})";
    const QString t = ApiError::fromHttp(400, body).userText();
    QVERIFY2(t.contains(QStringLiteral("name: is too long; contains bad characters")), qPrintable(t));
    QVERIFY2(t.contains(QStringLiteral("image: is required")), qPrintable(t));
}

void TestApiClientUnits::rateLimitTextSaysWhen()
{
    ApiError e = ApiError::fromHttp(429, R"({"error":{"code":"rate_limit_exceeded","message":"limit reached"}})");
    QVERIFY(!e.userText().contains(QStringLiteral("second")));
    e.retryAfter = QDateTime::currentDateTimeUtc().addSecs(30);
    const QString soon = e.userText();
    const QTime at = e.retryAfter.toLocalTime().time();
    QVERIFY2(soon.contains(QStringLiteral("Try again after")), qPrintable(soon));
    QVERIFY2(soon.contains(QLocale().toString(at, QLocale::LongFormat)), qPrintable(soon));
    e.retryAfter = QDateTime::currentDateTimeUtc().addSecs(1800);
    const QString later = e.userText();
    QVERIFY2(later.contains(QLocale().toString(e.retryAfter.toLocalTime().time(), QLocale::ShortFormat)),
             qPrintable(later));
}

void TestApiClientUnits::userTextRedactsTokens()
{
    const QString token = QString(32, QLatin1Char('P')) + QString(32, QLatin1Char('S'));
    ApiError e = ApiError::network(QStringLiteral("failed: Bearer %1").arg(token));
    QVERIFY(!e.userText().contains(QString(32, QLatin1Char('S'))));
    QVERIFY(!e.userText().contains(QString(8, QLatin1Char('S'))));
}

void TestApiClientUnits::pageParsing()
{
    const QByteArray body = R"({"servers":[{"id":1},{"id":2},{"id":3}],
        "meta":{"pagination":{"page":1,"per_page":3,"previous_page":null,"next_page":2,"last_page":4,"total_entries":11}}})";
    const ParsedPage page = parsePage(body, QStringLiteral("servers"));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.items.size(), 3);
    QCOMPARE(page.items.at(2).value(QLatin1String("id")).toInt(), 3);
    QCOMPARE(page.lastPage, 4);
    QCOMPARE(page.nextPage, 2);
    QCOMPARE(page.totalEntries, 11);

    const ParsedPage bare = parsePage(R"({"servers":[],"meta":{"pagination":{"last_page":null,"next_page":null}}})",
                                      QStringLiteral("servers"));
    QVERIFY(bare.error.isEmpty());
    QCOMPARE(bare.lastPage, -1);
    QCOMPARE(bare.nextPage, -1);
}

void TestApiClientUnits::pageParsingErrors()
{
    QVERIFY(!parsePage("not json", QStringLiteral("servers")).error.isEmpty());
    // Items that are no objects, or have no id a row could be keyed by, are
    // refused with their position rather than dropped or merged.
    QCOMPARE(parsePage(R"({"servers":[{"id":1},7]})", QStringLiteral("servers")).error,
             QStringLiteral("item 2 of the list is not an object"));
    for (const char *bad : {R"({"servers":[{"name":"x"}]})", R"({"servers":[{"id":0}]})", R"({"servers":[{"id":1.5}]})",
                            R"({"servers":[{"id":""}]})", R"({"servers":[{"id":null}]})"})
        QCOMPARE(parsePage(bad, QStringLiteral("servers")).error, QStringLiteral("item 1 of the list has no valid id"));
    QVERIFY(!parsePage("[1,2]", QStringLiteral("servers")).error.isEmpty());
    QVERIFY(!parsePage(R"({"volumes":[]})", QStringLiteral("servers")).error.isEmpty());
    QVERIFY(!parseObject("{").error.isEmpty());
    QVERIFY(parseObject("{}").error.isEmpty());
}

void TestApiClientUnits::rowPageRefusesTwoIds()
{
    // The splitter checks one id and the row keeps Qt's (the last): with
    // two ids in an item they would differ, so the item is refused.
    const QByteArray body = R"({"servers":[{"id":1,"name":"a","id":2}]})";
    QCOMPARE(splitListPage(body, QStringLiteral("servers")).error,
             QStringLiteral("item 1 of the list has no valid id"));
    const NameIndex names;
    const auto page = rowPageReader(serverKind(), names)(body);
    QCOMPARE(page->error, QStringLiteral("item 1 of the list has no valid id"));
    QCOMPARE(page->itemCount, 0);

    const auto good = rowPageReader(serverKind(), names)(R"({"servers":[{"id":7,"name":"a"}]})");
    QVERIFY2(good->error.isEmpty(), qPrintable(good->error));
    QCOMPARE(static_cast<const RowPage &>(*good).rows.at(0)->id, 7);
}

void TestApiClientUnits::offThreadDelivery()
{
    QObject context;
    QThread *worker = nullptr;
    QThread *delivered = nullptr;
    int result = 0;
    runOffThread(
        &context, [&worker] { worker = QThread::currentThread(); return 42; },
        [&](int r) { result = r; delivered = QThread::currentThread(); });
    QTRY_COMPARE(result, 42);
    QVERIFY(worker != QThread::currentThread());
    QCOMPARE(delivered, QThread::currentThread());
}

void TestApiClientUnits::offThreadSkipsDeadContext()
{
    auto *context = new QObject;
    QSemaphore started;
    QSemaphore release;
    bool called = false;
    runOffThread(
        context, [&] { started.release(); release.acquire(); return 1; },
        [&called](int) { called = true; });
    started.acquire();   // the work runs now; its context goes away under it
    delete context;
    release.release();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!called);

    // The same path with a live context does deliver: the check above can fail.
    QObject alive;
    runOffThread(&alive, [] { return 1; }, [&called](int) { called = true; });
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QCoreApplication::sendPostedEvents();
    QVERIFY(called);
}

QTEST_GUILESS_MAIN(TestApiClientUnits)
#include "tst_apiclient_units.moc"
