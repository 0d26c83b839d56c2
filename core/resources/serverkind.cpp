#include "resourcekind.h"
#include "serverstatus.h"

#include <QCoreApplication>
#include <QDateTime>

namespace hcloud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hcloud::ServerKind", text);
}

ResourceKind makeServerKind()
{
    ResourceKind kind;
    kind.id = QStringLiteral("servers");
    kind.path = QStringLiteral("/servers");
    kind.jsonKey = QStringLiteral("servers");
    kind.title = tr("Servers");
    kind.status = [](const QJsonObject &s) { return s.value(QLatin1String("status")).toString(); };

    kind.columns.append({QStringLiteral("name"), tr("Name"),
                         [](const QJsonObject &s) { return s.value(QLatin1String("name")).toString(); },
                         {}, {}, false});
    kind.columns.append({QStringLiteral("status"), tr("Status"),
                         [](const QJsonObject &s) {
                             return serverStatusText(s.value(QLatin1String("status")).toString());
                         },
                         [](const QJsonObject &s) {
                             return serverStatusOrder(s.value(QLatin1String("status")).toString());
                         },
                         {}, true});
    kind.columns.append({QStringLiteral("type"), tr("Type"),
                         [](const QJsonObject &s) { return json::string(s, QStringLiteral("server_type.name")); },
                         {},
                         [](const QJsonObject &s) {
                             const QJsonObject t = s.value(QLatin1String("server_type")).toObject();
                             return tr("%1 vCPU, %2 GB RAM, %3 GB disk, %4")
                                 .arg(t.value(QLatin1String("cores")).toInt())
                                 .arg(t.value(QLatin1String("memory")).toDouble())
                                 .arg(t.value(QLatin1String("disk")).toInt())
                                 .arg(t.value(QLatin1String("architecture")).toString());
                         },
                         false});
    kind.columns.append({QStringLiteral("location"), tr("Location"),
                         [](const QJsonObject &s) { return json::string(s, QStringLiteral("location.name")); },
                         {},
                         [](const QJsonObject &s) {
                             return json::string(s, QStringLiteral("location.city")) + QStringLiteral(", ")
                                 + json::string(s, QStringLiteral("location.country"));
                         },
                         false});
    kind.columns.append({QStringLiteral("ipv4"), tr("Public IPv4"),
                         [](const QJsonObject &s) { return json::string(s, QStringLiteral("public_net.ipv4.ip")); },
                         [](const QJsonObject &s) {
                             return json::ipv4Number(json::string(s, QStringLiteral("public_net.ipv4.ip")));
                         },
                         {}, false});
    kind.columns.append({QStringLiteral("labels"), tr("Labels"),
                         [](const QJsonObject &s) {
                             return json::labelsText(s.value(QLatin1String("labels")).toObject());
                         },
                         {}, {}, false});
    kind.columns.append({QStringLiteral("created"), tr("Created"),
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
