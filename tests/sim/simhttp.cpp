#include "tests/sim/simhttp.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

QString HttpResult::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QUrl SimHttp::url(const QString &pathAndQuery) const
{
    return QUrl(m_endpoint.toString() + pathAndQuery);
}

HttpResult SimHttp::get(const QString &pathAndQuery, const QString &token) const
{
    return getUrl(url(pathAndQuery), token);
}

HttpResult SimHttp::getUrl(const QUrl &url, const QString &token) const
{
    QNetworkRequest request(url);
    if (!token.isNull())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return finish(m_nam.get(request));
}

HttpResult SimHttp::send(const QByteArray &method, const QString &path, const QString &token,
                         const QJsonObject &body) const
{
    QNetworkRequest request(url(path));
    if (!token.isNull())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QByteArray data;
    if (method != "DELETE" || !body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return finish(m_nam.sendCustomRequest(request, method, data));
}

HttpResult SimHttp::finish(QNetworkReply *reply) const
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(15000))
        qWarning("request to %s timed out", qPrintable(reply->url().toString()));

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return result;
}

QJsonArray SimHttp::all(const QString &kind, const QString &token, const QString &query) const
{
    QJsonArray items;
    int page = 1;
    while (page > 0) {
        const HttpResult r
            = get(QStringLiteral("/%1?per_page=50&page=%2%3").arg(kind).arg(page).arg(query), token);
        if (r.status != 200) {
            qWarning("listing %s failed with %d", qPrintable(kind), r.status);
            return items;
        }
        const QJsonArray pageItems = r.json.value(kind).toArray();
        for (const auto &item : pageItems)
            items.append(item);
        const QJsonValue next
            = r.json[QStringLiteral("meta")][QStringLiteral("pagination")][QStringLiteral("next_page")];
        page = next.isNull() ? 0 : next.toInt();
    }
    return items;
}

QString testToken(char fill)
{
    // An identifying prefix and a secret half, like a real token.
    return QString(32, QLatin1Char('P')) + QString(31, QLatin1Char(fill)) + QLatin1Char('9');
}
