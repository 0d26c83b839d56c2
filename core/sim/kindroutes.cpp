#include "core/sim/kindroutes.h"

#include "core/sim/jsonshapes.h"
#include "core/sim/simproject.h"

namespace hcloud::sim {

std::optional<SimReply> checkFound(const SimProject &project, const KindRef &kind, qint64 id)
{
    if (!project.collection(kind.collection).contains(id))
        return SimReply::notFound(QStringLiteral("%1 with ID %2 not found").arg(kind.type).arg(id));
    return std::nullopt;
}

std::optional<SimReply> checkFree(SimProject &project, const KindRef &kind, qint64 id)
{
    if (auto missing = checkFound(project, kind, id))
        return missing;
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

std::optional<SimReply> checkNew(const SimProject &project, const QString &collection, const QString &name, const QJsonObject &body,
                                 Problems problems, const QString &nameInUse)
{
    checkLabels(body.value(QLatin1String("labels")), &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (nameTaken(project, collection, name))
        return SimReply::uniquenessError(QStringLiteral("name"), nameInUse);
    return std::nullopt;
}

QJsonObject addNew(SimProject &project, const QString &collection, const QString &name, const QJsonObject &body, QJsonObject fields)
{
    const qint64 id = project.allocateId(collection);
    fields.insert(QStringLiteral("id"), id);
    fields.insert(QStringLiteral("name"), name);
    fields.insert(QStringLiteral("labels"), body.value(QLatin1String("labels")).toObject());
    fields.insert(QStringLiteral("created"), shapes::timestamp(project.actions().nowMs() / 1000));
    project.collection(collection).insert(id, fields);
    return fields;
}

SimReply created(const QString &key, const QJsonObject &object, const QJsonValue &action)
{
    QJsonObject answer{{key, object}};
    if (!action.isUndefined())
        answer.insert(QStringLiteral("action"), action);
    return SimReply::json(answer, 201);
}

SimReply started(const QJsonObject &action)
{
    return SimReply::json(QJsonObject{{QStringLiteral("action"), action}}, 201);
}

SimReply startedOn(SimProject &project, const QString &command, const QJsonArray &resources, std::function<void(SimProject &)> effect)
{
    return started(project.actions().start(project, command, resources, ifSucceeded(effect)));
}

SimReply noContent()
{
    SimReply reply;
    reply.status = 204;
    return reply;
}

QJsonObject startChange(SimProject &project, const KindRef &kind, qint64 id, const QString &command, ObjectChange apply,
                        const QJsonArray &more)
{
    QJsonArray resources{actionResource(kind.type, id)};
    for (const QJsonValue &resource : more)
        resources.append(resource);
    const QString collection = kind.collection;
    return project.actions().start(project, command, resources, [collection, id, apply](SimProject &p, bool ok) {
        auto it = p.collection(collection).find(id);
        if (ok && it != p.collection(collection).end())
            apply(p, *it);
    });
}

ObjectChange appendEntry(const QString &list, const QJsonValue &entry)
{
    return [list, entry](SimProject &, QJsonObject &object) {
        QJsonArray entries = object.value(list).toArray();
        entries.append(entry);
        object.insert(list, entries);
    };
}

ObjectChange removeEntry(const QString &list, std::function<int(const QJsonObject &object)> index)
{
    return [list, index](SimProject &, QJsonObject &object) {
        QJsonArray entries = object.value(list).toArray();
        entries.removeAt(index(object));
        object.insert(list, entries);
    };
}

SimReply applyPut(SimProject &project, const KindRef &kind, qint64 id, const QJsonObject &body, const PutRules &rules)
{
    Problems problems;
    if (!rules.fields.isEmpty())
        refuseOtherFields(body, rules.fields, rules.refusal, &problems);
    const bool renames = rules.nameProblem && body.contains(QLatin1String("name"));
    const QString name = body.value(QLatin1String("name")).toString();
    if (const QString problem = renames ? rules.nameProblem(name) : QString(); !problem.isEmpty())
        problems.append({QStringLiteral("name"), problem});
    checkLabels(body.value(QLatin1String("labels")), &problems);
    QJsonObject object = project.collection(kind.collection).value(id);
    if (rules.extra)
        rules.extra(body, object, &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (renames && nameTaken(project, kind.collection, name, id))
        return SimReply::uniquenessError(QStringLiteral("name"), rules.nameInUse);
    if (renames)
        object.insert(QStringLiteral("name"), name);
    if (body.contains(QLatin1String("labels")))
        object.insert(QStringLiteral("labels"), body.value(QLatin1String("labels")).toObject());
    project.collection(kind.collection).insert(id, object);
    if (rules.updated)
        rules.updated(project, object, body);
    // As it is now: `updated` may have changed it too.
    return SimReply::json(QJsonObject{{kind.type, project.collection(kind.collection).value(id)}});
}

void addUpdateRoute(SimRouter &router, const KindRef &kind, UpdateExtra extra, Updated updated)
{
    PutRules rules;
    rules.nameProblem = [](const QString &name) { return name.isEmpty() ? QStringLiteral("must not be empty") : QString(); };
    rules.nameInUse = QStringLiteral("%1 name is already used").arg(kind.type);
    rules.extra = extra;
    if (updated)
        rules.updated = [updated](SimProject &project, const QJsonObject &object, const QJsonObject &) { updated(project, object); };
    router.add("PUT", kind.collection + QStringLiteral("/{id}"), [kind, rules](RouteContext &c) -> SimReply {
        const qint64 id = c.ids.first();
        if (auto missing = checkFound(c.project, kind, id))
            return *missing;
        return withBody(c.request, [&](const QJsonObject &body) { return applyPut(c.project, kind, id, body, rules); });
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
        return withBody(c.request, [&](const QJsonObject &body) { return handler(c, id, body, c.project.collection(kind.collection)[id]); });
    });
}

void addChangeProtection(SimRouter &router, const KindRef &kind, ProtectionCheck check)
{
    addObjectAction(router, kind, "change_protection", [kind, check](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &object) {
        QJsonObject protection = object.value(QLatin1String("protection")).toObject();
        Problems problems;
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
        return started(startChange(c.project, kind, id, QStringLiteral("change_protection"), [protection](SimProject &, QJsonObject &changed) {
            changed.insert(QStringLiteral("protection"), protection);
        }));
    });
}

std::optional<SimReply> readProtection(const QJsonObject &body, const QString &key, QJsonObject *protection)
{
    const QJsonValue wanted = body.value(key);
    if (!wanted.isBool())
        return SimReply::invalidInput(key, QStringLiteral("Not a valid boolean."));
    *protection = QJsonObject{{key, wanted}};
    return std::nullopt;
}

SimReply changeSingleProtection(SimProject &project, const QString &collection, qint64 id, const QJsonObject &body, const QString &key,
                                const StartKindAction &start)
{
    QJsonObject protection;
    if (auto refused = readProtection(body, key, &protection))
        return *refused;
    return started(start(project, id, QStringLiteral("change_protection"), [collection, id, protection](SimProject &p) {
        p.collection(collection)[id].insert(QStringLiteral("protection"), protection);
    }));
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

int indexOfTarget(const QJsonArray &targets, const QJsonObject &target)
{
    for (int i = 0; i < targets.size(); ++i) {
        if (sameTarget(targets.at(i).toObject(), target))
            return i;
    }
    return -1;
}

std::optional<SimReply> checkNotProtected(const KindRef &kind, qint64 id, const QJsonObject &object)
{
    if (object.value(QLatin1String("protection"))[QLatin1String("delete")].toBool())
        return SimReply::error(422, QStringLiteral("protected"), QStringLiteral("%1 %2 is protected against deletion").arg(kind.type).arg(id));
    return std::nullopt;
}

}  // namespace hcloud::sim
