#include "core/sim/jsonshapes.h"

#include <QDateTime>
#include <QJsonArray>

namespace hcloud::sim::shapes {

namespace {

QString decimal(qint64 units, int unitDigits, int places)
{
    // units are 10^-unitDigits; print with `places` decimals (places >= unitDigits).
    qint64 scale = 1;
    for (int i = 0; i < unitDigits; ++i)
        scale *= 10;
    const QString fraction = QStringLiteral("%1").arg(units % scale, unitDigits, 10, QLatin1Char('0'));
    return QString::number(units / scale) + QLatin1Char('.') + fraction
        + QString(places - unitDigits, QLatin1Char('0'));
}

qint64 scaled(qint64 net, int percent)
{
    return (net * percent + 50) / 100;
}

// Hourly prices are the monthly price spread over 632 hours, to 4 places.
qint64 hourly(qint64 monthly)
{
    return (monthly + 316) / 632;
}

QJsonObject typePrice(const ServerTypeInfo &type, const LocationInfo &location)
{
    const qint64 monthly = scaled(type.monthlyNetEu, catalog::priceFactorPercent(location.networkZone));
    return QJsonObject{
        {QStringLiteral("location"), location.name},
        {QStringLiteral("price_hourly"), price(hourly(monthly))},
        {QStringLiteral("price_monthly"), price(monthly)},
        {QStringLiteral("included_traffic"), catalog::includedTrafficBytes(location.networkZone)},
        {QStringLiteral("price_per_tb_traffic"), price(catalog::perTbTrafficNet(location.networkZone))},
    };
}

QJsonArray typePrices(const ServerTypeInfo &type)
{
    QJsonArray prices;
    for (const QString &name : type.locations) {
        if (const LocationInfo *l = catalog::location(name))
            prices.append(typePrice(type, *l));
    }
    return prices;
}

// {"announced", "unavailable_after"}, or null when not deprecated.
QJsonValue deprecation(const DeprecationInfo *info)
{
    if (!info)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("announced"), info->announced},
                       {QStringLiteral("unavailable_after"), info->unavailableAfter}};
}

QJsonArray typeIds(const DatacenterInfo &dc, bool availableOnly)
{
    QJsonArray ids;
    for (const auto &type : catalog::serverTypes()) {
        if (!type.locations.contains(dc.location))
            continue;
        if (availableOnly && dc.unavailableTypes.contains(type.name))
            continue;
        ids.append(type.id);
    }
    return ids;
}

QJsonObject monthlyPerLocation(const QString &location, qint64 net)
{
    return QJsonObject{
        {QStringLiteral("location"), location},
        {QStringLiteral("price_monthly"), price(net)},
    };
}

QJsonObject ipPrices(const QString &type, qint64 monthly, bool hourlyToo)
{
    QJsonArray prices;
    for (const auto &l : catalog::locations()) {
        QJsonObject p = monthlyPerLocation(l.name, monthly);
        if (hourlyToo)
            p.insert(QStringLiteral("price_hourly"), price(hourly(monthly)));
        prices.append(p);
    }
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("prices"), prices}};
}

QJsonArray loadBalancerTypePrices(qint64 monthlyEu)
{
    QJsonArray prices;
    for (const auto &l : catalog::locations()) {
        const qint64 monthly = scaled(monthlyEu, catalog::priceFactorPercent(l.networkZone));
        prices.append(QJsonObject{
            {QStringLiteral("location"), l.name},
            {QStringLiteral("price_hourly"), price(hourly(monthly))},
            {QStringLiteral("price_monthly"), price(monthly)},
            {QStringLiteral("included_traffic"), catalog::includedTrafficBytes(l.networkZone)},
            {QStringLiteral("price_per_tb_traffic"), price(catalog::perTbTrafficNet(l.networkZone))},
        });
    }
    return prices;
}

}  // namespace

