#include "core/sim/kindroutes.h"

#include "core/sim/requestbody.h"
#include "core/sim/simproject.h"

namespace hcloud::sim {

std::optional<SimReply> checkFree(SimProject &project, const KindRef &kind, qint64 id)
{
    if (!project.collection(kind.collection).contains(id))
        return SimReply::notFound(QStringLiteral("%1 with ID %2 not found").arg(kind.type).arg(id));
    if (project.actions().busy(kind.type, id))
        return SimReply::error(423, QStringLiteral("locked"), QStringLiteral("%1 %2 is locked by a running action").arg(kind.type).arg(id));
    return std::nullopt;
}

bool nameTaken(const SimProject &project, const QString &collection, const QString &name, qint64 except)
{
    for (const QJsonObject &object : project.collection(collection)) {
        if (object.value(QLatin1String("name")).toString() == name && object.value(QLatin1String("id")).toInteger() != except)
            return true;
    }
    return false;
}

qint64 idOf(const QJsonValue &value)
{
    return value.isDouble() ? value.toInteger() : value.toString().toLongLong();
}

SimReply started(const QJsonObject &action)
{
    return SimReply::json(QJsonObject{{QStringLiteral("action"), action}}, 201);
}

SimReply noContent()
{
    SimReply reply;
    reply.status = 204;
    return reply;
}

void addUpdateRoute(SimRouter &router, const KindRef &kind, UpdateExtra extra, Updated updated)
{
    router.add("PUT", kind.collection + QStringLiteral("/{id}"), [kind, extra, updated](RouteContext &c) -> SimReply {
        const qint64 id = c.ids.first();
        if (!c.project.collection(kind.collection).contains(id))
            return SimReply::notFound(QStringLiteral("%1 with ID %2 not found").arg(kind.type).arg(id));
        SimReply error;
        const auto body = requestBody(c.request, &error);
        if (!body)
            return error;
        QVector<QPair<QString, QString>> problems;
        const bool renames = body->contains(QLatin1String("name"));
        const QString name = body->value(QLatin1String("name")).toString();
        if (renames && name.isEmpty())
            problems.append({QStringLiteral("name"), QStringLiteral("must not be empty")});
        checkLabels(body->value(QLatin1String("labels")), &problems);
        QJsonObject object = c.project.collection(kind.collection).value(id);
        if (extra)
            extra(*body, object, &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        if (renames && nameTaken(c.project, kind.collection, name, id))
            return SimReply::uniquenessError(QStringLiteral("name"), QStringLiteral("%1 name is already used").arg(kind.type));
        if (renames)
            object.insert(QStringLiteral("name"), name);
        if (body->contains(QLatin1String("labels")))
            object.insert(QStringLiteral("labels"), body->value(QLatin1String("labels")).toObject());
        c.project.collection(kind.collection).insert(id, object);
        if (updated)
            updated(c.project, object);
        return SimReply::json(QJsonObject{{kind.type, object}});
    });
}

void addDeleteRoute(SimRouter &router, const KindRef &kind, Refusal refusal, Removed removed)
{
    router.add("DELETE", kind.collection + QStringLiteral("/{id}"), [kind, refusal, removed](RouteContext &c) -> SimReply {
        const qint64 id = c.ids.first();
        if (auto refused = checkFree(c.project, kind, id))
            return *refused;
        const QJsonObject object = c.project.collection(kind.collection).value(id);
        if (auto refused = checkNotProtected(kind, id, object))
            return *refused;
        if (refusal) {
            if (auto refused = refusal(c.project, id, object))
                return *refused;
        }
        c.project.collection(kind.collection).remove(id);
        if (removed)
            removed(c.project, id, object);
        return noContent();
    });
}

void addObjectAction(SimRouter &router, const KindRef &kind, const char *command, ObjectAction handler)
{
    const QString path = kind.collection + QStringLiteral("/{id}/actions/") + QLatin1String(command);
    router.add("POST", path, [kind, handler](RouteContext &c) -> SimReply {
        const qint64 id = c.ids.first();
        if (auto refused = checkFree(c.project, kind, id))
            return *refused;
        SimReply error;
        const auto body = requestBody(c.request, &error);
        if (!body)
            return error;
        return handler(c, id, *body, c.project.collection(kind.collection)[id]);
    });
}

void addChangeProtection(SimRouter &router, const KindRef &kind, ProtectionCheck check)
{
    addObjectAction(router, kind, "change_protection", [kind, check](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &object) {
        QJsonObject protection = object.value(QLatin1String("protection")).toObject();
        QVector<QPair<QString, QString>> problems;
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!protection.contains(it.key()))
                problems.append({it.key(), QStringLiteral("is not a protection of a %1").arg(kind.type)});
            else if (!it.value().isBool())
                problems.append({it.key(), QStringLiteral("Not a valid boolean.")});
            else
                protection.insert(it.key(), it.value());
        }
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        if (check) {
            if (auto refused = check(object, protection))
                return *refused;
        }
        const QString collection = kind.collection;
        return started(c.project.actions().start(c.project, QStringLiteral("change_protection"), {actionResource(kind.type, id)},
                                                 [collection, id, protection](SimProject &p, bool ok) {
                                                     auto it = p.collection(collection).find(id);
                                                     if (ok && it != p.collection(collection).end())
                                                         it->insert(QStringLiteral("protection"), protection);
                                                 }));
    });
}

bool sameTarget(const QJsonObject &a, const QJsonObject &b)
{
    // A server is the same server whatever address the answer shows for it.
    if (a.value(QLatin1String("server"))[QLatin1String("id")] != b.value(QLatin1String("server"))[QLatin1String("id")])
        return false;
    for (const char *key : {"type", "label_selector", "ip"}) {
        if (a.value(QLatin1String(key)) != b.value(QLatin1String(key)))
            return false;
    }
    return true;
}

std::optional<SimReply> checkNotProtected(const KindRef &kind, qint64 id, const QJsonObject &object)
{
    if (object.value(QLatin1String("protection"))[QLatin1String("delete")].toBool())
        return SimReply::error(422, QStringLiteral("protected"), QStringLiteral("%1 %2 is protected against deletion").arg(kind.type).arg(id));
    return std::nullopt;
}

}  // namespace hcloud::sim
