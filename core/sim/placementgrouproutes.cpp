#include "placementgrouproutes.h"

#include "jsonshapes.h"
#include "requestbody.h"
#include "simproject.h"
#include "simrouter.h"

#include <QDateTime>
#include <QJsonArray>

namespace hcloud::sim {

namespace {

const QString kKind = QStringLiteral("placement_groups");

bool nameTaken(const SimProject &project, const QString &name, qint64 except = 0)
{
    for (const QJsonObject &group : project.collection(kKind)) {
        if (group.value(QLatin1String("name")).toString() == name && group.value(QLatin1String("id")).toInteger() != except)
            return true;
    }
    return false;
}

SimReply nameNotUnique()
{
    const QString message = QStringLiteral("placement group with the same name already exists");
    const QJsonObject entry{{QStringLiteral("name"), QStringLiteral("name")}, {QStringLiteral("messages"), QJsonArray{message}}};
    return SimReply::error(409, QStringLiteral("uniqueness_error"), message,
                           QJsonObject{{QStringLiteral("fields"), QJsonArray{entry}}});
}

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
    if (nameTaken(c.project, name))
        return nameNotUnique();
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

SimReply update(RouteContext &c)
{
    const qint64 id = c.ids.first();
    Collection &groups = c.project.collection(kKind);
    const auto it = groups.find(id);
    if (it == groups.end())
        return SimReply::notFound(QStringLiteral("placement_group with ID %1 not found").arg(id));
    SimReply error;
    const auto body = requestBody(c.request, &error);
    if (!body)
        return error;
    QVector<QPair<QString, QString>> problems;
    if (body->contains(QLatin1String("name")) && body->value(QLatin1String("name")).toString().isEmpty())
        problems.append({QStringLiteral("name"), QStringLiteral("must not be empty")});
    checkLabels(body->value(QLatin1String("labels")), &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (body->contains(QLatin1String("name"))) {
        const QString name = body->value(QLatin1String("name")).toString();
        if (nameTaken(c.project, name, id))
            return nameNotUnique();
        it->insert(QStringLiteral("name"), name);
    }
    if (body->contains(QLatin1String("labels")))
        it->insert(QStringLiteral("labels"), body->value(QLatin1String("labels")).toObject());
    refreshServers(c.project, *it, false);
    return SimReply::json(QJsonObject{{QStringLiteral("placement_group"), *it}});
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
    SimReply reply;
    reply.status = 204;
    return reply;
}

}  // namespace

void addPlacementGroupRoutes(SimRouter &router)
{
    router.add("POST", kKind, create);
    router.add("PUT", kKind + QStringLiteral("/{id}"), update);
    router.add("DELETE", kKind + QStringLiteral("/{id}"), remove);
}

}  // namespace hcloud::sim
