#include "resourcekind.h"
#include "serverstatus.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hcloud {

namespace {

ResourceKind makeServerKind()
{
    ResourceKind kind;
    kind.id = QStringLiteral("servers");
    kind.path = QStringLiteral("/servers");
    kind.jsonKey = QStringLiteral("servers");
    kind.title = QCoreApplication::translate("hcloud::ServerKind", "Servers");
    kind.status = [](const QJsonObject &s) { return s.value(QLatin1String("status")).toString(); };

    kind.columns.append({QStringLiteral("name"), QCoreApplication::translate("hcloud::ServerKind", "Name"),
                         [](const QJsonObject &s) { return s.value(QLatin1String("name")).toString(); },
                         {}, {}, false});
    kind.columns.append({QStringLiteral("status"), QCoreApplication::translate("hcloud::ServerKind", "Status"),
                         [](const QJsonObject &s) {
                             return serverStatusText(s.value(QLatin1String("status")).toString());
                         },
                         [](const QJsonObject &s) {
                             return serverStatusOrder(s.value(QLatin1String("status")).toString());
                         },
                         {}, true});
    kind.columns.append({QStringLiteral("type"), QCoreApplication::translate("hcloud::ServerKind", "Type"),
                         [](const QJsonObject &s) { return json::string(s, QStringLiteral("server_type.name")); },
                         {},
                         [](const QJsonObject &s) {
                             const QJsonObject t = s.value(QLatin1String("server_type")).toObject();
                             return QCoreApplication::translate("hcloud::ServerKind", "%1 vCPU, %2 GB RAM, %3 GB disk, %4")
                                 .arg(t.value(QLatin1String("cores")).toInt())
                                 .arg(t.value(QLatin1String("memory")).toDouble())
                                 .arg(t.value(QLatin1String("disk")).toInt())
                                 .arg(t.value(QLatin1String("architecture")).toString());
                         },
                         false});
    kind.columns.append({QStringLiteral("location"), QCoreApplication::translate("hcloud::ServerKind", "Location"),
                         [](const QJsonObject &s) { return json::string(s, QStringLiteral("location.name")); },
                         {},
                         [](const QJsonObject &s) {
                             return json::string(s, QStringLiteral("location.city")) + QStringLiteral(", ")
                                 + json::string(s, QStringLiteral("location.country"));
                         },
                         false});
    kind.columns.append({QStringLiteral("ipv4"), QCoreApplication::translate("hcloud::ServerKind", "Public IPv4"),
                         [](const QJsonObject &s) { return json::string(s, QStringLiteral("public_net.ipv4.ip")); },
                         [](const QJsonObject &s) {
                             return json::ipv4Number(json::string(s, QStringLiteral("public_net.ipv4.ip")));
                         },
                         {}, false});
    kind.columns.append({QStringLiteral("labels"), QCoreApplication::translate("hcloud::ServerKind", "Labels"),
                         [](const QJsonObject &s) {
                             return json::labelsText(s.value(QLatin1String("labels")).toObject());
                         },
                         {}, {}, false});
    kind.columns.append({QStringLiteral("created"), QCoreApplication::translate("hcloud::ServerKind", "Created"),
                         [](const QJsonObject &s) { return json::dateTime(s, QStringLiteral("created")).toLocalTime(); },
                         {}, {}, false});
    return kind;
}

} // namespace

const ResourceKind &serverKind()
{
    // Built on first use so the titles are translated by the installed translator.
    static const ResourceKind kind = makeServerKind();
    return kind;
}

} // namespace hcloud
