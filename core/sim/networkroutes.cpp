#include "core/sim/networkroutes.h"

#include "core/sim/catalog.h"
#include "core/sim/kindroutes.h"
#include "core/sim/networks.h"
#include "core/sim/requestbody.h"
#include "core/sim/servercommon.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

const KindRef kRef{kNetworks, QStringLiteral("network")};

bool knownZone(const QString &zone)
{
    for (const LocationInfo &location : catalog::locations()) {
        if (location.networkZone == zone)
            return true;
    }
    return false;
}

// The ranges taken in the network: its subnets.
QVector<Cidr> subnetRanges(const QJsonObject &network)
{
    QVector<Cidr> ranges;
    for (const QJsonValue &subnet : network.value(QLatin1String("subnets")).toArray()) {
        if (auto range = Cidr::parse(subnet[QLatin1String("ip_range")].toString()))
            ranges.append(*range);
    }
    return ranges;
}

// A subnet as the API keeps it, or problems; `network` gives the range it
// must fit and the subnets it must not overlap.
QJsonObject checkSubnet(const QJsonObject &in, const Cidr &networkRange, const QVector<Cidr> &taken, Problems *problems)
{
    const QString type = in.value(QLatin1String("type")).toString();
    const QString zone = in.value(QLatin1String("network_zone")).toString();
    if (type != QLatin1String("cloud") && type != QLatin1String("server") && type != QLatin1String("vswitch"))
        problems->append({QStringLiteral("type"), QStringLiteral("must be cloud, server or vswitch")});
    if (!knownZone(zone))
        problems->append({QStringLiteral("network_zone"), QStringLiteral("network zone not found")});
    if (type == QLatin1String("vswitch") && !in.value(QLatin1String("vswitch_id")).isDouble())
        problems->append({QStringLiteral("vswitch_id"), QStringLiteral("is required for vswitch subnets")});
    std::optional<Cidr> range;
    if (in.contains(QLatin1String("ip_range"))) {
        range = Cidr::parse(in.value(QLatin1String("ip_range")).toString());
        if (!range || !networkRange.contains(*range))
            problems->append({QStringLiteral("ip_range"), QStringLiteral("must be a range inside the network's ip_range")});
    } else {
        // The first free /24, as the API picks one.
        for (quint64 base = networkRange.base; base + 256 <= quint64(networkRange.last()) + 1 && !range; base += 256) {
            const Cidr candidate{quint32(base), 24};
            if (std::none_of(taken.begin(), taken.end(), [&](const Cidr &t) { return t.overlaps(candidate); }))
                range = candidate;
        }
        if (!range)
            problems->append({QStringLiteral("ip_range"), QStringLiteral("no free /24 is left in the network")});
    }
    if (range && std::any_of(taken.begin(), taken.end(), [&](const Cidr &t) { return t.overlaps(*range); }))
        problems->append({QStringLiteral("ip_range"), QStringLiteral("overlaps another subnet")});
    if (!problems->isEmpty())
        return {};
    return QJsonObject{{QStringLiteral("type"), type},
                       {QStringLiteral("ip_range"), range->text()},
                       {QStringLiteral("network_zone"), zone},
                       {QStringLiteral("gateway"), ipv4Text(networkRange.base + 1)},
                       {QStringLiteral("vswitch_id"), type == QLatin1String("vswitch") ? in.value(QLatin1String("vswitch_id")) : QJsonValue()}};
}

QJsonObject checkRoute(const QJsonObject &in, const Cidr &networkRange, Problems *problems)
{
    const auto destination = Cidr::parse(in.value(QLatin1String("destination")).toString());
    const quint32 gateway = ipv4Number(in.value(QLatin1String("gateway")).toString());
    if (!destination)
        problems->append({QStringLiteral("destination"), QStringLiteral("must be an IPv4 range in CIDR form")});
    if (!gateway || !networkRange.contains(gateway) || gateway == networkRange.base + 1)
        problems->append({QStringLiteral("gateway"), QStringLiteral("must be an address inside the network, not its gateway")});
    if (!problems->isEmpty())
        return {};
    return QJsonObject{{QStringLiteral("destination"), destination->text()}, {QStringLiteral("gateway"), ipv4Text(gateway)}};
}

