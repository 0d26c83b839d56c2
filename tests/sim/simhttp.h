#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

// Plain QNetworkAccessManager requests for the simulator tests: the
// simulator is checked on its own, not through the project's ApiClient.
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers;  // names lower-cased

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QString errorCode() const;
};

class SimHttp
{
public:
    explicit SimHttp(const QUrl &endpoint) : m_endpoint(endpoint) { }

    // GET endpoint + pathAndQuery ("/servers?page=2"), waiting with QSignalSpy.
    HttpResult get(const QString &pathAndQuery, const QString &token) const;
    HttpResult getUrl(const QUrl &url, const QString &token) const;
    // Any method with a JSON body (none for an empty object on DELETE).
    HttpResult send(const QByteArray &method, const QString &path, const QString &token,
                    const QJsonObject &body = {}) const;
    // Every item of a list, following next_page at per_page=50.
    QJsonArray all(const QString &kind, const QString &token, const QString &query = QString()) const;

    QUrl url(const QString &pathAndQuery) const;

private:
    HttpResult finish(class QNetworkReply *reply) const;

    QUrl m_endpoint;
    mutable QNetworkAccessManager m_nam;
};

// 64-character tokens as the API issues them.
QString testToken(char fill);
