#pragma once

#include "core/api/apierror.h"
#include "core/api/listpage.h"
#include "core/api/ratelimit.h"
#include "core/api/retry.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <QVector>

class QNetworkAccessManager;
class QNetworkReply;

namespace hcloud {

// One GET (retried under the retry policy) or one write (never retried).
// Emits finished() exactly once, then deletes itself later.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    const QJsonObject &json() const { return m_json; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    // Requests sent, retries included.
    int attempts() const { return m_attempts; }
    // A write that got no answer although it may have reached the API.
    bool outcomeUnknown() const { return m_outcomeUnknown; }
signals:
    void finished();
protected:
    friend class ApiClient;
    QJsonObject m_json;
    ApiError m_error;
    int m_httpStatus = 0;
    int m_attempts = 0;
    bool m_outcomeUnknown = false;
};

// Every page of a list endpoint. Page 1 tells the total; the remaining pages
// are fetched concurrently (bounded), each read by the call's reader.
class ListCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // The pages as read, in page order, once finished without error.
    const QVector<ListPagePtr> &pages() const { return m_pages; }
    // With the plain reader: the objects, unique by "id", in API order.
    QVector<QJsonObject> items() const;
    const ApiError &error() const { return m_error; }
    // HTTP requests this list sent, pages asked for again included.
    int requests() const { return m_requests; }
signals:
    // Each page as soon as it is read, in the order they arrive.
    void pageRead(const hcloud::ListPagePtr &page);
    // pagesTotal is 0 while unknown (an endpoint without last_page).
    void progress(int pagesDone, int pagesTotal);
    void finished();
protected:
    friend class ApiClient;
    friend class PageFetcher;
    QVector<ListPagePtr> m_pages;
    ApiError m_error;
    int m_requests = 0;
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    static QUrl defaultEndpoint() { return QUrl(QStringLiteral("https://api.hetzner.cloud/v1")); }

    void setEndpoint(const QUrl &endpoint);
    QUrl endpoint() const { return m_endpoint; }
    // The token lives here in memory only for as long as the client does.
    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setMaxConcurrentPages(int n) { m_maxConcurrentPages = qMax(1, n); }
    void setPerPage(int n) { m_perPage = qBound(1, n, 50); }
    int perPage() const { return m_perPage; }
    int maxConcurrentPages() const { return m_maxConcurrentPages; }
    // A list that reads no page for this long fails (pages are retried until then).
    void setListStallLimitMs(int ms) { m_listStallLimitMs = ms; }
    // Every HTTP request this client sent, retries included.
    int requestsSent() const { return m_requestsSent; }
    // Longest a request may take, retries included; 0 for none.
    void setRequestDeadlineMs(int ms) { m_requestDeadlineMs = qMax(0, ms); }
    int requestDeadlineMs() const { return m_requestDeadlineMs; }
    // Longest silence within one request before it fails (and a GET is retried).
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = qMax(1, ms); }

    RateLimit rateLimit() const { return m_rateLimit; }

    // HTTP requests on the wire now, and the most at once since the last
    // reset: lets tests see that list pages really overlap.
    int requestsInFlight() const { return m_requestsInFlight; }
    int peakRequestsInFlight() const { return m_peakRequestsInFlight; }
    void resetPeakRequestsInFlight() { m_peakRequestsInFlight = m_requestsInFlight; }

    ApiCall *get(const QString &path, const QUrlQuery &query = {});
    ApiCall *post(const QString &path, const QJsonObject &body);
    ApiCall *put(const QString &path, const QJsonObject &body);
    ApiCall *deleteResource(const QString &path);

    // path like "/servers", jsonKey like "servers". page and per_page in
    // query are replaced; everything else (sort, label_selector) is kept.
    // Calls are children of the client: destroying it aborts them silently.
    ListCall *listAll(const QString &path, const QString &jsonKey, const QUrlQuery &query = {});
    // The same with the caller's reader: pages arrive through pageRead().
    // Without keepPages a page is let go once read, so a long list that is
    // merged as it streams is never held twice (pages() stays empty).
    ListCall *listPages(const QString &path, const QUrlQuery &query, PageReader reader, bool keepPages = true);

signals:
    void rateLimitChanged(const hcloud::RateLimit &rateLimit);

private:
    // Implementation detail; see apiclient.cpp.
    friend class PageFetcher;
    friend class HttpExchange;

    ApiCall *startCall(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                       const QByteArray &body, bool retryable);
    QNetworkReply *sendRequest(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                               const QByteArray &body);
    void updateRateLimit(const QNetworkReply &reply);
    void requestStarted();
    void requestEnded();

    QNetworkAccessManager *m_nam = nullptr;
    QNetworkAccessManager *m_pageNam = nullptr; // more GETs at once; see sendRequest()
    unsigned m_getTurn = 0;
    QUrl m_endpoint = defaultEndpoint();
    QString m_token;
    RetryPolicy m_retry;
    // Enough pages in flight that a long list costs a few round trips, not
    // one per page; the API's burst allowance takes it easily.
    int m_maxConcurrentPages = 12;
    int m_listStallLimitMs = 90 * 1000;
    int m_requestsSent = 0;
    int m_perPage = 50;
    // Under two minutes: an answer that drips never keeps a window waiting longer.
    int m_requestDeadlineMs = 100000;
    // A stalled connection fails (and a GET is retried) instead of hanging.
    int m_transferTimeoutMs = 60000;
    RateLimit m_rateLimit;
    int m_requestsInFlight = 0;
    int m_peakRequestsInFlight = 0;
};

} // namespace hcloud
