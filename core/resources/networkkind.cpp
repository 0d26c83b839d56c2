#include "core/resources/kindparts.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hcloud {

namespace {

QString subnetsText(const QJsonObject &n)
{
    QStringList parts;
    for (const QJsonValue &value : n.value(QLatin1String("subnets")).toArray()) {
        const QJsonObject s = value.toObject();
        parts.append(QCoreApplication::translate("hcloud::NetworkKind", "%1 (%2, %3)")
                         .arg(s.value(QLatin1String("ip_range")).toString(),
                              s.value(QLatin1String("type")).toString(),
                              s.value(QLatin1String("network_zone")).toString()));
    }
    return json::orDash(parts.join(QStringLiteral(", ")));
}

QString routesText(const QJsonObject &n)
{
    QStringList parts;
    for (const QJsonValue &value : n.value(QLatin1String("routes")).toArray()) {
        const QJsonObject r = value.toObject();
        parts.append(QCoreApplication::translate("hcloud::NetworkKind", "%1 via %2")
                         .arg(r.value(QLatin1String("destination")).toString(),
                              r.value(QLatin1String("gateway")).toString()));
    }
    return json::orDash(parts.join(QStringLiteral(", ")));
}

ResourceKind makeNetworkKind()
{
    using namespace kindparts;
    ResourceKind kind;
    kind.id = QStringLiteral("networks");
    kind.path = QStringLiteral("/networks");
    kind.jsonKey = QStringLiteral("networks");
    kind.title = QCoreApplication::translate("hcloud::NetworkKind", "Networks");

    const auto servers = [](const QJsonObject &n) { return json::count(n, QStringLiteral("servers")); };
    const auto loadBalancers = [](const QJsonObject &n) { return json::count(n, QStringLiteral("load_balancers")); };
    kind.columns = {
        textColumn(QStringLiteral("name"), QCoreApplication::translate("hcloud::NetworkKind", "Name"),
                   QStringLiteral("name")),
        ipColumn(QStringLiteral("ip_range"), QCoreApplication::translate("hcloud::NetworkKind", "IP range"),
                 QStringLiteral("ip_range")),
        {QStringLiteral("subnets"), QCoreApplication::translate("hcloud::NetworkKind", "Subnets"),
         [](const QJsonObject &n) { return json::count(n, QStringLiteral("subnets")); }, {}, subnetsText, false},
        {QStringLiteral("servers"), QCoreApplication::translate("hcloud::NetworkKind", "Servers"), servers, {}, {},
         false},
        {QStringLiteral("load_balancers"), QCoreApplication::translate("hcloud::NetworkKind", "Load Balancers"),
         loadBalancers, {}, {}, false},
        labelsColumn(QCoreApplication::translate("hcloud::NetworkKind", "Labels")),
        dateColumn(QStringLiteral("created"), QCoreApplication::translate("hcloud::NetworkKind", "Created"),
                   QStringLiteral("created")),
    };

    kind.details = {
        detail(QStringLiteral("id"), QCoreApplication::translate("hcloud::NetworkKind", "ID"), text(QStringLiteral("id"))),
        detail(QStringLiteral("name"), QCoreApplication::translate("hcloud::NetworkKind", "Name"),
               text(QStringLiteral("name"))),
        detail(QStringLiteral("ip_range"), QCoreApplication::translate("hcloud::NetworkKind", "IP range"),
               text(QStringLiteral("ip_range"))),
        detail(QStringLiteral("subnets"), QCoreApplication::translate("hcloud::NetworkKind", "Subnets"), subnetsText),
        detail(QStringLiteral("routes"), QCoreApplication::translate("hcloud::NetworkKind", "Routes"), routesText),
        detail(QStringLiteral("servers"), QCoreApplication::translate("hcloud::NetworkKind", "Servers"),
               references(QStringLiteral("servers"), QStringLiteral("servers"))),
        detail(QStringLiteral("load_balancers"), QCoreApplication::translate("hcloud::NetworkKind", "Load Balancers"),
               references(QStringLiteral("load_balancers"), QStringLiteral("load_balancers"))),
        detail(QStringLiteral("expose_routes_to_vswitch"),
               QCoreApplication::translate("hcloud::NetworkKind", "Routes exposed to vSwitch"),
               yesNo(QStringLiteral("expose_routes_to_vswitch"))),
        detail(QStringLiteral("protection"), QCoreApplication::translate("hcloud::NetworkKind", "Delete protection"),
               yesNo(QStringLiteral("protection.delete"))),
        detail(QStringLiteral("labels"), QCoreApplication::translate("hcloud::NetworkKind", "Labels"), labels()),
        detail(QStringLiteral("created"), QCoreApplication::translate("hcloud::NetworkKind", "Created"),
               date(QStringLiteral("created"))),
    };
    return kind;
}

} // namespace

const ResourceKind &networkKind()
{
    // Built on first use so the titles are translated by the installed translator.
    static const ResourceKind kind = makeNetworkKind();
    return kind;
}

} // namespace hcloud
