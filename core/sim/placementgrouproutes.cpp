#include "core/sim/placementgrouproutes.h"

#include "core/sim/kindroutes.h"
#include "core/sim/requestbody.h"
#include "core/sim/servercommon.h"
#include "core/sim/serverlinks.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

const QString kKind = QStringLiteral("placement_groups");

const KindRef kRef{kKind, QStringLiteral("placement_group")};

SimReply create(RouteContext &c, const QJsonObject &body)
{
    Problems problems;
    const QString name = requiredName(body, QStringLiteral("is required"), &problems);
    const QString type = body.value(QLatin1String("type")).toString();
    if (type != QLatin1String("spread"))
        problems.append({QStringLiteral("type"), QStringLiteral("must be spread")});
    if (auto refused = checkNew(c.project, kKind, name, body, problems, QStringLiteral("placement group name is already used")))
        return *refused;
    const QJsonObject group = addNew(c.project, kKind, name, body, {{QStringLiteral("type"), type}, {QStringLiteral("servers"), QJsonArray()}});
    // Creating a group starts no work, so there is no action.
    return created(kRef.type, group, QJsonValue());
}

// What a server's membership action holds.
QJsonArray serverAndGroup(qint64 id, qint64 groupId)
{
    return {actionResource(QStringLiteral("server"), id), actionResource(kRef.type, groupId)};
}

}  // namespace

void addPlacementGroupRoutes(SimRouter &router)
{
    router.add("POST", kKind, bodyRoute(create));
    addUpdateRoute(router, kRef, {}, refreshGroupMembers);
    addDeleteRoute(router, kRef, {}, [](SimProject &project, qint64, const QJsonObject &group) {
        for (const QJsonValue &member : group.value(QLatin1String("servers")).toArray())
            leavePlacementGroup(project, member.toInteger());
    });

    // Membership changes are server actions.
    addObjectAction(router, kServerRef, "add_to_placement_group", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &server) {
        const qint64 groupId = idOf(body.value(QLatin1String("placement_group")));
        if (!c.project.collection(kKind).contains(groupId))
            return SimReply::invalidInput(QStringLiteral("placement_group"), QStringLiteral("placement group not found"));
        if (server.value(QLatin1String("status")).toString() != QLatin1String("off"))
            return SimReply::error(422, QStringLiteral("server_not_stopped"), QStringLiteral("server %1 must be powered off for this action").arg(id));
        if (!server.value(QLatin1String("placement_group")).isNull())
            return SimReply::invalidInput(QStringLiteral("placement_group"), QStringLiteral("server %1 is in a placement group already").arg(id));
        return startedOn(c.project, QStringLiteral("add_to_placement_group"), serverAndGroup(id, groupId),
                             [id, groupId](SimProject &p) { joinPlacementGroup(p, id, groupId); });
    });
    addObjectAction(router, kServerRef, "remove_from_placement_group", [](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &server) {
        const qint64 groupId = server.value(QLatin1String("placement_group"))[QLatin1String("id")].toInteger();
        if (groupId == 0)
            return SimReply::error(422, QStringLiteral("invalid_input"), QStringLiteral("server %1 is in no placement group").arg(id));
        return startedOn(c.project, QStringLiteral("remove_from_placement_group"), serverAndGroup(id, groupId),
                             [id](SimProject &p) { leavePlacementGroup(p, id); });
    });
}

}  // namespace hcloud::sim
