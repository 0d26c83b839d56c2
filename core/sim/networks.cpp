#include "core/sim/networks.h"

#include "core/sim/catalog.h"
#include "core/sim/jsonshapes.h"
#include "core/sim/servercommon.h"
#include "core/sim/simproject.h"

#include <QHostAddress>
#include <QJsonArray>

namespace hcloud::sim {

std::optional<Cidr> Cidr::parse(const QString &text)
{
    const int slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return std::nullopt;
    bool ok = false;
    const int prefix = text.mid(slash + 1).toInt(&ok);
    const quint32 base = ipv4Number(text.left(slash));
    if (!ok || prefix < 0 || prefix > 32 || (base == 0 && text.left(slash) != QLatin1String("0.0.0.0")))
        return std::nullopt;
    Cidr cidr{base, prefix};
    const quint32 hostMask = prefix == 32 ? 0 : (quint32(0xffffffff) >> prefix);
    if (base & hostMask)
        return std::nullopt;
    return cidr;
}

QString Cidr::text() const
{
    return ipv4Text(base) + QLatin1Char('/') + QString::number(prefix);
}

quint32 ipv4Number(const QString &address)
{
    QHostAddress parsed;
    if (!parsed.setAddress(address) || parsed.protocol() != QAbstractSocket::IPv4Protocol)
        return 0;
    return parsed.toIPv4Address();
}

QString ipv4Text(quint32 address)
{
    return QHostAddress(address).toString();
}

bool isPrivate(const Cidr &range)
{
    static const Cidr privateRanges[] = {*Cidr::parse(QStringLiteral("10.0.0.0/8")), *Cidr::parse(QStringLiteral("172.16.0.0/12")),
                                         *Cidr::parse(QStringLiteral("192.168.0.0/16"))};
    for (const Cidr &p : privateRanges) {
        if (p.contains(range))
            return true;
    }
    return false;
}

namespace {

QString macFor(qint64 networkId, qint64 serverId)
{
    return QStringLiteral("86:00:00:%1:%2:%3")
        .arg(networkId % 256, 2, 16, QLatin1Char('0'))
        .arg((serverId >> 8) % 256, 2, 16, QLatin1Char('0'))
        .arg(serverId % 256, 2, 16, QLatin1Char('0'));
}

}  // namespace

void attachServer(SimProject &project, qint64 networkId, qint64 serverId, const QString &ip, const QJsonArray &aliasIps)
{
    QJsonObject *server = findServer(project, serverId);
    const auto network = project.collection(kNetworks).find(networkId);
    if (!server || network == project.collection(kNetworks).end())
        return;
    detachServer(project, networkId, serverId);
    QJsonArray privateNet = server->value(QLatin1String("private_net")).toArray();
    privateNet.append(QJsonObject{{QStringLiteral("network"), networkId},
                                  {QStringLiteral("ip"), ip},
                                  {QStringLiteral("alias_ips"), aliasIps},
                                  {QStringLiteral("mac_address"), macFor(networkId, serverId)}});
    server->insert(QStringLiteral("private_net"), privateNet);
    QJsonArray servers = network->value(QLatin1String("servers")).toArray();
    servers.append(serverId);
    network->insert(QStringLiteral("servers"), servers);
}

void detachServer(SimProject &project, qint64 networkId, qint64 serverId)
{
    if (QJsonObject *server = findServer(project, serverId)) {
        QJsonArray kept;
        for (const QJsonValue &entry : server->value(QLatin1String("private_net")).toArray()) {
            if (entry[QLatin1String("network")].toInteger() != networkId)
                kept.append(entry);
        }
        server->insert(QStringLiteral("private_net"), kept);
    }
    const auto network = project.collection(kNetworks).find(networkId);
    if (network == project.collection(kNetworks).end())
        return;
    QJsonArray servers;
    for (const QJsonValue &id : network->value(QLatin1String("servers")).toArray()) {
        if (id.toInteger() != serverId)
            servers.append(id);
    }
    network->insert(QStringLiteral("servers"), servers);
}

bool addressTaken(const SimProject &project, const QJsonObject &network, quint32 address)
{
    const qint64 networkId = network.value(QLatin1String("id")).toInteger();
    for (const QJsonValue &id : network.value(QLatin1String("servers")).toArray()) {
        const QJsonObject server = project.collection(kServers).value(id.toInteger());
        for (const QJsonValue &entry : server.value(QLatin1String("private_net")).toArray()) {
            if (entry[QLatin1String("network")].toInteger() != networkId)
                continue;
            if (ipv4Number(entry[QLatin1String("ip")].toString()) == address)
                return true;
            for (const QJsonValue &alias : entry[QLatin1String("alias_ips")].toArray()) {
                if (ipv4Number(alias.toString()) == address)
                    return true;
            }
        }
    }
    return false;
}

QString freeAddress(const SimProject &project, const QJsonObject &network, const Cidr &subnet)
{
    // .0 is the subnet, .1 the gateway, the last the broadcast.
    for (quint64 address = quint64(subnet.base) + 2; address < subnet.last(); ++address) {
        if (!addressTaken(project, network, quint32(address)))
            return ipv4Text(quint32(address));
    }
    return {};
}

std::optional<SimReply> pickAddress(const SimProject &project, const QJsonObject &network, const QString &zone, QString *ip)
{
    const bool wanted = !ip->isEmpty();
    for (const QJsonValue &value : network.value(QLatin1String("subnets")).toArray()) {
        const QJsonObject subnet = value.toObject();
        if (subnet.value(QLatin1String("network_zone")).toString() != zone || subnet.value(QLatin1String("type")).toString() == QLatin1String("vswitch"))
            continue;
        const Cidr range = *Cidr::parse(subnet.value(QLatin1String("ip_range")).toString());
        if (wanted) {
            const quint32 address = ipv4Number(*ip);
            if (range.contains(address) && address > range.base + 1 && address < range.last() && !addressTaken(project, network, address))
                return std::nullopt;
            continue;
        }
        *ip = freeAddress(project, network, range);
        if (!ip->isEmpty())
            return std::nullopt;
    }
    if (wanted)
        return SimReply::error(422, QStringLiteral("ip_not_available"), QStringLiteral("%1 is not a free address of the network in %2").arg(*ip, zone));
    return SimReply::error(422, QStringLiteral("no_subnet_available"), QStringLiteral("the network has no subnet with free addresses in %1").arg(zone));
}

void seedNetworks(SimProject &project, qint64 createdSecs)
{
    const qint64 id = project.allocateId(kNetworks);
    QJsonArray subnets;
    QStringList zones;
    for (const LocationInfo &location : catalog::locations()) {
        if (!zones.contains(location.networkZone))
            zones.append(location.networkZone);
    }
    for (int i = 0; i < zones.size(); ++i) {
        subnets.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("cloud")},
                                   {QStringLiteral("ip_range"), QStringLiteral("10.0.%1.0/24").arg(i + 1)},
                                   {QStringLiteral("network_zone"), zones.at(i)},
                                   {QStringLiteral("gateway"), QStringLiteral("10.0.0.1")},
                                   {QStringLiteral("vswitch_id"), QJsonValue()}});
    }
    project.collection(kNetworks).insert(
        id, QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("name"), QStringLiteral("backend")},
                        {QStringLiteral("ip_range"), QStringLiteral("10.0.0.0/16")},
                        {QStringLiteral("subnets"), subnets},
                        {QStringLiteral("routes"), QJsonArray{QJsonObject{{QStringLiteral("destination"), QStringLiteral("10.100.0.0/24")},
                                                                          {QStringLiteral("gateway"), QStringLiteral("10.0.1.254")}}}},
                        {QStringLiteral("servers"), QJsonArray()},
                        {QStringLiteral("load_balancers"), QJsonArray()},
                        {QStringLiteral("protection"), QJsonObject{{QStringLiteral("delete"), false}}},
                        {QStringLiteral("labels"), QJsonObject{{QStringLiteral("env"), QStringLiteral("prod")}}},
                        {QStringLiteral("expose_routes_to_vswitch"), false},
                        {QStringLiteral("created"), shapes::timestamp(createdSecs - 86400 * 300)}});
    // The first two servers talk over it, each in its zone's subnet.
    const QList<qint64> servers = project.collection(kServers).keys();
    for (int i = 0; i < std::min<int>(2, servers.size()); ++i) {
        const QString zone = project.collection(kServers).value(servers.at(i)).value(QLatin1String("location"))[QLatin1String("network_zone")].toString();
        const int at = std::max(0, int(zones.indexOf(zone)));
        const QString ip = freeAddress(project, project.collection(kNetworks).value(id), *Cidr::parse(subnets.at(at)[QLatin1String("ip_range")].toString()));
        attachServer(project, id, servers.at(i), ip, QJsonArray());
    }
}

}  // namespace hcloud::sim
