#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace hcloud {

// A /pricing answer read once into lookups: monthly gross prices by kind,
// type and location, and the per-GB and backup rates. Estimates then cost
// a hash lookup per price group, not a walk over the answer's arrays.
class PriceTable
{
public:
    PriceTable() = default;
    explicit PriceTable(const QJsonObject &pricing);

    bool isEmpty() const { return m_monthly.isEmpty(); }
    // pricingKey: "server_types", "primary_ips", "floating_ips" or
    // "load_balancer_types"; type: a type's name, or an IP's type.
    std::optional<double> monthly(const char *pricingKey, const QString &type, const QString &location) const;
    double backupShare() const { return m_backupShare; }
    double volumePerGb() const { return m_volumePerGb; }
    double imagePerGb() const { return m_imagePerGb; }
    const QString &currency() const { return m_currency; }

private:
    QHash<QString, double> m_monthly;
    double m_backupShare = 0;
    double m_volumePerGb = 0;
    double m_imagePerGb = 0;
    QString m_currency;
};

} // namespace hcloud
