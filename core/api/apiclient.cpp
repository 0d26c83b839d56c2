#include "core/api/apiclient.h"
#include "core/api/httpexchange.h"
#include "core/api/jsonparse.h"
#include "core/api/logging.h"
#include "core/api/oneshotbody.h"
#include "core/api/pagefetcher.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>

namespace hcloud {

namespace {

void finishCall(ApiCall *call)
{
    // deleteLater first: a slot may delete the call during the emit.
    call->deleteLater();
    emit call->finished();
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_pageNam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<hcloud::RateLimit>();
}

ApiClient::~ApiClient()
{
    // Calls go before the network manager, so their requests are aborted
    // while the client they report to still exists.
    const QObjectList kids = children();
    for (QObject *kid : kids) {
        if (kid != m_nam && kid != m_pageNam && (qobject_cast<ApiCall *>(kid) || qobject_cast<ListCall *>(kid)))
            delete kid;
    }
    delete m_nam;
    m_nam = nullptr;
    delete m_pageNam;
    m_pageNam = nullptr;
}

void ApiClient::setEndpoint(const QUrl &endpoint)
{
    m_endpoint = endpoint;
    QString path = m_endpoint.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_endpoint.setPath(path);
}

void ApiClient::setToken(const QString &token)
{
    m_token = token;
}

ApiCall *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return startCall(QByteArrayLiteral("GET"), path, query, {}, true);
}

ApiCall *ApiClient::post(const QString &path, const QJsonObject &body)
{
    return startCall(QByteArrayLiteral("POST"), path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
                     false);
}

ApiCall *ApiClient::put(const QString &path, const QJsonObject &body)
{
    return startCall(QByteArrayLiteral("PUT"), path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
                     false);
}

ApiCall *ApiClient::deleteResource(const QString &path)
{
    return startCall(QByteArrayLiteral("DELETE"), path, {}, {}, false);
}

QVector<QJsonObject> ListCall::items() const
{
    // An item that slid across a page boundary while we fetched shows up
    // twice; the first occurrence keeps its place in API order.
    QVector<QJsonObject> items;
    QSet<QString> seen;
    for (const ListPagePtr &page : m_pages) {
        const auto *json = dynamic_cast<const JsonPage *>(page.get());
        if (!json)
            continue;
        for (const QJsonObject &item : json->items) {
            const QJsonValue id = item.value(QLatin1String("id"));
            const QString key = id.isString() ? QLatin1Char('s') + id.toString() : QString::number(id.toInteger());
            if (seen.contains(key))
                continue;
            seen.insert(key);
            items.append(item);
        }
    }
    return items;
}

ListCall *ApiClient::listAll(const QString &path, const QString &jsonKey, const QUrlQuery &query)
{
    return listPages(path, query, [jsonKey](const QByteArray &body) {
        return std::shared_ptr<ListPage>(std::make_shared<JsonPage>(parsePage(body, jsonKey)));
    });
}

ListCall *ApiClient::listPages(const QString &path, const QUrlQuery &query, PageReader reader, bool keepPages)
{
    auto *call = new ListCall(this);
    auto *fetcher = new PageFetcher(this, call, path, query, std::move(reader), keepPages);
    // Started from the event loop, so the caller connects before anything can finish.
    QMetaObject::invokeMethod(fetcher, &PageFetcher::start, Qt::QueuedConnection);
    return call;
}

ApiCall *ApiClient::startCall(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                              const QByteArray &body, bool retryable)
{
    auto *call = new ApiCall(this);
    auto onAnswer = [call](const HttpResult &result) {
        call->m_httpStatus = result.httpStatus;
        call->m_attempts = result.attempts;
        call->m_outcomeUnknown = result.outcomeUnknown;
        call->m_error = result.error();
        if (call->m_error.isError() || result.body.trimmed().isEmpty()) {
            finishCall(call);
            return;
        }
        auto read = [call](const ParsedObject &parsed) {
            if (!parsed.error.isEmpty())
                call->m_error = ApiError::parse(parsed.error);
            call->m_json = parsed.object;
            finishCall(call);
        };
        if (result.body.size() <= kInlineParseLimit)
            read(parseObject(result.body));
        else
            runOffThread(call, [body = result.body] { return parseObject(body); }, read);
    };
    auto *exchange = new HttpExchange(this, verb, path, query, body, retryable, onAnswer, call);
    // Started from the event loop, so the caller connects before anything can finish.
    QMetaObject::invokeMethod(exchange, &HttpExchange::start, Qt::QueuedConnection);
    return call;
}

QNetworkReply *ApiClient::sendRequest(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                                      const QByteArray &body)
{
    QUrl url = m_endpoint;
    url.setPath(m_endpoint.path() + path);
    url.setQuery(query);

    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("hcloud-desktop/0.1"));
    request.setRawHeader("Accept", "application/json");
    // The API never redirects; following one could carry the token elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_transferTimeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    ++m_requestsSent;
    if (verb == "GET") {
        // Qt keeps six HTTP/1.1 connections per host and manager; a second
        // manager lets a long list have twelve pages in flight. Over HTTP/2
        // (the real API) each manager multiplexes on one connection anyway.
        return (m_getTurn++ % 2 ? m_pageNam : m_nam)->get(request);
    }
    // A write leaves at most once: its body cannot be rewound, so Qt cannot
    // re-send it (see OneShotBody). HTTP/1.1 only, where that is the rule
    // the channel follows; the length is given so Qt streams the body as is.
    auto *once = new OneShotBody(body);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, once);
    once->setParent(reply);
    return reply;
}

void ApiClient::updateRateLimit(const QNetworkReply &reply)
{
    bool limitOk = false;
    bool remainingOk = false;
    RateLimit next;
    next.limit = reply.rawHeader("RateLimit-Limit").trimmed().toInt(&limitOk);
    next.remaining = reply.rawHeader("RateLimit-Remaining").trimmed().toInt(&remainingOk);
    if (!limitOk || !remainingOk)
        return;
    bool resetOk = false;
    const qint64 reset = reply.rawHeader("RateLimit-Reset").trimmed().toLongLong(&resetOk);
    if (resetOk)
        next.reset = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    if (next == m_rateLimit)
        return;
    m_rateLimit = next;
    emit rateLimitChanged(m_rateLimit);
}

void ApiClient::requestStarted()
{
    ++m_requestsInFlight;
    m_peakRequestsInFlight = qMax(m_peakRequestsInFlight, m_requestsInFlight);
}

void ApiClient::requestEnded()
{
    --m_requestsInFlight;
}

} // namespace hcloud
