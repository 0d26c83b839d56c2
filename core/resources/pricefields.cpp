#include "core/resources/pricefields.h"

namespace hcloud {

namespace {

QJsonObject named(const QString &name)
{
    return QJsonObject{{QStringLiteral("name"), name}};
}

QString locationName(const QJsonObject &o)
{
    for (const char *key : {"location", "home_location"}) {
        const QString name = o.value(QLatin1String(key))[QLatin1String("name")].toString();
        if (!name.isEmpty())
            return name;
    }
    // Answers dated before July 2026 carry the location in the datacenter.
    return o.value(QLatin1String("datacenter"))[QLatin1String("location")][QLatin1String("name")].toString();
}

} // namespace

QJsonObject priceFields(const QString &kindId, const QJsonObject &o)
{
    const QJsonObject location{{QStringLiteral("location"), named(locationName(o))}};
    QJsonObject out;
    if (kindId == QLatin1String("servers")) {
        out = location;
        out.insert(QStringLiteral("server_type"), named(o.value(QLatin1String("server_type"))[QLatin1String("name")].toString()));
        out.insert(QStringLiteral("backup_window"), o.value(QLatin1String("backup_window")).toString());
        // Its primary IPs, priced with it while the primary IP list is not loaded.
        const QJsonObject net = o.value(QLatin1String("public_net")).toObject();
        out.insert(QStringLiteral("ipv4"), net.value(QLatin1String("ipv4")).isObject());
        out.insert(QStringLiteral("ipv6"), net.value(QLatin1String("ipv6")).isObject());
    } else if (kindId == QLatin1String("volumes")) {
        out.insert(QStringLiteral("size"), o.value(QLatin1String("size")));
    } else if (kindId == QLatin1String("primary_ips") || kindId == QLatin1String("floating_ips")) {
        out = location;
        out.insert(QStringLiteral("type"), o.value(QLatin1String("type")));
    } else if (kindId == QLatin1String("load_balancers")) {
        out = location;
        out.insert(QStringLiteral("load_balancer_type"),
                   named(o.value(QLatin1String("load_balancer_type"))[QLatin1String("name")].toString()));
    } else if (kindId == QLatin1String("images")) {
        // Snapshots cost by size; backups are in their server's share.
        if (o.value(QLatin1String("type")).toString() == QLatin1String("snapshot")) {
            out.insert(QStringLiteral("type"), QStringLiteral("snapshot"));
            out.insert(QStringLiteral("image_size"), o.value(QLatin1String("image_size")));
        }
    }
    return out;
}

} // namespace hcloud
