#include "core/resources/deprecation.h"
#include "core/resources/kindparts.h"
#include "core/resources/resourcekind.h"
#include "core/resources/serverstatus.h"
#include "core/resources/serverties.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace hcloud {

namespace {

ResourceColumn::Value traffic(const QString &key)
{
    return [key](const QJsonObject &s) {
        const QJsonValue bytes = s.value(key);
        return bytes.isNull() || bytes.isUndefined() ? json::orDash({})
                                                     : QLocale().formattedDataSize(bytes.toInteger());
    };
}

QVector<DetailField> serverDetails(const ResourceKind &kind)
{
    using namespace kindparts;
    // The columns' cells where a detail says the same, so the two never disagree.
    const auto cell = [&kind](const char *key) { return kind.columns.at(kind.columnIndex(QLatin1String(key))).display; };
    const auto tip = [&kind](const char *key) { return kind.columns.at(kind.columnIndex(QLatin1String(key))).toolTip; };
    return {
        detail(QStringLiteral("id"), QCoreApplication::translate("hcloud::ServerKind", "ID"), text(QStringLiteral("id"))),
        detail(QStringLiteral("name"), QCoreApplication::translate("hcloud::ServerKind", "Name"), cell("name")),
        detail(QStringLiteral("status"), QCoreApplication::translate("hcloud::ServerKind", "Status"), cell("status")),
        detail(QStringLiteral("type"), QCoreApplication::translate("hcloud::ServerKind", "Type"),
               [t = tip("type")](const QJsonObject &s, const NameIndex &names) {
                   return json::string(s, QStringLiteral("server_type.name")) + QStringLiteral(" (")
                       + t(s, names).toString() + QLatin1Char(')');
               }),
        detail(QStringLiteral("location"), QCoreApplication::translate("hcloud::ServerKind", "Location"),
               location(QStringLiteral("location"))),
        detail(QStringLiteral("image"), QCoreApplication::translate("hcloud::ServerKind", "Image"),
               text(QStringLiteral("image.description"))),
        detail(QStringLiteral("ipv4"), QCoreApplication::translate("hcloud::ServerKind", "Public IPv4"),
               text(QStringLiteral("public_net.ipv4.ip"))),
        detail(QStringLiteral("ipv6"), QCoreApplication::translate("hcloud::ServerKind", "Public IPv6"),
               text(QStringLiteral("public_net.ipv6.ip"))),
        detail(QStringLiteral("dns_ptr"), QCoreApplication::translate("hcloud::ServerKind", "Reverse DNS (IPv4)"),
               text(QStringLiteral("public_net.ipv4.dns_ptr"))),
        detail(QStringLiteral("private_net"), QCoreApplication::translate("hcloud::ServerKind", "Private IPs"),
               serverties::networks),
        detail(QStringLiteral("volumes"), QCoreApplication::translate("hcloud::ServerKind", "Volumes"), serverties::volumes),
        detail(QStringLiteral("placement_group"), QCoreApplication::translate("hcloud::ServerKind", "Placement group"),
               text(QStringLiteral("placement_group.name"))),
        detail(QStringLiteral("backup_window"), QCoreApplication::translate("hcloud::ServerKind", "Backup window"),
               [](const QJsonObject &s) {
                   const QString window = json::string(s, QStringLiteral("backup_window"));
                   return window.isEmpty() ? QCoreApplication::translate("hcloud::ServerKind", "Backups off")
                                           : window;
               }),
        detail(QStringLiteral("rescue_enabled"), QCoreApplication::translate("hcloud::ServerKind", "Rescue system"),
               yesNo(QStringLiteral("rescue_enabled"))),
        detail(QStringLiteral("locked"), QCoreApplication::translate("hcloud::ServerKind", "Locked"),
               yesNo(QStringLiteral("locked"))),
        detail(QStringLiteral("ingoing_traffic"), QCoreApplication::translate("hcloud::ServerKind", "Ingoing traffic"),
               traffic(QStringLiteral("ingoing_traffic"))),
        detail(QStringLiteral("outgoing_traffic"), QCoreApplication::translate("hcloud::ServerKind", "Outgoing traffic"),
               traffic(QStringLiteral("outgoing_traffic"))),
        detail(QStringLiteral("included_traffic"), QCoreApplication::translate("hcloud::ServerKind", "Included traffic"),
               traffic(QStringLiteral("included_traffic"))),
        detail(QStringLiteral("delete_protection"),
               QCoreApplication::translate("hcloud::ServerKind", "Delete protection"),
               yesNo(QStringLiteral("protection.delete"))),
        detail(QStringLiteral("rebuild_protection"),
               QCoreApplication::translate("hcloud::ServerKind", "Rebuild protection"),
               yesNo(QStringLiteral("protection.rebuild"))),
        detail(QStringLiteral("labels"), QCoreApplication::translate("hcloud::ServerKind", "Labels"), cell("labels")),
        detail(QStringLiteral("created"), QCoreApplication::translate("hcloud::ServerKind", "Created"), cell("created")),
    };
}

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
    // A type or image on its way out, so the user can plan a rebuild or rescale.
    kind.columns.append({QStringLiteral("deprecation"), QCoreApplication::translate("hcloud::ServerKind", "Deprecation"),
                         [](const QJsonObject &s) { return serverDeprecationText(s, QDateTime::currentDateTimeUtc()); },
                         {}, {}, false});
    kind.columns.append({QStringLiteral("created"), QCoreApplication::translate("hcloud::ServerKind", "Created"),
                         [](const QJsonObject &s) { return json::dateTime(s, QStringLiteral("created")).toLocalTime(); },
                         {}, {}, false});
    kind.details = serverDetails(kind);
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
