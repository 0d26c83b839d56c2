#include "core/sim/storageboxroutes.h"

#include "core/sim/kindroutes.h"
#include "core/sim/listquery.h"
#include "core/sim/requestbody.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"
#include "core/sim/storageboxes.h"
#include "core/sim/storageboxfolders.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace hcloud::sim {

namespace boxcheck {

void password(const QJsonValue &value, const QString &field, Problems *problems)
{
    if (!value.isString()) {
        problems->append({field, QStringLiteral("Missing data for required field.")});
        return;
    }
    const QString text = value.toString();
    static const QRegularExpression lower(QStringLiteral("[a-z]")), upper(QStringLiteral("[A-Z]")), digit(QStringLiteral("[0-9]")),
        special(QStringLiteral("[^a-zA-Z0-9]"));
    if (text.size() < 12 || text.size() > 128 || !lower.match(text).hasMatch() || !upper.match(text).hasMatch()
        || !digit.match(text).hasMatch() || !special.match(text).hasMatch())
        problems->append({field, QStringLiteral("must be 12 to 128 characters with a lower and an upper case letter, a digit and a special character")});
}

void accessSettings(const QJsonValue &value, const QString &field, const QStringList &allowed, Problems *problems)
{
    if (value.isUndefined())
        return;
    const QJsonObject object = value.toObject();
    if (!value.isObject()) {
        problems->append({field, QStringLiteral("must be an object")});
        return;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = field.isEmpty() ? it.key() : field + QLatin1Char('.') + it.key();
        if (!allowed.contains(it.key()))
            problems->append({name, QStringLiteral("Unknown field.")});
        else if (!it.value().isBool())
            problems->append({name, QStringLiteral("Not a valid boolean.")});
    }
}

const QStringList &boxAccessKeys()
{
    static const QStringList keys{QStringLiteral("ssh_enabled"), QStringLiteral("samba_enabled"), QStringLiteral("webdav_enabled"),
                                  QStringLiteral("zfs_enabled"), QStringLiteral("reachable_externally")};
    return keys;
}

const QStringList &subaccountAccessKeys()
{
    static const QStringList keys{QStringLiteral("ssh_enabled"), QStringLiteral("samba_enabled"), QStringLiteral("webdav_enabled"),
                                  QStringLiteral("readonly"), QStringLiteral("reachable_externally")};
    return keys;
}

}  // namespace boxcheck

namespace {

const KindRef kRef{kStorageBoxes, kBoxType};
const QString kNameInUse = QStringLiteral("storage box name is already used");

SimKind boxKind()
{
    SimKind kind;
    kind.name = kStorageBoxes;
    kind.singular = kBoxType;
    kind.sortFields = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created"), QStringLiteral("stats.size"),
                       QStringLiteral("stats.size_filesystem")};
    kind.hasLabels = true;
    return kind;
}

SimKind typeKind()
{
    SimKind kind;
    kind.name = QStringLiteral("storage_box_types");
    kind.singular = QStringLiteral("storage_box_type");
    kind.sortFields = {QStringLiteral("id")};
    return kind;
}

SimReply list(const SimKind &kind, const Collection &rows, RouteContext &c)
{
    SimReply error;
    const auto query = ListQuery::parse(kind, c.request.query, &error);
    if (!query)
        return error;
    return query->page(kind, query->select(rows), c.request);
}

QString boxNameProblem(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9._-]{0,62}$"));
    if (name.isEmpty())
        return QStringLiteral("Missing data for required field.");
    return pattern.match(name).hasMatch() ? QString() : QStringLiteral("must be 1 to 63 letters, digits, dots, dashes or underscores");
}

SimReply create(RouteContext &c, const QJsonObject &body)
{
    Problems problems;
    const QString name = body.value(QLatin1String("name")).toString();
    if (const QString problem = boxNameProblem(name); !problem.isEmpty())
        problems.append({QStringLiteral("name"), problem});
    const QString location = body.value(QLatin1String("location")).toString();
    if (!storageBoxLocations().contains(location))
        problems.append({QStringLiteral("location"), QStringLiteral("must be one of: %1").arg(storageBoxLocations().join(QStringLiteral(", ")))});
    const StorageBoxTypeInfo *type = storageBoxType(body.value(QLatin1String("storage_box_type")).toString());
    if (!type)
        problems.append({QStringLiteral("storage_box_type"), QStringLiteral("is not a Storage Box type")});
    boxcheck::password(body.value(QLatin1String("password")), QStringLiteral("password"), &problems);
    boxcheck::accessSettings(body.value(QLatin1String("access_settings")), QStringLiteral("access_settings"), boxcheck::boxAccessKeys(), &problems);
    checkLabels(body.value(QLatin1String("labels")), &problems);
    if (body.contains(QLatin1String("ssh_keys")) && !body.value(QLatin1String("ssh_keys")).isArray())
        problems.append({QStringLiteral("ssh_keys"), QStringLiteral("must be a list of public keys")});
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (nameTaken(c.project, kStorageBoxes, name))
        return SimReply::uniquenessError(QStringLiteral("name"), kNameInUse);

    const qint64 id = c.project.allocateId(kStorageBoxes);
    c.project.collection(kStorageBoxes)
        .insert(id, makeStorageBox(c.project, id, name, *type, location, body.value(QLatin1String("access_settings")).toObject(),
                                   body.value(QLatin1String("labels")).toObject(), c.project.actions().nowMs() / 1000));
    const QJsonObject action = startBoxAction(c.project, id, QStringLiteral("create"), {});
    return created(kBoxType, c.project.collection(kStorageBoxes).value(id), action);
}

