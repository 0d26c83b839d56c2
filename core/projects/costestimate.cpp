#include "costestimate.h"

#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace hcloud {

namespace {

double gross(const QJsonValue &price)
{
    return price[QLatin1String("gross")].toString().toDouble();
}

// The monthly price in `location` among entries [{location, price_monthly}].
std::optional<double> monthlyIn(const QJsonArray &prices, const QString &location)
{
    for (const QJsonValue &p : prices) {
        if (p[QLatin1String("location")].toString() == location)
            return gross(p[QLatin1String("price_monthly")]);
    }
    return std::nullopt;
}

// The entry of `list` whose `key` is `value` (a type's name, an IP's type).
QJsonArray pricesOf(const QJsonArray &list, const char *key, const QString &value)
{
    for (const QJsonValue &entry : list) {
        if (entry[QLatin1String(key)].toString() == value)
            return entry[QLatin1String("prices")].toArray();
    }
    return {};
}

QString locationOf(const QJsonObject &o)
{
    for (const char *path : {"location", "home_location"}) {
        const QString name = o.value(QLatin1String(path))[QLatin1String("name")].toString();
        if (!name.isEmpty())
            return name;
    }
    return QString();
}

QString name(const QJsonObject &o)
{
    const QString n = o.value(QLatin1String("name")).toString();
    return n.isEmpty() ? o.value(QLatin1String("ip")).toString() : n;
}

} // namespace

QStringList CostEstimate::pricedKinds()
{
    return {QStringLiteral("servers"), QStringLiteral("volumes"), QStringLiteral("primary_ips"), QStringLiteral("floating_ips"),
            QStringLiteral("load_balancers"), QStringLiteral("images")};
}

CostEstimate CostEstimate::of(const QJsonObject &pricing, const QHash<QString, QVector<QJsonObject>> &resources)
{
    CostEstimate e;
    auto add = [&](const QString &kind, double amount) {
        auto it = std::find_if(e.lines.begin(), e.lines.end(), [&](const Line &l) { return l.kind == kind; });
        if (it == e.lines.end()) {
            e.lines.append({kind, 0, 0});
            it = e.lines.end() - 1;
        }
        ++it->count;
        it->monthly += amount;
        e.monthly += amount;
    };
    const double backupShare = pricing.value(QLatin1String("server_backup"))[QLatin1String("percentage")].toString().toDouble() / 100;
    for (const QJsonObject &s : resources.value(QStringLiteral("servers"))) {
        const QString type = s.value(QLatin1String("server_type"))[QLatin1String("name")].toString();
        const auto price = monthlyIn(pricesOf(pricing.value(QLatin1String("server_types")).toArray(), "name", type), locationOf(s));
        if (!price) {
            e.unpriced.append(QStringLiteral("server %1 (%2 in %3)").arg(name(s), type, locationOf(s)));
            continue;
        }
        const bool backups = !s.value(QLatin1String("backup_window")).toString().isEmpty();
        add(QStringLiteral("servers"), *price * (backups ? 1 + backupShare : 1));
    }
    const double perGb = gross(pricing.value(QLatin1String("volume"))[QLatin1String("price_per_gb_month")]);
    for (const QJsonObject &v : resources.value(QStringLiteral("volumes")))
        add(QStringLiteral("volumes"), v.value(QLatin1String("size")).toDouble() * perGb);
    for (const auto &[kind, list] : {std::pair{"primary_ips", "primary_ips"}, {"floating_ips", "floating_ips"}}) {
        for (const QJsonObject &ip : resources.value(QLatin1String(kind))) {
            const QString type = ip.value(QLatin1String("type")).toString();
            const auto price = monthlyIn(pricesOf(pricing.value(QLatin1String(list)).toArray(), "type", type), locationOf(ip));
            if (price)
                add(QLatin1String(kind), *price);
            else
                e.unpriced.append(QStringLiteral("%1 %2").arg(QLatin1String(kind), name(ip)));
        }
    }
    for (const QJsonObject &lb : resources.value(QStringLiteral("load_balancers"))) {
        const QString type = lb.value(QLatin1String("load_balancer_type"))[QLatin1String("name")].toString();
        const auto price = monthlyIn(pricesOf(pricing.value(QLatin1String("load_balancer_types")).toArray(), "name", type), locationOf(lb));
        if (price)
            add(QStringLiteral("load_balancers"), *price);
        else
            e.unpriced.append(QStringLiteral("load balancer %1").arg(name(lb)));
    }
    // Snapshots are billed by size; backups are in the servers' share.
    const double imageGb = gross(pricing.value(QLatin1String("image"))[QLatin1String("price_per_gb_month")]);
    for (const QJsonObject &image : resources.value(QStringLiteral("images"))) {
        if (image.value(QLatin1String("type")).toString() == QLatin1String("snapshot"))
            add(QStringLiteral("snapshots"), image.value(QLatin1String("image_size")).toDouble() * imageGb);
    }
    return e;
}

CostEstimate &CostEstimate::operator+=(const CostEstimate &other)
{
    for (const Line &line : other.lines) {
        auto it = std::find_if(lines.begin(), lines.end(), [&](const Line &l) { return l.kind == line.kind; });
        if (it == lines.end()) {
            lines.append(line);
        } else {
            it->count += line.count;
            it->monthly += line.monthly;
        }
    }
    monthly += other.monthly;
    unpriced += other.unpriced;
    return *this;
}

} // namespace hcloud
