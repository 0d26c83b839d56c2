#pragma once

#include "core/sim/catalog.h"

#include <QJsonObject>
#include <QString>

namespace hcloud::sim::shapes {

// JSON objects exactly as the API shapes them (field by field after the
// OpenAPI description). Servers and actions are built in serverfactory.

QJsonObject location(const LocationInfo &location);
QJsonObject datacenter(const DatacenterInfo &datacenter);
QJsonObject serverType(const ServerTypeInfo &type);
QJsonObject loadBalancerType(const LoadBalancerTypeInfo &type);
QJsonObject image(const ImageInfo &image);
QJsonObject iso(const IsoInfo &iso);
QJsonObject pricing();

// {"net": "1.0000000000", "gross": "1.1900000000000000"} from a net amount
// in 1/10000 EUR: the API's decimal strings, 10 and 16 places.
QJsonObject price(qint64 netTenThousandths);

// "2024-01-30T23:55:00+00:00" from UNIX seconds.
QString timestamp(qint64 unixSeconds);

}  // namespace hcloud::sim::shapes
