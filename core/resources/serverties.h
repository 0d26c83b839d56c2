#pragma once

#include "core/resources/nameindex.h"

#include <QJsonObject>
#include <QString>

namespace hcloud {

// What a server is tied to, named from `names` where they are known:
// "backend: 10.0.1.2", "web, lockdown", or "none".
namespace serverties {
QString networks(const QJsonObject &server, const NameIndex &names);
QString volumes(const QJsonObject &server, const NameIndex &names);
QString firewalls(const QJsonObject &server, const NameIndex &names);
QString floatingIps(const QJsonObject &server, const NameIndex &names);
QString loadBalancers(const QJsonObject &server, const NameIndex &names);
} // namespace serverties

} // namespace hcloud