SimReply create(RouteContext &c, const QJsonObject &body)
{
    Problems problems;
    const QString name = requiredName(body, QStringLiteral("Missing data for required field."), &problems);
    const auto range = Cidr::parse(body.value(QLatin1String("ip_range")).toString());
    if (!range || !isPrivate(*range) || range->prefix > 24)
        problems.append({QStringLiteral("ip_range"), QStringLiteral("must be a private IPv4 range (RFC 1918) of at least /24")});
    const QJsonValue expose = body.value(QLatin1String("expose_routes_to_vswitch"));
    if (!expose.isUndefined() && !expose.isBool())
        problems.append({QStringLiteral("expose_routes_to_vswitch"), QStringLiteral("Not a valid boolean.")});
    checkLabels(body.value(QLatin1String("labels")), &problems);
    QJsonArray subnets;
    QJsonArray routes;
    if (range) {
        QVector<Cidr> taken;
        for (const QJsonValue &in : body.value(QLatin1String("subnets")).toArray()) {
            const QJsonObject subnet = checkSubnet(in.toObject(), *range, taken, &problems);
            if (!subnet.isEmpty()) {
                subnets.append(subnet);
                taken.append(*Cidr::parse(subnet.value(QLatin1String("ip_range")).toString()));
            }
        }
        for (const QJsonValue &in : body.value(QLatin1String("routes")).toArray()) {
            const QJsonObject route = checkRoute(in.toObject(), *range, &problems);
            if (!route.isEmpty())
                routes.append(route);
        }
    }
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (nameTaken(c.project, kNetworks, name))
        return SimReply::uniquenessError(QStringLiteral("name"), QStringLiteral("network name is already used"));
    const QJsonObject network = addNew(c.project, kNetworks, name, body,
                                       {{QStringLiteral("ip_range"), range->text()},
                                        {QStringLiteral("subnets"), subnets},
                                        {QStringLiteral("routes"), routes},
                                        {QStringLiteral("servers"), QJsonArray()},
                                        {QStringLiteral("load_balancers"), QJsonArray()},
                                        {QStringLiteral("protection"), QJsonObject{{QStringLiteral("delete"), false}}},
                                        {QStringLiteral("expose_routes_to_vswitch"), expose.toBool(false)}});
    return created(kRef.type, network);
}

// A network action: while another change runs the API answers conflict.
void addNetworkAction(SimRouter &router, const char *command, ObjectAction handler)
{
    const QString path = kNetworks + QStringLiteral("/{id}/actions/") + QLatin1String(command);
    router.add("POST", path, [handler](RouteContext &c) -> SimReply {
        const qint64 id = c.ids.first();
        if (auto missing = checkFound(c.project, kRef, id))
            return *missing;
        if (c.project.actions().busy(kRef.type, id))
            return SimReply::error(409, QStringLiteral("conflict"), QStringLiteral("network %1 is being changed; try again shortly").arg(id));
        return withBody(c.request, [&](const QJsonObject &body) { return handler(c, id, body, c.project.collection(kNetworks)[id]); });
    });
}

// Starts `command` on the network; the change to it happens when it ends.
SimReply change(RouteContext &c, qint64 id, const QString &command, ObjectChange apply)
{
    return started(startChange(c.project, kRef, id, command, apply));
}

SimReply appended(RouteContext &c, qint64 id, const QString &command, const QString &list, const QJsonObject &entry)
{
    return change(c, id, command, appendEntry(list, entry));
}

SimReply removed(RouteContext &c, qint64 id, const QString &command, const QString &list, int index)
{
    return change(c, id, command, removeEntry(list, [index](const QJsonObject &) { return index; }));
}

bool inSubnet(const QString &ip, const QJsonObject &subnet)
{
    const auto range = Cidr::parse(subnet.value(QLatin1String("ip_range")).toString());
    return range && range->contains(ipv4Number(ip));
}

