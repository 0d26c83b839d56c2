#include "core/sim/primaryiproutes.h"

#include "core/sim/catalog.h"
#include "core/sim/ipaddresses.h"
#include "core/sim/jsonshapes.h"
#include "core/sim/kindroutes.h"
#include "core/sim/primaryips.h"
#include "core/sim/requestbody.h"
#include "core/sim/serverfactory.h"
#include "core/sim/servercommon.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

const QString kPrimaryIp = QStringLiteral("primary_ip");
const KindRef kPrimaryIpRef{kPrimaryIps, kPrimaryIp};

QJsonArray onIp(qint64 id, qint64 serverId)
{
    return QJsonArray{actionResource(kPrimaryIp, id), actionResource(QStringLiteral("server"), serverId)};
}

// Assigning and unassigning change the server's network: only while it is off.
std::optional<SimReply> checkServerOff(SimProject &project, qint64 serverId)
{
    if (auto refused = checkServerFree(project, serverId))
        return refused;
    if (findServer(project, serverId)->value(QLatin1String("status")).toString() != QLatin1String("off"))
        return SimReply::error(422, QStringLiteral("server_not_stopped"), QStringLiteral("server %1 must be powered off").arg(serverId));
    return std::nullopt;
}

// The server may take an address of this type: it is off, in the same
// location, and has none of the type yet.
std::optional<SimReply> checkAssignable(SimProject &project, qint64 serverId, const QString &type, const QJsonValue &location)
{
    if (!findServer(project, serverId))
        return SimReply::invalidInput(QStringLiteral("assignee_id"), QStringLiteral("server not found"));
    if (auto refused = checkServerOff(project, serverId))
        return refused;
    const QJsonObject *server = findServer(project, serverId);
    if (!location.isUndefined()
        && server->value(QLatin1String("location"))[QLatin1String("name")] != location[QLatin1String("name")])
        return SimReply::invalidInput(QStringLiteral("assignee_id"),
                                      QStringLiteral("the primary IP and the server are in different locations"));
    if (!server->value(QLatin1String("public_net"))[type].isNull())
        return SimReply::error(422, QStringLiteral("server_has_") + type,
                               QStringLiteral("server %1 already has an %2 address").arg(serverId).arg(type));
    return std::nullopt;
}

QJsonObject startAssign(SimProject &project, qint64 id, qint64 serverId)
{
    return project.actions().start(project, QStringLiteral("assign_primary_ip"), onIp(id, serverId),
                                   ifSucceeded([id, serverId](SimProject &p) { assignPrimaryIp(p, id, serverId); }));
}

// The datacenter named by `datacenter` or, newer, `location`.
const DatacenterInfo *placeOf(const QJsonObject &body)
{
    if (body.contains(QLatin1String("location")))
        return catalog::datacenterIn(body.value(QLatin1String("location")).toString());
    const QString name = body.value(QLatin1String("datacenter")).toString();
    for (const DatacenterInfo &dc : catalog::datacenters()) {
        if (dc.name == name)
            return &dc;
    }
    return nullptr;
}

SimReply create(RouteContext &c, const QJsonObject &body)
{
    if (auto refused = c.apiDate.refuseDatacenter(body))
        return *refused;
    Problems problems;
    const QString name = requiredName(body, QStringLiteral("Missing data for required field."), &problems);
    const QString type = body.value(QLatin1String("type")).toString();
    if (type != QLatin1String("ipv4") && type != QLatin1String("ipv6"))
        problems.append({QStringLiteral("type"), QStringLiteral("must be ipv4 or ipv6")});
    const QJsonValue autoDelete = body.value(QLatin1String("auto_delete"));
    if (!autoDelete.isUndefined() && !autoDelete.isBool())
        problems.append({QStringLiteral("auto_delete"), QStringLiteral("Not a valid boolean.")});
    const QJsonValue assignee = body.value(QLatin1String("assignee_id"));
    const bool assigned = !assignee.isUndefined() && !assignee.isNull();
    // Today's API leaves assignee_type out of an unassigned create.
    const QJsonValue assigneeType = body.value(QLatin1String("assignee_type"));
    if ((assigned || !assigneeType.isUndefined()) && assigneeType != QJsonValue(QStringLiteral("server")))
        problems.append({QStringLiteral("assignee_type"), QStringLiteral("must be server")});
    const bool placed = body.contains(QLatin1String("datacenter")) || body.contains(QLatin1String("location"));
    if (assigned == placed)
        problems.append({QStringLiteral("location"), QStringLiteral("give either assignee_id or location")});
    checkLabels(body.value(QLatin1String("labels")), &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);

    const qint64 serverId = assigned ? idOf(assignee) : 0;
    QJsonObject datacenter;
    if (assigned) {
        if (auto refused = checkAssignable(c.project, serverId, type, QJsonValue::Undefined))
            return *refused;
        datacenter = findServer(c.project, serverId)->value(QLatin1String("datacenter")).toObject();
    } else if (const DatacenterInfo *dc = placeOf(body)) {
        datacenter = shapes::datacenter(*dc);
    } else {
        return SimReply::invalidInput(body.contains(QLatin1String("location")) ? QStringLiteral("location") : QStringLiteral("datacenter"),
                                      QStringLiteral("not found"));
    }
    if (nameTaken(c.project, kPrimaryIps, name))
        return SimReply::uniquenessError(QStringLiteral("name"), QStringLiteral("primary_ip name is already used"));
    const QString ip = allocateAddress(c.project, type);
    if (ip.isEmpty())
        return SimReply::error(422, QStringLiteral("resource_unavailable"), QStringLiteral("no free IPv4 address left"));

    const qint64 id = c.project.allocatePrimaryIpId();
    const QJsonObject primaryIp = makePrimaryIp(id, name, ip, datacenter, 0, autoDelete.toBool(false),
                                                body.value(QLatin1String("labels")).toObject(),
                                                c.project.actions().nowMs() / 1000);
    c.project.collection(kPrimaryIps).insert(id, primaryIp);
    // The API always answers an action: the assignment, or the creation,
    // which is over at once (the CLI deletes right after without waiting).
    QJsonObject action;
    if (assigned) {
        action = startAssign(c.project, id, serverId);
    } else {
        const qint64 actionId = c.project.allocateId(QStringLiteral("actions"));
        const qint64 now = c.project.actions().nowMs() / 1000;
        action = makeAction(actionId, QStringLiteral("create_primary_ip"), QStringLiteral("success"), 100, now, now, kPrimaryIp, id);
        c.project.collection(QStringLiteral("actions")).insert(actionId, action);
    }
    return created(kPrimaryIp, primaryIp, action);
}

}  // namespace

