#pragma once

#include "core/resources/pricefields.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace hcloud {

class PriceTable;

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
    QStringList unpriced; // "2 servers (cx99 in fsn1)": not in /pricing

    // The kinds that cost money, whose lists an estimate needs.
    static QStringList pricedKinds();
    // Those whose lists an estimate needs beyond the servers: primary IPs are
    // priced with their servers (their list is as long as the servers').
    static QStringList listedKinds();

    // groups: kind id -> that kind's objects, counted by priceFields().
    static CostEstimate of(const PriceTable &prices, const QHash<QString, QVector<PriceGroup>> &groups);
    static CostEstimate of(const QJsonObject &pricing, const QHash<QString, QVector<PriceGroup>> &groups);
    // Plain objects (kind id -> objects) counted into groups.
    static QHash<QString, QVector<PriceGroup>> groupsOf(const QHash<QString, QVector<QJsonObject>> &objects);
    CostEstimate &operator+=(const CostEstimate &other);
};

} // namespace hcloud
