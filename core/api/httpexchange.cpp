#include "core/api/httpexchange.h"
#include "core/api/apiclient.h"
#include "core/api/logging.h"
#include "core/api/redact.h"
#include "core/api/retry.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace hcloud {

namespace {

// Failures that another attempt cannot fix.
bool isPermanentTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    default:
        return false;
    }
}

// The connection failed, whatever the status line said: a body cut off, a
// reset mid-body, the transfer timeout after the headers. HTTP statuses map
// to codes from 201 up, except ProtocolFailure (a broken message).
bool isTransportError(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
        || error == QNetworkReply::ProtocolFailure;
}

// Failures before the request could leave: nothing reached the API.
bool requestNeverLeft(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

QString transportText(const QNetworkReply &reply, QNetworkReply::NetworkError error, int httpStatus)
{
    if (error == QNetworkReply::ContentReSendError)
        return QCoreApplication::translate("hcloud::HttpExchange",
                                           "The connection closed before the API answered.");
    if (httpStatus != 0)
        return QCoreApplication::translate("hcloud::HttpExchange",
                                           "The connection broke while the answer (HTTP %1) arrived: %2")
            .arg(httpStatus)
            .arg(redact(reply.errorString()));
    return redact(reply.errorString());
}

RetryHints hintsOf(const QNetworkReply &reply)
{
    return {reply.rawHeader("Retry-After"), reply.rawHeader("RateLimit-Limit"),
            reply.rawHeader("RateLimit-Remaining"), reply.rawHeader("RateLimit-Reset")};
}

} // namespace

ApiError HttpResult::error() const
{
    if (httpStatus == 0)
        return ApiError::network(transportError);
    if (isSuccess())
        return {};
    ApiError e = ApiError::fromHttp(httpStatus, body);
    e.retryAfter = retryAfter;
    return e;
}

HttpExchange::HttpExchange(ApiClient *client, const QByteArray &verb, const QString &path,
                           const QUrlQuery &query, const QByteArray &body, bool retryable, Done done,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_verb(verb)
    , m_path(path)
    , m_query(query)
    , m_body(body)
    , m_retryable(retryable)
    , m_done(std::move(done))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpExchange::send);
    // The transfer timeout only notices silence; an answer that drips a
    // byte now and then must end too.
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpExchange::onDeadline);
}

HttpExchange::~HttpExchange()
{
    dropReply();
}

void HttpExchange::start()
{
    m_started.start();
    if (m_client->m_requestDeadlineMs > 0)
        m_deadline.start(m_client->m_requestDeadlineMs);
    send();
}

void HttpExchange::onDeadline()
{
    m_retryTimer.stop();
    const bool wasOnTheWire = m_reply;
    dropReply();
    qCDebug(lcApi).noquote() << m_verb << redact(m_path) << "gave up after" << m_started.elapsed() << "ms";
    HttpResult result;
    result.transportError = QCoreApplication::translate(
        "hcloud::HttpExchange", "No complete answer within %1 seconds; the request was stopped.")
                                .arg(m_client->m_requestDeadlineMs / 1000);
    result.attempts = m_attempt;
    result.outcomeUnknown = wasOnTheWire && !m_retryable;
    finish(result);
}

void HttpExchange::finish(HttpResult result)
{
    m_deadline.stop();
    m_retryTimer.stop();
    // The callback may destroy this object: touch nothing afterwards.
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}

void HttpExchange::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    // Disconnect first: abort() emits finished() synchronously.
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning()) {
        qCDebug(lcApi).noquote() << "abort" << m_verb << redact(m_path);
        reply->abort();
    }
    reply->deleteLater();
    m_client->requestEnded();
}

void HttpExchange::send()
{
    ++m_attempt;
    m_clock.start();
    m_reply = m_client->sendRequest(m_verb, m_path, m_query, m_body);
    m_client->requestStarted();
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onReplyFinished);
}

void HttpExchange::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const QNetworkReply::NetworkError netError = reply->error();
    HttpResult result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (result.httpStatus == 0 || isTransportError(netError)) {
        // A status line followed by a broken body is no answer at all.
        result.transportError = transportText(*reply, netError, result.httpStatus);
        result.httpStatus = 0;
        result.body.clear();
        result.outcomeUnknown = !m_retryable && !requestNeverLeft(netError);
    }
    const RetryHints hints = hintsOf(*reply);
    dropReply(); // the reply itself is deleted later, so it can still be read below
    QPointer<HttpExchange> self(this);
    m_client->updateRateLimit(*reply);
    if (!self) // a rateLimitChanged slot tore everything down
        return;

    const QString what = QString::fromLatin1(m_verb) + QLatin1Char(' ')
        + redact(m_path + (m_query.isEmpty() ? QString() : QLatin1Char('?') + m_query.toString()));
    qCDebug(lcApi).noquote() << QStringLiteral("%1 -> %2 in %3 ms (attempt %4)")
                                    .arg(what,
                                         result.httpStatus ? QString::number(result.httpStatus)
                                                           : result.transportError)
                                    .arg(m_clock.elapsed())
                                    .arg(m_attempt);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool transient = result.httpStatus == 0 ? !isPermanentTransportError(netError)
                                                  : isRetryableStatus(result.httpStatus);
    const RetryPolicy &policy = m_client->m_retry;
    const int delay = retryDelayMs(policy, m_attempt, result.httpStatus, hints, now);
    const int deadline = m_client->m_requestDeadlineMs;
    const bool timeLeft = deadline <= 0 || m_started.elapsed() + delay < deadline;
    if (transient && m_retryable && m_attempt < policy.maxAttempts && timeLeft) {
        qCDebug(lcApi).noquote() << QStringLiteral("retrying %1 in %2 ms (attempt %3 of %4)")
                                        .arg(what)
                                        .arg(delay)
                                        .arg(m_attempt + 1)
                                        .arg(policy.maxAttempts);
        m_retryTimer.start(delay);
        return;
    }
    if (transient && !m_retryable)
        qCDebug(lcApi).noquote() << "not retrying" << what << "(not idempotent)";
    result.retryAfter = serverRetryTime(result.httpStatus, hints, now);
    result.attempts = m_attempt;
    finish(result);
}

} // namespace hcloud
