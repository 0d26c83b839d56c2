#include "rrsetroutes.h"

#include "kindroutes.h"
#include "listquery.h"
#include "requestbody.h"
#include "simproject.h"
#include "zonerecords.h"
#include "zones.h"

namespace hcloud::sim {

namespace {

using Problems = QVector<QPair<QString, QString>>;

const ResourceKind &rrsetKind()
{
    static const ResourceKind kind = [] {
        ResourceKind k;
        k.name = QStringLiteral("rrsets");
        k.singular = QStringLiteral("rrset");
        k.sortFields = QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created")};
        k.hasLabels = true;
        k.filters = [](const QueryParams &query, QVector<RowFilter> *filters) -> std::optional<SimReply> {
            const QStringList types = query.values(QStringLiteral("type"));
            for (const QString &type : types) {
                if (!rrsetTypes().contains(type))
                    return SimReply::invalidInput(QStringLiteral("type"), QStringLiteral("'%1' is not a record type").arg(type));
            }
            if (!types.isEmpty())
                filters->append([types](const QJsonObject &row) { return types.contains(row.value(QLatin1String("type")).toString()); });
            return std::nullopt;
        };
        return k;
    }();
    return kind;
}

std::optional<SimReply> checkPrimary(const SimProject &project, qint64 zone)
{
    if (project.collection(kZones).value(zone).value(QLatin1String("mode")).toString() != QLatin1String("primary"))
        return SimReply::error(422, QStringLiteral("incorrect_zone_mode"), QStringLiteral("rrsets are only for zones in primary mode"));
    return std::nullopt;
}

QString zoneName(const SimProject &project, qint64 zone)
{
    return project.collection(kZones).value(zone).value(QLatin1String("name")).toString();
}

// Records of a request: present, distinct, each a valid value of the type.
QJsonArray checkRecords(const QString &type, const QJsonValue &in, bool commentRequired, Problems *problems)
{
    QJsonArray result;
    if (!in.isArray() || in.toArray().isEmpty()) {
        problems->append({QStringLiteral("records"), QStringLiteral("must not be empty")});
        return result;
    }
    QStringList seen;
    const QJsonArray records = in.toArray();
    for (int i = 0; i < records.size(); ++i) {
        const QJsonObject record = records.at(i).toObject();
        const QString field = QStringLiteral("records[%1]").arg(i);
        const QString value = normalizedValue(record.value(QLatin1String("value")).toString());
        if (const QString problem = recordProblem(type, value); !problem.isEmpty())
            problems->append({field + QStringLiteral(".value"), QStringLiteral("%1 record %2").arg(type, problem)});
        else if (seen.contains(value))
            problems->append({field + QStringLiteral(".value"), QStringLiteral("is listed twice")});
        if (commentRequired && !record.value(QLatin1String("comment")).isString())
            problems->append({field + QStringLiteral(".comment"), QStringLiteral("Missing data for required field.")});
        seen.append(value);
        QJsonObject out{{QStringLiteral("value"), value}};
        if (record.contains(QLatin1String("comment")))
            out.insert(QStringLiteral("comment"), record.value(QLatin1String("comment")).toString());
        result.append(out);
    }
    if (type == QLatin1String("CNAME") && records.size() > 1)
        problems->append({QStringLiteral("records"), QStringLiteral("a CNAME rrset has exactly one record")});
    return result;
}

void checkTtl(const QJsonValue &ttl, Problems *problems)
{
    if (ttl.isUndefined() || ttl.isNull())
        return;
    const double value = ttl.toDouble(-1);
    if (!ttl.isDouble() || value != double(qint64(value)) || value < 60 || value > 2147483647)
        problems->append({QStringLiteral("ttl"), QStringLiteral("must be a whole number of seconds between 60 and 2147483647, or null")});
}

// A CNAME shares its name with nothing else.
std::optional<SimReply> cnameConflict(const SimProject &project, qint64 zone, const QString &name, const QString &type)
{
    for (const QJsonObject &rrset : zoneRrsets(project, zone)) {
        if (rrset.value(QLatin1String("name")).toString() != name || rrset.value(QLatin1String("type")).toString() == type)
            continue;
        if (type == QLatin1String("CNAME") || rrset.value(QLatin1String("type")).toString() == QLatin1String("CNAME"))
            return SimReply::invalidInput(QStringLiteral("type"), QStringLiteral("a CNAME cannot share the name %1 with other records").arg(name));
    }
    if (type == QLatin1String("CNAME") && name == QLatin1String("@"))
        return SimReply::invalidInput(QStringLiteral("type"), QStringLiteral("the zone apex cannot have a CNAME"));
    return std::nullopt;
}

// rr_name and rr_type of the path: the rrset's key, or the reply for
// a bad type or a missing rrset.
std::optional<SimReply> findRrset(RouteContext &c, qint64 zone, qint64 *key)
{
    if (auto refused = checkPrimary(c.project, zone))
        return refused;
    const QString name = c.names.value(0);
    const QString type = c.names.value(1);
    if (!rrsetTypes().contains(type))
        return SimReply::invalidInput(QStringLiteral("rr_type"), QStringLiteral("'%1' is not a record type").arg(type));
    *key = rrsetKey(c.project, zone, name, type);
    if (!*key)
        return SimReply::notFound(QStringLiteral("rrset %1/%2 not found").arg(name, type));
    return std::nullopt;
}

std::optional<SimReply> checkChangeable(const QJsonObject &rrset)
{
    if (rrset.value(QLatin1String("protection"))[QLatin1String("change")].toBool())
        return SimReply::error(422, QStringLiteral("protected"),
                               QStringLiteral("rrset %1 is protected against changes").arg(rrset.value(QLatin1String("id")).toString()));
    return std::nullopt;
}

// Starts `command` on the rrset's zone; `apply` gets the rrset as it is
// when the action ends (nullopt once it is gone) and returns it changed,
// or nullopt to remove it.
using RrsetChange = std::function<std::optional<QJsonObject>(std::optional<QJsonObject>)>;
SimReply change(RouteContext &c, qint64 zone, const QString &name, const QString &type, const QString &command, RrsetChange apply, int status = 201)
{
    const QJsonObject action = startZoneAction(c.project, zone, command, [zone, name, type, apply](SimProject &p) {
        const qint64 key = rrsetKey(p, zone, name, type);
        const auto now = key ? std::optional<QJsonObject>(p.collection(kRrsets).value(key)) : std::nullopt;
        const auto next = apply(now);
        if (next)
            putRrset(p, *next);
        else
            removeRrset(p, zone, name, type);
    });
    return SimReply::json(QJsonObject{{QStringLiteral("action"), action}}, status);
}

QJsonArray mergedRecords(const QJsonArray &old, const QJsonArray &added)
{
    QJsonArray result = old;
    for (const QJsonValue &record : added) {
        bool present = false;
        for (const QJsonValue &existing : old)
            present = present || existing[QLatin1String("value")] == record[QLatin1String("value")];
        if (!present)
            result.append(record);
    }
    return result;
}

SimReply list(RouteContext &c, qint64 zone)
{
    if (auto refused = checkPrimary(c.project, zone))
        return *refused;
    SimReply error;
    const auto query = ListQuery::parse(rrsetKind(), c.request.query, &error);
    if (!query)
        return error;
    Collection mine;
    const Collection &all = c.project.collection(kRrsets);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it->value(QLatin1String("zone")).toInteger() == zone)
            mine.insert(it.key(), *it);
    }
    return query->page(rrsetKind(), query->select(mine), c.request);
}