SimReply update(RouteContext &c, qint64 id)
{
    PutRules rules;
    rules.fields = QStringList{QStringLiteral("name"), QStringLiteral("labels")};
    rules.refusal = QStringLiteral("cannot be changed here; only name and labels can");
    rules.nameProblem = boxNameProblem;
    rules.nameInUse = kNameInUse;
    return withBody(c.request, [&](const QJsonObject &body) { return applyPut(c.project, kRef, id, body, rules); });
}

SimReply remove(RouteContext &c, qint64 id)
{
    if (auto refused = checkNotProtected(kRef, id, c.project.collection(kStorageBoxes).value(id)))
        return *refused;
    const QJsonObject action = c.project.actions().start(c.project, QStringLiteral("delete"), {actionResource(kBoxType, id)}, {});
    for (const QString &children : {kSubaccounts, kBoxSnapshots}) {
        for (const QJsonObject &child : boxChildren(c.project, children, id))
            c.project.collection(children).remove(child.value(QLatin1String("id")).toInteger());
    }
    c.project.collection(kStorageBoxes).remove(id);
    c.project.collection(kBoxFolders).remove(id);
    return started(action);
}

using BoxAction = std::function<SimReply(RouteContext &, qint64 box, const QJsonObject &body, const QJsonObject &object)>;

// POST storage_boxes/{id}/actions/<command>: the box is there and free,
// and the body is JSON.
void addAction(SimRouter &router, const char *command, BoxAction handler)
{
    addBoxRoute(router, "POST", QStringLiteral("/actions/") + QLatin1String(command), [handler](RouteContext &c, qint64 box) {
        return withBody(c.request, [&](const QJsonObject &body) { return handler(c, box, body, c.project.collection(kStorageBoxes).value(box)); });
    }, true);
}

// The plan as the API takes it; problems for what it does not.
QJsonObject snapshotPlan(const QJsonObject &body, Problems *problems)
{
    const auto whole = [&](const char *key, int low, int high, bool required) -> QJsonValue {
        const QJsonValue v = body.value(QLatin1String(key));
        if ((v.isUndefined() || v.isNull()) && !required)
            return QJsonValue::Null;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < low || (high > 0 && d > high))
            problems->append({QString::fromLatin1(key), high > 0 ? QStringLiteral("must be a whole number from %1 to %2").arg(low).arg(high)
                                                                 : QStringLiteral("must be a whole number of at least %1").arg(low)});
        return v;
    };
    return QJsonObject{{QStringLiteral("max_snapshots"), whole("max_snapshots", 1, 0, true)},
                       {QStringLiteral("minute"), whole("minute", 0, 59, true)},
                       {QStringLiteral("hour"), whole("hour", 0, 23, true)},
                       {QStringLiteral("day_of_week"), whole("day_of_week", 1, 7, false)},
                       {QStringLiteral("day_of_month"), whole("day_of_month", 1, 31, false)}};
}

