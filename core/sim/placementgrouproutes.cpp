#include "core/sim/placementgrouproutes.h"

#include "core/sim/jsonshapes.h"
#include "core/sim/kindroutes.h"
#include "core/sim/requestbody.h"
#include "core/sim/serverlinks.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

const QString kKind = QStringLiteral("placement_groups");

const KindRef kRef{kKind, QStringLiteral("placement_group")};

SimReply create(RouteContext &c)
{
    SimReply error;
    const auto body = requestBody(c.request, &error);
    if (!body)
        return error;
    QVector<QPair<QString, QString>> problems;
    const QString name = body->value(QLatin1String("name")).toString();
    const QString type = body->value(QLatin1String("type")).toString();
    if (name.isEmpty())
        problems.append({QStringLiteral("name"), QStringLiteral("is required")});
    if (type != QLatin1String("spread"))
        problems.append({QStringLiteral("type"), QStringLiteral("must be spread")});
    checkLabels(body->value(QLatin1String("labels")), &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (nameTaken(c.project, kKind, name))
        return SimReply::uniquenessError(QStringLiteral("name"), QStringLiteral("placement group name is already used"));
    const qint64 id = c.project.allocateId(kKind);
    const QJsonObject group{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), type},
        {QStringLiteral("servers"), QJsonArray()},
        {QStringLiteral("labels"), body->value(QLatin1String("labels")).toObject()},
        {QStringLiteral("created"), shapes::timestamp(c.project.actions().nowMs() / 1000)},
    };
    c.project.collection(kKind).insert(id, group);
    // Creating a group starts no work, so there is no action.
    return SimReply::json(QJsonObject{{QStringLiteral("placement_group"), group}, {QStringLiteral("action"), QJsonValue()}}, 201);
}

}  // namespace

void addPlacementGroupRoutes(SimRouter &router)
{
    router.add("POST", kKind, create);
    addUpdateRoute(router, kRef, {}, refreshGroupMembers);
    addDeleteRoute(router, kRef, {}, [](SimProject &project, qint64, const QJsonObject &group) {
        for (const QJsonValue &member : group.value(QLatin1String("servers")).toArray())
            leavePlacementGroup(project, member.toInteger());
    });

    // Membership changes are server actions.
    const KindRef servers{QStringLiteral("servers"), QStringLiteral("server")};
    addObjectAction(router, servers, "add_to_placement_group", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &server) {
        const qint64 groupId = idOf(body.value(QLatin1String("placement_group")));
        if (!c.project.collection(kKind).contains(groupId))
            return SimReply::invalidInput(QStringLiteral("placement_group"), QStringLiteral("placement group not found"));
        if (server.value(QLatin1String("status")).toString() != QLatin1String("off"))
            return SimReply::error(422, QStringLiteral("server_not_stopped"), QStringLiteral("server %1 must be powered off for this action").arg(id));
        if (!server.value(QLatin1String("placement_group")).isNull())
            return SimReply::invalidInput(QStringLiteral("placement_group"), QStringLiteral("server %1 is in a placement group already").arg(id));
        return started(c.project.actions().start(c.project, QStringLiteral("add_to_placement_group"),
                                                 {actionResource(QStringLiteral("server"), id), actionResource(kRef.type, groupId)},
                                                 [id, groupId](SimProject &p, bool ok) {
                                                     if (ok)
                                                         joinPlacementGroup(p, id, groupId);
                                                 }));
    });
    addObjectAction(router, servers, "remove_from_placement_group", [](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &server) {
        const qint64 groupId = server.value(QLatin1String("placement_group"))[QLatin1String("id")].toInteger();
        if (groupId == 0)
            return SimReply::error(422, QStringLiteral("invalid_input"), QStringLiteral("server %1 is in no placement group").arg(id));
        return started(c.project.actions().start(c.project, QStringLiteral("remove_from_placement_group"),
                                                 {actionResource(QStringLiteral("server"), id), actionResource(kRef.type, groupId)},
                                                 [id](SimProject &p, bool ok) {
                                                     if (ok)
                                                         leavePlacementGroup(p, id);
                                                 }));
    });
}

}  // namespace hcloud::sim
