#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace hcloud::sim {

class SimProject;
class SimRouter;
struct KindRef;

// What floating IPs and primary IPs share: their addresses and reverse DNS.

inline const QString kFloatingIps = QStringLiteral("floating_ips");
inline const QString kPrimaryIps = QStringLiteral("primary_ips");

// A fresh address of the type ("ipv4": one address, "ipv6": a /64
// network); "" when the type is unknown or the IPv4 ranges are used up.
QString allocateAddress(SimProject &project, const QString &type);

// The reverse DNS entries a fresh address starts with: the default name
// for IPv4, none for an IPv6 network.
QJsonArray defaultDnsPtr(const QString &ip);

// Whether `ip` is the address itself or, for a /64, an address in it.
bool addressBelongs(const QString &ip, const QString &ownIp);

// The entries with the one for `ip` set to `ptr`; a null ptr removes it
// (for an IPv4 address it goes back to the default).
QJsonArray withDnsPtr(const QJsonArray &entries, const QString &ip, const QJsonValue &ptr, const QString &ownIp);

// POST kind/{id}/actions/change_dns_ptr for a kind with ip and dns_ptr
// fields; `changed` runs when the action ends, to update copies elsewhere.
void addChangeDnsPtr(SimRouter &router, const KindRef &kind, std::function<void(SimProject &, qint64 id)> changed = {});

}  // namespace hcloud::sim
