#include "core/projects/costestimate.h"

#include "core/projects/pricetable.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <optional>

namespace hcloud {

namespace {

QString locationOf(const QJsonObject &o)
{
    return o.value(QLatin1String("location"))[QLatin1String("name")].toString();
}

} // namespace

QStringList CostEstimate::pricedKinds()
{
    return {QStringLiteral("servers"), QStringLiteral("volumes"), QStringLiteral("primary_ips"), QStringLiteral("floating_ips"),
            QStringLiteral("load_balancers"), QStringLiteral("images")};
}

QStringList CostEstimate::listedKinds()
{
    return {QStringLiteral("volumes"), QStringLiteral("floating_ips"), QStringLiteral("load_balancers"),
            QStringLiteral("images")};
}

CostEstimate CostEstimate::of(const QJsonObject &pricing, const QHash<QString, QVector<PriceGroup>> &groups)
{
    return of(PriceTable(pricing), groups);
}

CostEstimate CostEstimate::of(const PriceTable &prices, const QHash<QString, QVector<PriceGroup>> &groups)
{
    CostEstimate e;
    auto add = [&](const QString &kind, int count, double each) {
        auto it = std::find_if(e.lines.begin(), e.lines.end(), [&](const Line &l) { return l.kind == kind; });
        if (it == e.lines.end()) {
            e.lines.append({kind, 0, 0});
            it = e.lines.end() - 1;
        }
        it->count += count;
        it->monthly += count * each;
        e.monthly += count * each;
    };
    auto typed = [&](const char *kind, const char *pricingKey, const QString &what,
                     const std::function<QString(const QJsonObject &)> &typeOf) {
        for (const PriceGroup &g : groups.value(QLatin1String(kind))) {
            const QString type = typeOf(g.fields);
            const auto price = prices.monthly(pricingKey, type, locationOf(g.fields));
            if (price)
                add(QLatin1String(kind), g.count, *price);
            else
                e.unpriced.append(QStringLiteral("%1 × %2 (%3 in %4)").arg(g.count).arg(what, type, locationOf(g.fields)));
        }
    };
    auto nameAt = [](const char *key) {
        return [key](const QJsonObject &f) { return f.value(QLatin1String(key))[QLatin1String("name")].toString(); };
    };
    auto typeField = [](const QJsonObject &f) { return f.value(QLatin1String("type")).toString(); };

    const double backupShare = prices.backupShare();
    for (const PriceGroup &g : groups.value(QStringLiteral("servers"))) {
        const QString type = nameAt("server_type")(g.fields);
        const auto price = prices.monthly("server_types", type, locationOf(g.fields));
        if (!price) {
            e.unpriced.append(QStringLiteral("%1 × server (%2 in %3)").arg(g.count).arg(type, locationOf(g.fields)));
            continue;
        }
        const bool backups = !g.fields.value(QLatin1String("backup_window")).toString().isEmpty();
        add(QStringLiteral("servers"), g.count, *price * (backups ? 1 + backupShare : 1));
    }
    const double perGb = prices.volumePerGb();
    for (const PriceGroup &g : groups.value(QStringLiteral("volumes")))
        add(QStringLiteral("volumes"), g.count, g.fields.value(QLatin1String("size")).toDouble() * perGb);
    if (groups.contains(QStringLiteral("primary_ips"))) {
        typed("primary_ips", "primary_ips", QStringLiteral("primary IP"), typeField);
    } else {
        // Without their list (one request per 50), a server's own primary
        // IPs are priced where the server is; unassigned ones are not known.
        for (const PriceGroup &g : groups.value(QStringLiteral("servers"))) {
            for (const char *type : {"ipv4", "ipv6"}) {
                if (!g.fields.value(QLatin1String(type)).toBool())
                    continue;
                const auto price = prices.monthly("primary_ips", QLatin1String(type), locationOf(g.fields));
                if (price)
                    add(QStringLiteral("primary_ips"), g.count, *price);
            }
        }
    }
    typed("floating_ips", "floating_ips", QStringLiteral("floating IP"), typeField);
    typed("load_balancers", "load_balancer_types", QStringLiteral("load balancer"), nameAt("load_balancer_type"));
    // Snapshots are billed by size; backups are in the servers' share.
    const double imageGb = prices.imagePerGb();
    for (const PriceGroup &g : groups.value(QStringLiteral("images"))) {
        if (g.fields.value(QLatin1String("type")).toString() == QLatin1String("snapshot"))
            add(QStringLiteral("snapshots"), g.count, g.fields.value(QLatin1String("image_size")).toDouble() * imageGb);
    }
    return e;
}

QHash<QString, QVector<PriceGroup>> CostEstimate::groupsOf(const QHash<QString, QVector<QJsonObject>> &objects)
{
    QHash<QString, QVector<PriceGroup>> groups;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        QVector<PriceGroup> &list = groups[it.key()];
        for (const QJsonObject &object : it.value()) {
            const QJsonObject fields = priceFields(it.key(), object);
            if (fields.isEmpty())
                continue;
            auto same = std::find_if(list.begin(), list.end(), [&](const PriceGroup &g) { return g.fields == fields; });
            if (same == list.end())
                list.append({fields, 1});
            else
                ++same->count;
        }
    }
    return groups;
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