void addSubnetAndRouteActions(SimRouter &router)
{
    addNetworkAction(router, "add_subnet", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &network) {
        Problems problems;
        const QJsonObject subnet = checkSubnet(body, *Cidr::parse(network.value(QLatin1String("ip_range")).toString()),
                                               subnetRanges(network), &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        return appended(c, id, QStringLiteral("add_subnet"), QStringLiteral("subnets"), subnet);
    });
    addNetworkAction(router, "delete_subnet", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &network) {
        const QString range = body.value(QLatin1String("ip_range")).toString();
        const QJsonArray subnets = network.value(QLatin1String("subnets")).toArray();
        for (int i = 0; i < subnets.size(); ++i) {
            if (subnets.at(i)[QLatin1String("ip_range")].toString() != range)
                continue;
            for (const QJsonValue &server : network.value(QLatin1String("servers")).toArray()) {
                for (const QJsonValue &entry : c.project.collection(kServers).value(server.toInteger()).value(QLatin1String("private_net")).toArray()) {
                    if (entry[QLatin1String("network")].toInteger() == id && inSubnet(entry[QLatin1String("ip")].toString(), subnets.at(i).toObject()))
                        return SimReply::error(422, QStringLiteral("resource_in_use"),
                                               QStringLiteral("detach the servers in subnet %1 first").arg(range));
                }
            }
            return removed(c, id, QStringLiteral("delete_subnet"), QStringLiteral("subnets"), i);
        }
        return SimReply::invalidInput(QStringLiteral("ip_range"), QStringLiteral("the network has no subnet %1").arg(range));
    });
    addNetworkAction(router, "add_route", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &network) {
        Problems problems;
        const QJsonObject route = checkRoute(body, *Cidr::parse(network.value(QLatin1String("ip_range")).toString()), &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        if (network.value(QLatin1String("routes")).toArray().contains(route))
            return SimReply::invalidInput(QStringLiteral("destination"), QStringLiteral("the network has this route already"));
        return appended(c, id, QStringLiteral("add_route"), QStringLiteral("routes"), route);
    });
    addNetworkAction(router, "delete_route", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &network) {
        const QJsonObject route{{QStringLiteral("destination"), body.value(QLatin1String("destination"))},
                                {QStringLiteral("gateway"), body.value(QLatin1String("gateway"))}};
        const int index = int(network.value(QLatin1String("routes")).toArray().toVariantList().indexOf(route.toVariantMap()));
        if (index < 0)
            return SimReply::invalidInput(QStringLiteral("destination"), QStringLiteral("the network has no such route"));
        return removed(c, id, QStringLiteral("delete_route"), QStringLiteral("routes"), index);
    });
    addNetworkAction(router, "change_ip_range", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &network) {
        const auto now = Cidr::parse(network.value(QLatin1String("ip_range")).toString());
        const auto wanted = Cidr::parse(body.value(QLatin1String("ip_range")).toString());
        // Ranges only grow, and only at their end.
        if (!wanted || !isPrivate(*wanted) || wanted->base != now->base || wanted->prefix > now->prefix)
            return SimReply::invalidInput(QStringLiteral("ip_range"), QStringLiteral("must contain the current range and start where it starts"));
        const QString text = wanted->text();
        return change(c, id, QStringLiteral("change_ip_range"), [text](SimProject &, QJsonObject &n) { n.insert(QStringLiteral("ip_range"), text); });
    });
}

QJsonObject attachment(const QJsonObject &server, qint64 networkId)
{
    for (const QJsonValue &entry : server.value(QLatin1String("private_net")).toArray()) {
        if (entry[QLatin1String("network")].toInteger() == networkId)
            return entry.toObject();
    }
    return {};
}

// What a server's network action holds.
QJsonArray serverAndNetwork(qint64 id, qint64 networkId)
{
    return {actionResource(QStringLiteral("server"), id), actionResource(kRef.type, networkId)};
}