SimReply create(RouteContext &c, qint64 zone)
{
    if (auto refused = checkPrimary(c.project, zone))
        return *refused;
    SimReply error;
    const auto body = requestBody(c.request, &error);
    if (!body)
        return error;
    Problems problems;
    const QString name = body->value(QLatin1String("name")).toString();
    const QString type = body->value(QLatin1String("type")).toString();
    if (const QString problem = rrsetNameProblem(name, zoneName(c.project, zone)); !problem.isEmpty())
        problems.append({QStringLiteral("name"), problem});
    if (!rrsetTypes().contains(type))
        problems.append({QStringLiteral("type"), QStringLiteral("is not a record type the API supports")});
    else if (type == QLatin1String("SOA"))
        problems.append({QStringLiteral("type"), QStringLiteral("the zone's SOA exists already; change it with set_records")});
    checkTtl(body->value(QLatin1String("ttl")), &problems);
    checkLabels(body->value(QLatin1String("labels")), &problems);
    const QJsonArray records = checkRecords(type, body->value(QLatin1String("records")), false, &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (rrsetKey(c.project, zone, name, type))
        return SimReply::uniquenessError(QStringLiteral("name"), QStringLiteral("rrset %1/%2 exists already").arg(name, type));
    if (auto refused = cnameConflict(c.project, zone, name, type))
        return *refused;
    const QJsonObject rrset = makeRrset(zone, name, type, body->value(QLatin1String("ttl")), records, body->value(QLatin1String("labels")).toObject());
    putRrset(c.project, rrset);
    const QJsonObject action = startZoneAction(c.project, zone, QStringLiteral("create_rrset"), {});
    zoneChanged(c.project, zone);
    return SimReply::json(QJsonObject{{QStringLiteral("rrset"), rrset}, {QStringLiteral("action"), action}}, 201);
}

// POST .../rrsets/{name}/{type}/actions/<command> on an existing rrset.
using RrsetAction = std::function<SimReply(RouteContext &, qint64 zone, const QJsonObject &body, const QJsonObject &rrset)>;
void addAction(SimRouter &router, const char *command, RrsetAction handler)
{
    addZoneRoute(router, "POST", QStringLiteral("/rrsets/{name}/{name}/actions/") + QLatin1String(command), [handler](RouteContext &c, qint64 zone) {
        SimReply error;
        const auto body = requestBody(c.request, &error);
        if (!body)
            return error;
        qint64 key = 0;
        if (auto refused = findRrset(c, zone, &key))
            return *refused;
        return handler(c, zone, *body, c.project.collection(kRrsets).value(key));
    });
}

QString nameOf(const QJsonObject &rrset) { return rrset.value(QLatin1String("name")).toString(); }
QString typeOf(const QJsonObject &rrset) { return rrset.value(QLatin1String("type")).toString(); }

void addRecordActions(SimRouter &router)
{
    addAction(router, "set_records", [](RouteContext &c, qint64 zone, const QJsonObject &body, const QJsonObject &rrset) {
        if (auto refused = checkChangeable(rrset))
            return *refused;
        Problems problems;
        const QJsonArray records = checkRecords(typeOf(rrset), body.value(QLatin1String("records")), false, &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        return change(c, zone, nameOf(rrset), typeOf(rrset), QStringLiteral("set_rrset_records"), [records](std::optional<QJsonObject> now) {
            if (now)
                now->insert(QStringLiteral("records"), records);
            return now;
        });
    });
    // An rrset that is not there yet is made by add_records.
    addZoneRoute(router, "POST", QStringLiteral("/rrsets/{name}/{name}/actions/add_records"), [](RouteContext &c, qint64 zone) {
        if (auto refused = checkPrimary(c.project, zone))
            return *refused;
        SimReply error;
        const auto body = requestBody(c.request, &error);
        if (!body)
            return error;
        const QString name = c.names.value(0);
        const QString type = c.names.value(1);
        Problems problems;
        if (!rrsetTypes().contains(type))
            return SimReply::invalidInput(QStringLiteral("rr_type"), QStringLiteral("'%1' is not a record type").arg(type));
        if (const QString problem = rrsetNameProblem(name, zoneName(c.project, zone)); !problem.isEmpty())
            problems.append({QStringLiteral("rr_name"), problem});
        checkTtl(body->value(QLatin1String("ttl")), &problems);
        const QJsonArray records = checkRecords(type, body->value(QLatin1String("records")), false, &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        const qint64 key = rrsetKey(c.project, zone, name, type);
        if (key) {
            if (auto refused = checkChangeable(c.project.collection(kRrsets).value(key)))
                return *refused;
            if (type == QLatin1String("CNAME"))
                return SimReply::invalidInput(QStringLiteral("records"), QStringLiteral("a CNAME rrset has exactly one record"));
        } else if (auto refused = cnameConflict(c.project, zone, name, type)) {
            return *refused;
        }
        const QJsonValue ttl = body->value(QLatin1String("ttl"));
        return change(c, zone, name, type, QStringLiteral("add_rrset_records"), [zone, name, type, ttl, records](std::optional<QJsonObject> now) {
            QJsonObject rrset = now ? *now : makeRrset(zone, name, type, ttl, {});
            rrset.insert(QStringLiteral("records"), mergedRecords(rrset.value(QLatin1String("records")).toArray(), records));
            if (ttl.isDouble())
                rrset.insert(QStringLiteral("ttl"), ttl);
            return std::optional<QJsonObject>(rrset);
        });
    });
    addAction(router, "remove_records", [](RouteContext &c, qint64 zone, const QJsonObject &body, const QJsonObject &rrset) {
        if (auto refused = checkChangeable(rrset))
            return *refused;
        Problems problems;
        const QJsonArray records = checkRecords(typeOf(rrset), body.value(QLatin1String("records")), false, &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        QStringList values;
        for (const QJsonValue &record : records)
            values.append(record[QLatin1String("value")].toString());
        if (typeOf(rrset) == QLatin1String("SOA") || (typeOf(rrset) == QLatin1String("NS") && nameOf(rrset) == QLatin1String("@"))) {
            for (const QString &ns : assignedNameservers()) {
                if (values.contains(ns + QLatin1Char('.')) || typeOf(rrset) == QLatin1String("SOA"))
                    return SimReply::invalidInput(QStringLiteral("records"), QStringLiteral("the SOA and the assigned nameservers stay in the zone"));
            }
        }
        return change(c, zone, nameOf(rrset), typeOf(rrset), QStringLiteral("remove_rrset_records"), [values](std::optional<QJsonObject> now) {
            if (!now)
                return now;
            QJsonArray kept;
            for (const QJsonValue &record : now->value(QLatin1String("records")).toArray()) {
                if (!values.contains(record[QLatin1String("value")].toString()))
                    kept.append(record);
            }
            if (kept.isEmpty())
                return std::optional<QJsonObject>();
            now->insert(QStringLiteral("records"), kept);
            return now;
        });
    });
    addAction(router, "update_records", [](RouteContext &c, qint64 zone, const QJsonObject &body, const QJsonObject &rrset) {
        if (auto refused = checkChangeable(rrset))
            return *refused;
        Problems problems;
        const QJsonArray records = checkRecords(typeOf(rrset), body.value(QLatin1String("records")), true, &problems);
        QStringList present;
        for (const QJsonValue &record : rrset.value(QLatin1String("records")).toArray())
            present.append(record[QLatin1String("value")].toString());
        for (int i = 0; i < records.size(); ++i) {
            if (!present.contains(records.at(i)[QLatin1String("value")].toString()))
                problems.append({QStringLiteral("records[%1].value").arg(i), QStringLiteral("is not a record of the rrset")});
        }
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        return change(
            c, zone, nameOf(rrset), typeOf(rrset), QStringLiteral("update_rrset_records"),
            [records](std::optional<QJsonObject> now) {
                if (!now)
                    return now;
                QJsonArray updated = now->value(QLatin1String("records")).toArray();
                for (int i = 0; i < updated.size(); ++i) {
                    for (const QJsonValue &record : records) {
                        if (record[QLatin1String("value")] == updated.at(i)[QLatin1String("value")])
                            updated.replace(i, record);
                    }
                }
                now->insert(QStringLiteral("records"), updated);
                return now;
            },
            200);
    });
}

void addSettingActions(SimRouter &router)
{
    addAction(router, "change_ttl", [](RouteContext &c, qint64 zone, const QJsonObject &body, const QJsonObject &rrset) {
        if (auto refused = checkChangeable(rrset))
            return *refused;
        Problems problems;
        if (!body.contains(QLatin1String("ttl")))
            problems.append({QStringLiteral("ttl"), QStringLiteral("Missing data for required field.")});
        checkTtl(body.value(QLatin1String("ttl")), &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        const QJsonValue ttl = body.value(QLatin1String("ttl"));
        return change(c, zone, nameOf(rrset), typeOf(rrset), QStringLiteral("change_rrset_ttl"), [ttl](std::optional<QJsonObject> now) {
            if (now)
                now->insert(QStringLiteral("ttl"), ttl.isDouble() ? ttl : QJsonValue());
            return now;
        });
    });
    addAction(router, "change_protection", [](RouteContext &c, qint64 zone, const QJsonObject &body, const QJsonObject &rrset) {
        const QJsonValue wanted = body.value(QLatin1String("change"));
        if (!wanted.isBool())
            return SimReply::invalidInput(QStringLiteral("change"), QStringLiteral("Not a valid boolean."));
        return change(c, zone, nameOf(rrset), typeOf(rrset), QStringLiteral("change_rrset_protection"), [wanted](std::optional<QJsonObject> now) {
            if (now)
                now->insert(QStringLiteral("protection"), QJsonObject{{QStringLiteral("change"), wanted}});
            return now;
        });
    });
}

}  // namespace

void addRrsetRoutes(SimRouter &router)
{
    addZoneRoute(router, "GET", QStringLiteral("/rrsets"), list);
    addZoneRoute(router, "POST", QStringLiteral("/rrsets"), create);
    addZoneRoute(router, "GET", QStringLiteral("/rrsets/{name}/{name}"), [](RouteContext &c, qint64 zone) {
        qint64 key = 0;
        if (auto refused = findRrset(c, zone, &key))
            return *refused;
        return SimReply::json(QJsonObject{{QStringLiteral("rrset"), c.project.collection(kRrsets).value(key)}});
    });
    addZoneRoute(router, "PUT", QStringLiteral("/rrsets/{name}/{name}"), [](RouteContext &c, qint64 zone) {
        qint64 key = 0;
        if (auto refused = findRrset(c, zone, &key))
            return *refused;
        SimReply error;
        const auto body = requestBody(c.request, &error);
        if (!body)
            return error;
        Problems problems;
        for (auto it = body->begin(); it != body->end(); ++it) {
            if (it.key() != QLatin1String("labels"))
                problems.append({it.key(), QStringLiteral("cannot be changed here; use the rrset actions")});
        }
        checkLabels(body->value(QLatin1String("labels")), &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        QJsonObject &rrset = c.project.collection(kRrsets)[key];
        if (body->contains(QLatin1String("labels")))
            rrset.insert(QStringLiteral("labels"), body->value(QLatin1String("labels")).toObject());
        return SimReply::json(QJsonObject{{QStringLiteral("rrset"), rrset}});
    });
    addZoneRoute(router, "DELETE", QStringLiteral("/rrsets/{name}/{name}"), [](RouteContext &c, qint64 zone) {
        qint64 key = 0;
        if (auto refused = findRrset(c, zone, &key))
            return *refused;
        const QJsonObject rrset = c.project.collection(kRrsets).value(key);
        if (auto refused = checkChangeable(rrset))
            return *refused;
        if (typeOf(rrset) == QLatin1String("SOA") || (typeOf(rrset) == QLatin1String("NS") && nameOf(rrset) == QLatin1String("@")))
            return SimReply::invalidInput(QStringLiteral("rr_type"), QStringLiteral("the SOA and the apex NS records stay in the zone"));
        return change(c, zone, nameOf(rrset), typeOf(rrset), QStringLiteral("delete_rrset"), [](std::optional<QJsonObject>) {
            return std::optional<QJsonObject>();
        });
    });
    addRecordActions(router);
    addSettingActions(router);
}

}  // namespace hcloud::sim
