#pragma once

#include "core/sim/queryparams.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hcloud::sim {

// One API request, reduced to what the simulated cloud looks at.
struct SimRequest
{
    QByteArray method;  // "GET", "POST", ...
    QStringList path;   // segments after /v1: {"servers", "42"}
    QueryParams query;
    QByteArray authorization;  // raw header value; never logged
    QString endpoint;          // "http://127.0.0.1:PORT/v1", for Link headers
    QByteArray body;
};

}  // namespace hcloud::sim