void addServerNetworkActions(SimRouter &router)
{
    addObjectAction(router, kServerRef, "attach_to_network", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &server) {
        const qint64 networkId = idOf(body.value(QLatin1String("network")));
        if (!c.project.collection(kNetworks).contains(networkId))
            return SimReply::invalidInput(QStringLiteral("network"), QStringLiteral("network not found"));
        if (!attachment(server, networkId).isEmpty())
            return SimReply::error(422, QStringLiteral("server_already_attached"), QStringLiteral("server %1 is attached to this network already").arg(id));
        QString ip = body.value(QLatin1String("ip")).toString();
        const QString zone = server.value(QLatin1String("location"))[QLatin1String("network_zone")].toString();
        if (auto refused = pickAddress(c.project, c.project.collection(kNetworks).value(networkId), zone, &ip))
            return *refused;
        const QJsonArray aliases = body.value(QLatin1String("alias_ips")).toArray();
        return startedOn(c.project, QStringLiteral("attach_to_network"), serverAndNetwork(id, networkId),
                               [networkId, id, ip, aliases](SimProject &p) { attachServer(p, networkId, id, ip, aliases); });
    });
    addObjectAction(router, kServerRef, "detach_from_network", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &server) {
        const qint64 networkId = idOf(body.value(QLatin1String("network")));
        if (attachment(server, networkId).isEmpty())
            return SimReply::invalidInput(QStringLiteral("network"), QStringLiteral("server %1 is not attached to this network").arg(id));
        return startedOn(c.project, QStringLiteral("detach_from_network"), serverAndNetwork(id, networkId),
                               [networkId, id](SimProject &p) { detachServer(p, networkId, id); });
    });
    addObjectAction(router, kServerRef, "change_alias_ips", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &server) {
        const qint64 networkId = idOf(body.value(QLatin1String("network")));
        const QJsonObject attached = attachment(server, networkId);
        if (attached.isEmpty())
            return SimReply::invalidInput(QStringLiteral("network"), QStringLiteral("server %1 is not attached to this network").arg(id));
        const QJsonObject network = c.project.collection(kNetworks).value(networkId);
        const Cidr range = *Cidr::parse(network.value(QLatin1String("ip_range")).toString());
        const QJsonArray aliases = body.value(QLatin1String("alias_ips")).toArray();
        for (const QJsonValue &alias : aliases) {
            const quint32 address = ipv4Number(alias.toString());
            if (!range.contains(address) || (addressTaken(c.project, network, address) && !attached.value(QLatin1String("alias_ips")).toArray().contains(alias)))
                return SimReply::error(422, QStringLiteral("ip_not_available"), QStringLiteral("%1 is not a free address of the network").arg(alias.toString()));
        }
        const QString ip = attached.value(QLatin1String("ip")).toString();
        return startedOn(c.project, QStringLiteral("change_alias_ips"), serverAndNetwork(id, networkId),
                               [networkId, id, ip, aliases](SimProject &p) { attachServer(p, networkId, id, ip, aliases); });
    });
}

}  // namespace

void addNetworkRoutes(SimRouter &router)
{
    router.add("POST", kNetworks, bodyRoute(create));
    addUpdateRoute(router, kRef, [](const QJsonObject &body, QJsonObject &network, Problems *problems) {
        const QJsonValue expose = body.value(QLatin1String("expose_routes_to_vswitch"));
        if (expose.isUndefined())
            return;
        if (!expose.isBool())
            problems->append({QStringLiteral("expose_routes_to_vswitch"), QStringLiteral("Not a valid boolean.")});
        network.insert(QStringLiteral("expose_routes_to_vswitch"), expose);
    });
    // Attached servers are detached with it.
    addDeleteRoute(router, kRef, {}, [](SimProject &project, qint64 id, const QJsonObject &network) {
        for (const QJsonValue &server : network.value(QLatin1String("servers")).toArray())
            detachServer(project, id, server.toInteger());
    });
    addSubnetAndRouteActions(router);
    addChangeProtection(router, kRef);
    addServerNetworkActions(router);
}

}  // namespace hcloud::sim