QJsonObject price(qint64 netTenThousandths)
{
    // gross = net * 1.19 exactly: in 1/1000000 units that is net * 119.
    const qint64 gross = netTenThousandths * (100 + catalog::vatPercent);
    return QJsonObject{
        {QStringLiteral("net"), decimal(netTenThousandths, 4, 10)},
        {QStringLiteral("gross"), decimal(gross, 6, 16)},
    };
}

QString timestamp(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QStringLiteral("+00:00");
}

QJsonObject location(const LocationInfo &location)
{
    return QJsonObject{
        {QStringLiteral("id"), location.id},
        {QStringLiteral("name"), location.name},
        {QStringLiteral("description"), location.description},
        {QStringLiteral("country"), location.country},
        {QStringLiteral("city"), location.city},
        {QStringLiteral("latitude"), location.latitude},
        {QStringLiteral("longitude"), location.longitude},
        {QStringLiteral("network_zone"), location.networkZone},
    };
}

QJsonObject datacenter(const DatacenterInfo &dc)
{
    const LocationInfo *l = catalog::location(dc.location);
    const QJsonArray available = typeIds(dc, true);
    return QJsonObject{
        {QStringLiteral("id"), dc.id},
        {QStringLiteral("name"), dc.name},
        {QStringLiteral("description"), dc.description},
        {QStringLiteral("location"), l ? location(*l) : QJsonObject()},
        {QStringLiteral("server_types"),
         QJsonObject{
             {QStringLiteral("supported"), typeIds(dc, false)},
             {QStringLiteral("available"), available},
             {QStringLiteral("available_for_migration"), available},
         }},
    };
}

QJsonObject serverType(const ServerTypeInfo &type)
{
    QJsonArray locations;
    for (const QString &name : type.locations) {
        if (const LocationInfo *l = catalog::location(name)) {
            locations.append(QJsonObject{
                {QStringLiteral("id"), l->id},
                {QStringLiteral("name"), l->name},
                {QStringLiteral("deprecation"), deprecation(catalog::serverTypeDeprecation(type.name, name))},
                {QStringLiteral("available"), catalog::serverTypeAvailable(type, name)},
                {QStringLiteral("recommended"), catalog::recommendedServerType(type.name, name)},
            });
        }
    }
    return QJsonObject{
        {QStringLiteral("id"), type.id},
        {QStringLiteral("name"), type.name},
        {QStringLiteral("description"), type.description},
        {QStringLiteral("category"), type.category},
        {QStringLiteral("cores"), type.cores},
        {QStringLiteral("memory"), type.memoryGb},
        {QStringLiteral("disk"), type.diskGb},
        {QStringLiteral("cpu_type"), type.cpuType},
        {QStringLiteral("architecture"), type.architecture},
        {QStringLiteral("storage_type"), QStringLiteral("local")},
        {QStringLiteral("deprecated"), catalog::serverTypeDeprecation(type.name) != nullptr},
        {QStringLiteral("deprecation"), deprecation(catalog::serverTypeDeprecation(type.name))},
        {QStringLiteral("locations"), locations},
        {QStringLiteral("prices"), typePrices(type)},
    };
}

QJsonObject image(const ImageInfo &image)
{
    return QJsonObject{
        {QStringLiteral("id"), image.id},
        {QStringLiteral("type"), QStringLiteral("system")},
        {QStringLiteral("status"), QStringLiteral("available")},
        {QStringLiteral("name"), image.name},
        {QStringLiteral("description"), image.description},
        {QStringLiteral("image_size"), QJsonValue::Null},
        {QStringLiteral("disk_size"), image.diskSizeGb},
        {QStringLiteral("created"), image.created},
        {QStringLiteral("created_from"), QJsonValue::Null},
        {QStringLiteral("bound_to"), QJsonValue::Null},
        {QStringLiteral("os_flavor"), image.osFlavor},
        {QStringLiteral("os_version"), image.osVersion},
        {QStringLiteral("rapid_deploy"), true},
        {QStringLiteral("protection"), QJsonObject{{QStringLiteral("delete"), false}}},
        {QStringLiteral("deprecated"),
         image.deprecated.isEmpty() ? QJsonValue() : QJsonValue(image.deprecated)},
        {QStringLiteral("deleted"), QJsonValue::Null},
        {QStringLiteral("labels"), QJsonObject()},
        {QStringLiteral("architecture"), image.architecture},
    };
}

