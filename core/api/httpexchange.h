#pragma once

#include "core/api/apierror.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

class QNetworkReply;

namespace hcloud {

class ApiClient;

// The last answer of an exchange (after any retries).
struct HttpResult
{
    int httpStatus = 0;       // 0: no HTTP answer arrived
    QByteArray body;
    QString transportError;   // set when httpStatus is 0
    QDateTime retryAfter;     // from the answer's hints, when it gave any
    int attempts = 0;         // requests sent, retries included
    // A write without an answer whose request may have reached the API:
    // whether it was done is for a fresh look at the object to tell.
    bool outcomeUnknown = false;

    bool isSuccess() const { return httpStatus >= 200 && httpStatus < 300; }
    // None for 2xx; the body of a 2xx answer is the caller's to read.
    ApiError error() const;
};

// One HTTP request to the API, repeated under the client's retry policy when
// that is safe (GET). Reports once through the callback; destroying it first
// aborts the request and nothing is reported.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const HttpResult &)>;

    HttpExchange(ApiClient *client, const QByteArray &verb, const QString &path, const QUrlQuery &query,
                 const QByteArray &body, bool retryable, Done done, QObject *parent);
    ~HttpExchange() override;

    void start();

private:
    void send();
    void onReplyFinished();
    void onDeadline();
    void finish(HttpResult result);
    void dropReply();

    ApiClient *m_client;
    QByteArray m_verb;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    bool m_retryable;
    Done m_done;
    int m_attempt = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_deadline;       // the whole exchange, retries and all
    QElapsedTimer m_clock;   // this attempt
    QElapsedTimer m_started; // the whole exchange
};

} // namespace hcloud