void addActions(SimRouter &router)
{
    addAction(router, "change_protection", [](RouteContext &c, qint64 id, const QJsonObject &body, const QJsonObject &) {
        return changeSingleProtection(c.project, kStorageBoxes, id, body, QStringLiteral("delete"),
                                      [](SimProject &p, qint64 box, const QString &command, std::function<void(SimProject &)> apply) {
                                          return startBoxAction(p, box, command, apply);
                                      });
    });
    addAction(router, "change_type", [](RouteContext &c, qint64 id, const QJsonObject &body, const QJsonObject &box) {
        const StorageBoxTypeInfo *type = storageBoxType(body.value(QLatin1String("storage_box_type")).toString());
        if (!type)
            return SimReply::invalidInput(QStringLiteral("storage_box_type"), QStringLiteral("is not a Storage Box type"));
        const qint64 used = box.value(QLatin1String("stats"))[QLatin1String("size")].toInteger();
        if (type->sizeBytes < used)
            return SimReply::error(422, QStringLiteral("storage_box_type_too_small"),
                                   QStringLiteral("the box uses more than %1 holds").arg(type->description));
        const StorageBoxTypeInfo info = *type;
        return started(startBoxAction(c.project, id, QStringLiteral("change_type"), [id, info](SimProject &p) {
            p.collection(kStorageBoxes)[id].insert(QStringLiteral("storage_box_type"), storageBoxTypeJson(info));
        }));
    });
    addAction(router, "reset_password", [](RouteContext &c, qint64 id, const QJsonObject &body, const QJsonObject &) {
        Problems problems;
        boxcheck::password(body.value(QLatin1String("password")), QStringLiteral("password"), &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        // The password is kept nowhere: nothing in the API reads it back.
        return started(startBoxAction(c.project, id, QStringLiteral("reset_password"), {}));
    });
    addAction(router, "update_access_settings", [](RouteContext &c, qint64 id, const QJsonObject &body, const QJsonObject &) {
        Problems problems;
        boxcheck::accessSettings(body, QString(), boxcheck::boxAccessKeys(), &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        return started(startBoxAction(c.project, id, QStringLiteral("update_access_settings"), [id, body](SimProject &p) {
            QJsonObject &box = p.collection(kStorageBoxes)[id];
            QJsonObject access = box.value(QLatin1String("access_settings")).toObject();
            for (auto it = body.begin(); it != body.end(); ++it)
                access.insert(it.key(), it.value());
            box.insert(QStringLiteral("access_settings"), access);
        }));
    });
    addAction(router, "enable_snapshot_plan", [](RouteContext &c, qint64 id, const QJsonObject &body, const QJsonObject &) {
        Problems problems;
        const QJsonObject plan = snapshotPlan(body, &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        return started(startBoxAction(c.project, id, QStringLiteral("enable_snapshot_plan"), [id, plan](SimProject &p) {
            p.collection(kStorageBoxes)[id].insert(QStringLiteral("snapshot_plan"), plan);
        }));
    });
    addAction(router, "disable_snapshot_plan", [](RouteContext &c, qint64 id, const QJsonObject &, const QJsonObject &box) {
        if (box.value(QLatin1String("snapshot_plan")).isNull())
            return SimReply::error(422, QStringLiteral("snapshot_plan_not_enabled"), QStringLiteral("the box has no snapshot plan"));
        return started(startBoxAction(c.project, id, QStringLiteral("disable_snapshot_plan"), [id](SimProject &p) {
            p.collection(kStorageBoxes)[id].insert(QStringLiteral("snapshot_plan"), QJsonValue::Null);
        }));
    });
    addAction(router, "rollback_snapshot", [](RouteContext &c, qint64 id, const QJsonObject &body, const QJsonObject &) {
        const QJsonValue wanted = body.value(QLatin1String("snapshot"));
        if (!wanted.isString() && !wanted.isDouble())
            return SimReply::invalidInput(QStringLiteral("snapshot"), QStringLiteral("Missing data for required field."));
        const QString key = wanted.isDouble() ? QString::number(wanted.toInteger()) : wanted.toString();
        qint64 snapshot = 0;
        for (const QJsonObject &s : boxChildren(c.project, kBoxSnapshots, id)) {
            if (QString::number(s.value(QLatin1String("id")).toInteger()) == key || s.value(QLatin1String("name")).toString() == key)
                snapshot = s.value(QLatin1String("id")).toInteger();
        }
        if (!snapshot)
            return SimReply::notFound(QStringLiteral("snapshot %1 of storage_box %2 not found").arg(key).arg(id));
        return started(startBoxAction(c.project, id, QStringLiteral("rollback_snapshot"), [id, snapshot](SimProject &p) {
            // The data is what the snapshot holds; later snapshots stay.
            QJsonObject &box = p.collection(kStorageBoxes)[id];
            QJsonObject stats = box.value(QLatin1String("stats")).toObject();
            stats.insert(QStringLiteral("size_data"), p.collection(kBoxSnapshots).value(snapshot).value(QLatin1String("stats"))[QLatin1String("size_filesystem")]);
            box.insert(QStringLiteral("stats"), stats);
        }, {actionResource(QStringLiteral("storage_box_snapshot"), snapshot)}));
    });
}

}  // namespace

void addStorageBoxRoutes(SimRouter &router)
{
    static const SimKind boxes = boxKind();
    static const SimKind types = typeKind();
    router.add("GET", QStringLiteral("storage_box_types"), [](RouteContext &c) {
        Collection rows;
        for (const StorageBoxTypeInfo &type : storageBoxTypes())
            rows.insert(type.id, storageBoxTypeJson(type));
        return list(types, rows, c);
    });
    router.add("GET", QStringLiteral("storage_box_types/{id}"), [](RouteContext &c) {
        const StorageBoxTypeInfo *type = storageBoxType(QString::number(c.ids.first()));
        if (!type)
            return SimReply::notFound(QStringLiteral("storage_box_type with ID %1 not found").arg(c.ids.first()));
        return SimReply::json(QJsonObject{{QStringLiteral("storage_box_type"), storageBoxTypeJson(*type)}});
    });
    router.add("GET", kStorageBoxes, [](RouteContext &c) { return list(boxes, std::as_const(c.project).collection(kStorageBoxes), c); });
    router.add("POST", kStorageBoxes, bodyRoute(create));
    addBoxRoute(router, "GET", QString(), [](RouteContext &c, qint64 id) {
        return SimReply::json(QJsonObject{{kBoxType, c.project.collection(kStorageBoxes).value(id)}});
    });
    addBoxRoute(router, "PUT", QString(), update);
    addBoxRoute(router, "DELETE", QString(), remove, true);
    addActions(router);
}

}  // namespace hcloud::sim
