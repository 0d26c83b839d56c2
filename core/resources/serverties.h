#pragma once

#include <QJsonObject>
#include <QString>

namespace hcloud {

// What a server is tied to, named (through the current NameIndex) where
// the names are known: "backend: 10.0.1.2", "web, lockdown", or "none".
namespace serverties {
QString networks(const QJsonObject &server);
QString volumes(const QJsonObject &server);
QString firewalls(const QJsonObject &server);
QString floatingIps(const QJsonObject &server);
QString loadBalancers(const QJsonObject &server);
} // namespace serverties

} // namespace hcloud