void addPrimaryIpRoutes(SimRouter &router)
{
    router.add("POST", kPrimaryIps, bodyRoute(create));
    addUpdateRoute(
        router, kPrimaryIpRef,
        [](const QJsonObject &body, QJsonObject &primaryIp, Problems *problems) {
            const QJsonValue autoDelete = body.value(QLatin1String("auto_delete"));
            if (!autoDelete.isUndefined() && !autoDelete.isBool())
                problems->append({QStringLiteral("auto_delete"), QStringLiteral("Not a valid boolean.")});
            else if (autoDelete.isBool())
                primaryIp.insert(QStringLiteral("auto_delete"), autoDelete);
        },
        [](SimProject &project, const QJsonObject &primaryIp) {
            showPrimaryIpOnServer(project, primaryIp.value(QLatin1String("id")).toInteger());
        });
    addDeleteRoute(router, kPrimaryIpRef, [](SimProject &, qint64 id, const QJsonObject &primaryIp) -> std::optional<SimReply> {
        // Since 1 May 2026 the API no longer unassigns on delete.
        if (!primaryIp.value(QLatin1String("assignee_id")).isNull())
            return SimReply::error(422, QStringLiteral("must_be_unassigned"), QStringLiteral("unassign primary_ip %1 first").arg(id));
        return std::nullopt;
    });
    addObjectAction(router, kPrimaryIpRef, "assign", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &primaryIp) {
        const qint64 serverId = idOf(body.value(QLatin1String("assignee_id")));
        Problems problems;
        if (serverId <= 0)
            problems.append({QStringLiteral("assignee_id"), QStringLiteral("Missing data for required field.")});
        if (body.value(QLatin1String("assignee_type")) != QJsonValue(QStringLiteral("server")))
            problems.append({QStringLiteral("assignee_type"), QStringLiteral("must be server")});
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        if (!primaryIp.value(QLatin1String("assignee_id")).isNull())
            return SimReply::error(422, QStringLiteral("primary_ip_already_assigned"),
                                   QStringLiteral("primary_ip %1 is assigned already").arg(id));
        if (auto refused = checkAssignable(c.project, serverId, primaryIp.value(QLatin1String("type")).toString(),
                                           primaryIp.value(QLatin1String("location"))))
            return *refused;
        return started(startAssign(c.project, id, serverId));
    });
    addObjectAction(router, kPrimaryIpRef, "unassign", [](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &primaryIp) {
        const qint64 serverId = primaryIp.value(QLatin1String("assignee_id")).toInteger();
        if (serverId <= 0)
            return SimReply::error(422, QStringLiteral("primary_ip_not_assigned"), QStringLiteral("primary_ip %1 is not assigned").arg(id));
        if (auto refused = checkServerOff(c.project, serverId))
            return *refused;
        return startedOn(c.project, QStringLiteral("unassign_primary_ip"), onIp(id, serverId), [id](SimProject &p) { unassignPrimaryIp(p, id); });
    });
    addChangeDnsPtr(router, kPrimaryIpRef, showPrimaryIpOnServer);
    addChangeProtection(router, kPrimaryIpRef, [](const QJsonObject &primaryIp, const QJsonObject &protection) -> std::optional<SimReply> {
        // The API keeps an IP that goes with its server from being protected.
        if (protection.value(QLatin1String("delete")).toBool() && primaryIp.value(QLatin1String("auto_delete")).toBool())
            return SimReply::error(422, QStringLiteral("invalid_input"),
                                   QStringLiteral("delete protection needs auto_delete to be off"));
        return std::nullopt;
    });
}

}  // namespace hcloud::sim
