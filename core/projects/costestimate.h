#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace hcloud {

// What a project costs a month, gross, from /pricing and its resources:
// servers (with backups), volumes, primary and floating IPs, load
// balancers and snapshots. Traffic beyond the included amount is not in
// it; the estimate says which resources it could not price.
struct CostEstimate
{
    struct Line
    {
        QString kind;   // "servers", "volumes", ...
        int count = 0;
        double monthly = 0;
    };
    QVector<Line> lines;
    double monthly = 0;
    QStringList unpriced; // "server web-1 (cx99 in fsn1)": not in /pricing

    // The kinds that cost money, whose lists an estimate needs.
    static QStringList pricedKinds();

    // resources: kind id -> that kind's API objects.
    static CostEstimate of(const QJsonObject &pricing, const QHash<QString, QVector<QJsonObject>> &resources);
    CostEstimate &operator+=(const CostEstimate &other);
};

} // namespace hcloud
