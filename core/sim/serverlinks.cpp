#include "core/sim/serverlinks.h"

#include "core/sim/firewalls.h"
#include "core/sim/floatingips.h"
#include "core/sim/kindroutes.h"
#include "core/sim/loadbalancers.h"
#include "core/sim/networks.h"
#include "core/sim/primaryips.h"
#include "core/sim/servercommon.h"
#include "core/sim/simproject.h"
#include "core/sim/volumes.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

const QString kGroups = QStringLiteral("placement_groups");

}  // namespace

std::optional<SimReply> checkServerLinks(SimProject &project, const QJsonObject &body, const QString &zone)
{
    for (const QJsonValue &id : body.value(QLatin1String("networks")).toArray()) {
        const auto network = project.collection(kNetworks).constFind(idOf(id));
        if (network == project.collection(kNetworks).constEnd())
            return SimReply::invalidInput(QStringLiteral("networks"), QStringLiteral("network %1 not found").arg(idOf(id)));
        QString ip;
        if (auto refused = pickAddress(project, *network, zone, &ip))
            return refused;
    }
    const QJsonValue group = body.value(QLatin1String("placement_group"));
    if (!group.isUndefined() && !group.isNull() && !project.collection(kGroups).contains(idOf(group)))
        return SimReply::invalidInput(QStringLiteral("placement_group"), QStringLiteral("placement group not found"));
    for (const QJsonValue &entry : body.value(QLatin1String("firewalls")).toArray()) {
        if (!project.collection(kFirewalls).contains(idOf(entry[QLatin1String("firewall")])))
            return SimReply::error(422, QStringLiteral("firewall_resource_not_found"), QStringLiteral("firewall not found"));
    }
    return std::nullopt;
}

void linkNewServer(SimProject &project, qint64 serverId, const QJsonObject &body)
{
    const QJsonObject *server = findServer(project, serverId);
    const QString zone = server ? server->value(QLatin1String("location"))[QLatin1String("network_zone")].toString() : QString();
    for (const QJsonValue &id : body.value(QLatin1String("networks")).toArray()) {
        const QJsonObject network = project.collection(kNetworks).value(idOf(id));
        QString ip;
        if (!pickAddress(project, network, zone, &ip))
            attachServer(project, idOf(id), serverId, ip, QJsonArray());
    }
    const QJsonValue group = body.value(QLatin1String("placement_group"));
    if (!group.isUndefined() && !group.isNull())
        joinPlacementGroup(project, serverId, idOf(group));
    for (const QJsonValue &entry : body.value(QLatin1String("firewalls")).toArray()) {
        QJsonObject &firewall = project.collection(kFirewalls)[idOf(entry[QLatin1String("firewall")])];
        QJsonArray appliedTo = firewall.value(QLatin1String("applied_to")).toArray();
        appliedTo.append(appliedToEntry(QJsonObject{{QStringLiteral("type"), QStringLiteral("server")},
                                                    {QStringLiteral("server"), QJsonObject{{QStringLiteral("id"), serverId}}}}));
        firewall.insert(QStringLiteral("applied_to"), appliedTo);
    }
    syncLinks(project);
}

void forgetServer(SimProject &project, qint64 serverId)
{
    leavePlacementGroup(project, serverId);
    const QJsonArray privateNet = project.collection(kServers).value(serverId).value(QLatin1String("private_net")).toArray();
    for (const QJsonValue &entry : privateNet)
        detachServer(project, entry[QLatin1String("network")].toInteger(), serverId);
    for (auto it = project.collection(kVolumes).begin(); it != project.collection(kVolumes).end(); ++it) {
        if (it->value(QLatin1String("server")).toInteger() == serverId)
            it->insert(QStringLiteral("server"), QJsonValue::Null);
    }
    project.collection(kServers).remove(serverId);
    releaseServerFloatingIps(project, serverId);
    releaseServerPrimaryIps(project, serverId);
    syncLinks(project);
}

// Servers embed their group: keep each member's copy equal to the group.
void refreshGroupMembers(SimProject &project, const QJsonObject &group)
{
    for (const QJsonValue &member : group.value(QLatin1String("servers")).toArray()) {
        if (QJsonObject *server = findServer(project, member.toInteger()))
            server->insert(QStringLiteral("placement_group"), group);
    }
}

void syncLinks(SimProject &project)
{
    syncFirewalls(project);
    syncLoadBalancers(project);
}

void joinPlacementGroup(SimProject &project, qint64 serverId, qint64 groupId)
{
    leavePlacementGroup(project, serverId);
    const auto group = project.collection(kGroups).find(groupId);
    if (group == project.collection(kGroups).end() || !findServer(project, serverId))
        return;
    QJsonArray members = group->value(QLatin1String("servers")).toArray();
    members.append(serverId);
    group->insert(QStringLiteral("servers"), members);
    refreshGroupMembers(project, *group);
}

void leavePlacementGroup(SimProject &project, qint64 serverId)
{
    QJsonObject *server = findServer(project, serverId);
    if (!server)
        return;
    const qint64 groupId = server->value(QLatin1String("placement_group"))[QLatin1String("id")].toInteger();
    server->insert(QStringLiteral("placement_group"), QJsonValue::Null);
    const auto group = project.collection(kGroups).find(groupId);
    if (group == project.collection(kGroups).end())
        return;
    QJsonArray members;
    for (const QJsonValue &member : group->value(QLatin1String("servers")).toArray()) {
        if (member.toInteger() != serverId)
            members.append(member);
    }
    group->insert(QStringLiteral("servers"), members);
    refreshGroupMembers(project, *group);
}

}  // namespace hcloud::sim
