#pragma once

#include "core/sim/simreply.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace hcloud::sim {

class SimProject;

inline const QString kNetworks = QStringLiteral("networks");

// An IPv4 range in CIDR form, as networks, subnets and routes use them.
struct Cidr
{
    quint32 base = 0;
    int prefix = 0;

    // "10.0.0.0/16"; nullopt unless it is IPv4 with the host bits zero.
    static std::optional<Cidr> parse(const QString &text);
    quint64 size() const { return quint64(1) << (32 - prefix); }
    quint32 last() const { return quint32(base + size() - 1); }
    bool contains(quint32 address) const { return address >= base && address <= last(); }
    bool contains(const Cidr &other) const { return contains(other.base) && contains(other.last()); }
    bool overlaps(const Cidr &other) const { return base <= other.last() && other.base <= last(); }
    QString text() const;
};

quint32 ipv4Number(const QString &address);  // 0 when not IPv4
QString ipv4Text(quint32 address);
// RFC 1918, which the API requires of networks.
bool isPrivate(const Cidr &range);

// {network, ip, alias_ips, mac_address} in server.private_net, and the
// server's id in network.servers: both sides at once.
void attachServer(SimProject &project, qint64 networkId, qint64 serverId, const QString &ip, const QJsonArray &aliasIps);
void detachServer(SimProject &project, qint64 networkId, qint64 serverId);
// The next address of the subnet no server uses, past the gateway; "" when full.
QString freeAddress(const SimProject &project, const QJsonObject &network, const Cidr &subnet);
// The address a server in `zone` gets: *ip when it names a free one of the
// zone's subnets, else the next free one; 422 ip_not_available or
// no_subnet_available when there is none.
std::optional<SimReply> pickAddress(const SimProject &project, const QJsonObject &network, const QString &zone, QString *ip);
// Whether any server of the network uses this address.
bool addressTaken(const SimProject &project, const QJsonObject &network, quint32 address);

// A network with a cloud subnet per seeded zone and a route, the first
// servers attached.
void seedNetworks(SimProject &project, qint64 createdSecs);

}  // namespace hcloud::sim
