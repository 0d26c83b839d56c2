#include "core/projects/pricetable.h"

#include <QJsonArray>

namespace hcloud {

namespace {

double gross(const QJsonValue &price)
{
    return price[QLatin1String("gross")].toString().toDouble();
}

QString keyOf(QLatin1String pricingKey, const QString &type, const QString &location)
{
    return pricingKey + QLatin1Char('\n') + type + QLatin1Char('\n') + location;
}

} // namespace

PriceTable::PriceTable(const QJsonObject &pricing)
{
    // Types are named by "name", IPs by "type".
    const std::pair<const char *, const char *> lists[] = {
        {"server_types", "name"}, {"load_balancer_types", "name"}, {"primary_ips", "type"}, {"floating_ips", "type"}};
    for (const auto &[pricingKey, typeKey] : lists) {
        for (const QJsonValue &entry : pricing.value(QLatin1String(pricingKey)).toArray()) {
            const QString type = entry[QLatin1String(typeKey)].toString();
            for (const QJsonValue &p : entry[QLatin1String("prices")].toArray()) {
                const QString key = keyOf(QLatin1String(pricingKey), type, p[QLatin1String("location")].toString());
                // The first entry wins, as a walk over the list would find it.
                if (!m_monthly.contains(key))
                    m_monthly.insert(key, gross(p[QLatin1String("price_monthly")]));
            }
        }
    }
    m_backupShare = pricing.value(QLatin1String("server_backup"))[QLatin1String("percentage")].toString().toDouble() / 100;
    m_volumePerGb = gross(pricing.value(QLatin1String("volume"))[QLatin1String("price_per_gb_month")]);
    m_imagePerGb = gross(pricing.value(QLatin1String("image"))[QLatin1String("price_per_gb_month")]);
    m_currency = pricing.value(QLatin1String("currency")).toString();
}

std::optional<double> PriceTable::monthly(const char *pricingKey, const QString &type, const QString &location) const
{
    const auto it = m_monthly.constFind(keyOf(QLatin1String(pricingKey), type, location));
    if (it == m_monthly.cend())
        return std::nullopt;
    return *it;
}

} // namespace hcloud