QJsonObject iso(const IsoInfo &iso)
{
    return QJsonObject{
        {QStringLiteral("id"), iso.id},
        {QStringLiteral("name"), iso.name},
        {QStringLiteral("description"), iso.description},
        {QStringLiteral("type"), QStringLiteral("public")},
        {QStringLiteral("architecture"),
         iso.architecture.isEmpty() ? QJsonValue() : QJsonValue(iso.architecture)},
        {QStringLiteral("deprecation"), QJsonValue::Null},
    };
}

QJsonObject loadBalancerType(const LoadBalancerTypeInfo &type)
{
    const DeprecationInfo *deprecated = catalog::loadBalancerTypeDeprecation(type.name);
    return QJsonObject{
        {QStringLiteral("id"), type.id},
        {QStringLiteral("name"), type.name},
        {QStringLiteral("description"), type.description},
        {QStringLiteral("max_connections"), type.maxConnections},
        {QStringLiteral("max_services"), type.maxServices},
        {QStringLiteral("max_targets"), type.maxTargets},
        {QStringLiteral("max_assigned_certificates"), type.maxCertificates},
        {QStringLiteral("deprecated"), deprecated ? QJsonValue(deprecated->announced) : QJsonValue()},
        {QStringLiteral("deprecation"), deprecation(deprecated)},
        {QStringLiteral("prices"), loadBalancerTypePrices(type.monthlyNetEu)},
    };
}

QJsonObject pricing()
{
    QJsonArray serverTypes;
    for (const auto &type : catalog::serverTypes()) {
        serverTypes.append(QJsonObject{
            {QStringLiteral("id"), type.id},
            {QStringLiteral("name"), type.name},
            {QStringLiteral("prices"), typePrices(type)},
        });
    }
    QJsonArray loadBalancerTypes;
    for (const auto &lb : catalog::loadBalancerTypes()) {
        loadBalancerTypes.append(QJsonObject{
            {QStringLiteral("id"), lb.id},
            {QStringLiteral("name"), lb.name},
            {QStringLiteral("prices"), loadBalancerTypePrices(lb.monthlyNetEu)},
        });
    }
    const QJsonArray floatingIps{ipPrices(QStringLiteral("ipv4"), 30000, false),
                                 ipPrices(QStringLiteral("ipv6"), 30000, false)};
    const QJsonArray primaryIps{ipPrices(QStringLiteral("ipv4"), 5000, true),
                                ipPrices(QStringLiteral("ipv6"), 0, true)};

    return QJsonObject{
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("vat_rate"), QStringLiteral("%1.00").arg(catalog::vatPercent)},
        {QStringLiteral("image"), QJsonObject{{QStringLiteral("price_per_gb_month"), price(110)}}},
        {QStringLiteral("floating_ip"), QJsonObject{{QStringLiteral("price_monthly"), price(30000)}}},
        {QStringLiteral("floating_ips"), floatingIps},
        {QStringLiteral("primary_ips"), primaryIps},
        {QStringLiteral("server_backup"),
         QJsonObject{{QStringLiteral("percentage"), QStringLiteral("20.00")}}},
        {QStringLiteral("server_types"), serverTypes},
        {QStringLiteral("load_balancer_types"), loadBalancerTypes},
        {QStringLiteral("volume"), QJsonObject{{QStringLiteral("price_per_gb_month"), price(440)}}},
    };
}

}  // namespace hcloud::sim::shapes
