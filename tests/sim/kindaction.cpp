#include "tests/sim/kindaction.h"

#include "tests/sim/simhttp.h"

#include <QJsonArray>

QPair<qint64, qint64> startKindAction(const SimHttp &http, const QString &token, const QString &kind)
{
    if (kind == QLatin1String("certificates")) {
        const HttpResult r = http.send("POST", QStringLiteral("/certificates"), token,
                                       {{QStringLiteral("name"), QStringLiteral("feed-cert")},
                                        {QStringLiteral("type"), QStringLiteral("managed")},
                                        {QStringLiteral("domain_names"), QJsonArray{QStringLiteral("feed.example.com")}}});
        return {r.json[QStringLiteral("certificate")][QStringLiteral("id")].toInteger(),
                r.json[QStringLiteral("action")][QStringLiteral("id")].toInteger()};
    }
    // Snapshots are the project's own images; system images cannot be protected.
    const QString query = kind == QLatin1String("images") ? QStringLiteral("&type=snapshot") : QString();
    const QJsonArray items = http.all(kind, token, query);
    if (items.isEmpty())
        return {};
    const qint64 id = items.last()[QStringLiteral("id")].toInteger();
    QString command = QStringLiteral("change_protection");
    QJsonObject body{{QStringLiteral("delete"), false}};
    if (kind == QLatin1String("firewalls")) {
        command = QStringLiteral("set_rules");
        body = {{QStringLiteral("rules"), QJsonArray()}};
    } else if (kind == QLatin1String("servers")) {
        body.insert(QStringLiteral("rebuild"), false);
    }
    const HttpResult r
        = http.send("POST", QStringLiteral("/%1/%2/actions/%3").arg(kind).arg(id).arg(command), token, body);
    qint64 action = r.json[QStringLiteral("action")][QStringLiteral("id")].toInteger();
    if (action == 0 && !r.json[QStringLiteral("actions")].toArray().isEmpty())  // set_rules answers a list
        action = r.json[QStringLiteral("actions")][0][QStringLiteral("id")].toInteger();
    return {id, action};
}
