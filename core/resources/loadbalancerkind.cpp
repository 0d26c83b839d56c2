#include "core/resources/deprecation.h"
#include "core/resources/kindparts.h"
#include "core/resources/resourcestatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace hcloud {

namespace {

// One service per line: "https 443 → 80".
QString servicesText(const QJsonObject &lb)
{
    QStringList lines;
    for (const QJsonValue &value : lb.value(QLatin1String("services")).toArray()) {
        const QJsonObject s = value.toObject();
        lines.append(QCoreApplication::translate("hcloud::LoadBalancerKind", "%1 %2 \u2192 %3")
                         .arg(s.value(QLatin1String("protocol")).toString())
                         .arg(s.value(QLatin1String("listen_port")).toInt())
                         .arg(s.value(QLatin1String("destination_port")).toInt()));
    }
    return json::orDash(lines.join(QLatin1Char('\n')));
}

QString healthWord(const QString &status)
{
    if (status == QLatin1String("healthy"))
        return QCoreApplication::translate("hcloud::LoadBalancerKind", "healthy");
    if (status == QLatin1String("unhealthy"))
        return QCoreApplication::translate("hcloud::LoadBalancerKind", "unhealthy");
    if (status == QLatin1String("unknown"))
        return QCoreApplication::translate("hcloud::LoadBalancerKind", "not checked yet");
    return status;
}

// "healthy" or, per port when they differ, "443 healthy, 80 unhealthy".
QString healthText(const QJsonObject &target)
{
    QStringList ports;
    QStringList states;
    for (const QJsonValue &value : target.value(QLatin1String("health_status")).toArray()) {
        const QString status = healthWord(value[QLatin1String("status")].toString());
        ports.append(QCoreApplication::translate("hcloud::LoadBalancerKind", "port %1 %2")
                         .arg(value[QLatin1String("listen_port")].toInt())
                         .arg(status));
        if (!states.contains(status))
            states.append(status);
    }
    if (states.isEmpty())
        return {};
    return states.size() == 1 ? states.first() : ports.join(QStringLiteral(", "));
}

QString serverTarget(const QJsonObject &t, const NameIndex &names)
{
    const qint64 id = json::at(t, QStringLiteral("server.id")).toLongLong();
    return json::reference(names, QStringLiteral("servers"), id,
                           QCoreApplication::translate("hcloud::LoadBalancerKind", "Server %1").arg(id));
}

// One target per line with its health; a label selector lists the servers it matched.
QString targetsText(const QJsonObject &lb, const NameIndex &names)
{
    QStringList lines;
    const auto withHealth = [](const QString &what, const QJsonObject &target) {
        const QString health = healthText(target);
        return health.isEmpty() ? what : QCoreApplication::translate("hcloud::LoadBalancerKind", "%1: %2").arg(what, health);
    };
    for (const QJsonValue &value : lb.value(QLatin1String("targets")).toArray()) {
        const QJsonObject t = value.toObject();
        const QString type = t.value(QLatin1String("type")).toString();
        if (type == QLatin1String("label_selector")) {
            lines.append(QCoreApplication::translate("hcloud::LoadBalancerKind", "Label selector %1")
                             .arg(json::string(t, QStringLiteral("label_selector.selector"))));
            for (const QJsonValue &matched : t.value(QLatin1String("targets")).toArray())
                lines.append(QStringLiteral("    ") + withHealth(serverTarget(matched.toObject(), names), matched.toObject()));
        } else if (type == QLatin1String("ip")) {
            lines.append(withHealth(QCoreApplication::translate("hcloud::LoadBalancerKind", "IP %1")
                                        .arg(json::string(t, QStringLiteral("ip.ip"))),
                                    t));
        } else {
            lines.append(withHealth(serverTarget(t, names), t));
        }
    }
    return json::orDash(lines.join(QLatin1Char('\n')));
}

QString algorithmText(const QJsonObject &lb)
{
    const QString type = json::string(lb, QStringLiteral("algorithm.type"));
    if (type == QLatin1String("round_robin"))
        return QCoreApplication::translate("hcloud::LoadBalancerKind", "Round robin");
    if (type == QLatin1String("least_connections"))
        return QCoreApplication::translate("hcloud::LoadBalancerKind", "Least connections");
    return json::orDash(type);
}

ResourceColumn::Value traffic(const QString &key)
{
    return [key](const QJsonObject &lb) {
        const QJsonValue bytes = lb.value(key);
        return bytes.isNull() || bytes.isUndefined() ? json::orDash({})
                                                     : QLocale().formattedDataSize(bytes.toInteger());
    };
}

ResourceKind makeLoadBalancerKind()
{
    using namespace kindparts;
    ResourceKind kind;
    kind.id = QStringLiteral("load_balancers");
    kind.path = QStringLiteral("/load_balancers");
    kind.jsonKey = QStringLiteral("load_balancers");
    kind.title = QCoreApplication::translate("hcloud::LoadBalancerKind", "Load Balancers");
    kind.status = [](const QJsonObject &lb) { return loadBalancerHealth(lb); };

    const auto health = [](const QJsonObject &lb) { return loadBalancerHealthText(loadBalancerHealth(lb)); };
    kind.columns = {
        textColumn(QStringLiteral("name"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Name"),
                   QStringLiteral("name")),
        {QStringLiteral("health"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Health"), health,
         [](const QJsonObject &lb) { return loadBalancerHealthOrder(loadBalancerHealth(lb)); }, {}, true},
        ipColumn(QStringLiteral("ipv4"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Public IPv4"),
                 QStringLiteral("public_net.ipv4.ip")),
        ipColumn(QStringLiteral("ipv6"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Public IPv6"),
                 QStringLiteral("public_net.ipv6.ip")),
        {QStringLiteral("type"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Type"),
         text(QStringLiteral("load_balancer_type.name")), {},
         [](const QJsonObject &lb) {
             return QCoreApplication::translate("hcloud::LoadBalancerKind",
                                                "%1: up to %2 services, %3 targets, %4 connections")
                 .arg(json::string(lb, QStringLiteral("load_balancer_type.description")))
                 .arg(json::at(lb, QStringLiteral("load_balancer_type.max_services")).toInt())
                 .arg(json::at(lb, QStringLiteral("load_balancer_type.max_targets")).toInt())
                 .arg(json::at(lb, QStringLiteral("load_balancer_type.max_connections")).toInt());
         },
         false},
        locationColumn(QStringLiteral("location"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Location"),
                       QStringLiteral("location")),
        {QStringLiteral("services"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Services"),
         [](const QJsonObject &lb) { return json::count(lb, QStringLiteral("services")); }, {}, servicesText, false},
        {QStringLiteral("targets"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Targets"),
         [](const QJsonObject &lb) { return json::count(lb, QStringLiteral("targets")); }, {}, targetsText, false},
        {QStringLiteral("outgoing_traffic"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Outgoing traffic"),
         traffic(QStringLiteral("outgoing_traffic")), number(QStringLiteral("outgoing_traffic")), {}, false},
        {QStringLiteral("deprecation"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Deprecation"),
         [](const QJsonObject &lb) { return loadBalancerDeprecationText(lb, QDateTime::currentDateTimeUtc()); }, {}, {},
         false},
        labelsColumn(QCoreApplication::translate("hcloud::LoadBalancerKind", "Labels")),
        dateColumn(QStringLiteral("created"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Created"),
                   QStringLiteral("created")),
    };

    kind.details = {
        detail(QStringLiteral("id"), QCoreApplication::translate("hcloud::LoadBalancerKind", "ID"),
               text(QStringLiteral("id"))),
        detail(QStringLiteral("name"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Name"),
               text(QStringLiteral("name"))),
        detail(QStringLiteral("health"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Health"), health),
        detail(QStringLiteral("type"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Type"),
               text(QStringLiteral("load_balancer_type.description"))),
        detail(QStringLiteral("location"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Location"),
               location(QStringLiteral("location"))),
        detail(QStringLiteral("ipv4"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Public IPv4"),
               text(QStringLiteral("public_net.ipv4.ip"))),
        detail(QStringLiteral("ipv6"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Public IPv6"),
               text(QStringLiteral("public_net.ipv6.ip"))),
        detail(QStringLiteral("public_net"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Public interface"),
               yesNo(QStringLiteral("public_net.enabled"))),
        detail(QStringLiteral("algorithm"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Algorithm"),
               algorithmText),
        detail(QStringLiteral("services"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Services"),
               servicesText),
        detail(QStringLiteral("targets"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Targets"),
               targetsText),
        detail(QStringLiteral("ingoing_traffic"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Ingoing traffic"),
               traffic(QStringLiteral("ingoing_traffic"))),
        detail(QStringLiteral("outgoing_traffic"),
               QCoreApplication::translate("hcloud::LoadBalancerKind", "Outgoing traffic"),
               traffic(QStringLiteral("outgoing_traffic"))),
        detail(QStringLiteral("included_traffic"),
               QCoreApplication::translate("hcloud::LoadBalancerKind", "Included traffic"),
               traffic(QStringLiteral("included_traffic"))),
        detail(QStringLiteral("protection"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Delete protection"),
               yesNo(QStringLiteral("protection.delete"))),
        detail(QStringLiteral("labels"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Labels"), labels()),
        detail(QStringLiteral("created"), QCoreApplication::translate("hcloud::LoadBalancerKind", "Created"),
               date(QStringLiteral("created"))),
    };
    return kind;
}

} // namespace

const ResourceKind &loadBalancerKind()
{
    // Built on first use so the titles are translated by the installed translator.
    static const ResourceKind kind = makeLoadBalancerKind();
    return kind;
}

} // namespace hcloud
