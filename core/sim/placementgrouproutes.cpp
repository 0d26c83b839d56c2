#include "placementgrouproutes.h"

#include "jsonshapes.h"
#include "kindroutes.h"
#include "requestbody.h"
#include "simproject.h"
#include "simrouter.h"

#include <QDateTime>
#include <QJsonArray>

namespace hcloud::sim {

namespace {

const QString kKind = QStringLiteral("placement_groups");

const KindRef kRef{kKind, QStringLiteral("placement_group")};

// Servers embed their group; keep that copy equal to the group itself.
void refreshServers(SimProject &project, const QJsonObject &group, bool removed)
{
    Collection &servers = project.collection(QStringLiteral("servers"));
    for (const QJsonValue &member : group.value(QLatin1String("servers")).toArray()) {
        const auto it = servers.find(member.toInteger());
        if (it != servers.end())
            it->insert(QStringLiteral("placement_group"), removed ? QJsonValue() : QJsonValue(group));
    }
}

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
        {QStringLiteral("created"), shapes::timestamp(QDateTime::currentSecsSinceEpoch())},
    };
    c.project.collection(kKind).insert(id, group);
    // Creating a group starts no work, so there is no action.
    return SimReply::json(QJsonObject{{QStringLiteral("placement_group"), group}, {QStringLiteral("action"), QJsonValue()}}, 201);
}

SimReply remove(RouteContext &c)
{
    const qint64 id = c.ids.first();
    Collection &groups = c.project.collection(kKind);
    const auto it = groups.find(id);
    if (it == groups.end())
        return SimReply::notFound(QStringLiteral("placement_group with ID %1 not found").arg(id));
    refreshServers(c.project, *it, true);
    groups.erase(it);
    return noContent();
}

}  // namespace

void addPlacementGroupRoutes(SimRouter &router)
{
    router.add("POST", kKind, create);
    addUpdateRoute(router, kRef, {}, [](SimProject &project, const QJsonObject &group) { refreshServers(project, group, false); });
    router.add("DELETE", kKind + QStringLiteral("/{id}"), remove);
}

}  // namespace hcloud::sim
