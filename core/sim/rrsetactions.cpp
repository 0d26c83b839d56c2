#include "core/sim/rrsetcommon.h"

#include "core/sim/kindroutes.h"
#include "core/sim/requestbody.h"
#include "core/sim/simproject.h"
#include "core/sim/zonerecords.h"
#include "core/sim/zones.h"

namespace hcloud::sim {

namespace {

// POST .../rrsets/{name}/{type}/actions/<command> on an existing rrset.
using RrsetAction = std::function<SimReply(RouteContext &, qint64 zone, const QJsonObject &body, const QJsonObject &rrset)>;
void addAction(SimRouter &router, const char *command, RrsetAction handler)
{
    addZoneRoute(router, "POST", QStringLiteral("/rrsets/{name}/{name}/actions/") + QLatin1String(command), [handler](RouteContext &c, qint64 zone) {
        return withBody(c.request, [&](const QJsonObject &body) {
            qint64 key = 0;
            if (auto refused = findRrset(c, zone, &key))
                return *refused;
            return handler(c, zone, body, c.project.collection(kRrsets).value(key));
        });
    });
}

void addRecordActions(SimRouter &router)
{
    addAction(router, "set_records", [](RouteContext &c, qint64 zone, const QJsonObject &body, const QJsonObject &rrset) {
        QJsonArray records;
        if (auto refused = readRecords(rrset, body, &records))
            return *refused;
        return changeRrset(c, zone, nameOf(rrset), typeOf(rrset), QStringLiteral("set_rrset_records"), [records](std::optional<QJsonObject> now) {
            if (now)
                now->insert(QStringLiteral("records"), records);
            return now;
        });
    });
    // An rrset that is not there yet is made by add_records.
    addPrimaryZoneWrite(router, QStringLiteral("/rrsets/{name}/{name}/actions/add_records"), [](RouteContext &c, qint64 zone, const QJsonObject &body) {
        const QString name = c.names.value(0);
        const QString type = c.names.value(1);
        Problems problems;
        if (!rrsetTypes().contains(type))
            return SimReply::invalidInput(QStringLiteral("rr_type"), QStringLiteral("'%1' is not a record type").arg(type));
        if (const QString problem = rrsetNameProblem(name, zoneName(c.project, zone)); !problem.isEmpty())
            problems.append({QStringLiteral("rr_name"), problem});
        checkTtl(body.value(QLatin1String("ttl")), &problems);
        const QJsonArray records = checkRecords(type, body.value(QLatin1String("records")), false, &problems);
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
        const QJsonValue ttl = body.value(QLatin1String("ttl"));
        return changeRrset(c, zone, name, type, QStringLiteral("add_rrset_records"), [zone, name, type, ttl, records](std::optional<QJsonObject> now) {
            QJsonObject rrset = now ? *now : makeRrset(zone, name, type, ttl, {});
            rrset.insert(QStringLiteral("records"), mergedRecords(rrset.value(QLatin1String("records")).toArray(), records));
            if (ttl.isDouble())
                rrset.insert(QStringLiteral("ttl"), ttl);
            return std::optional<QJsonObject>(rrset);
        });
    });
    addAction(router, "remove_records", [](RouteContext &c, qint64 zone, const QJsonObject &body, const QJsonObject &rrset) {
        QJsonArray records;
        if (auto refused = readRecords(rrset, body, &records))
            return *refused;
        QStringList values;
        for (const QJsonValue &record : records)
            values.append(record[QLatin1String("value")].toString());
        if (typeOf(rrset) == QLatin1String("SOA") || (typeOf(rrset) == QLatin1String("NS") && nameOf(rrset) == QLatin1String("@"))) {
            for (const QString &ns : assignedNameservers()) {
                if (values.contains(ns + QLatin1Char('.')) || typeOf(rrset) == QLatin1String("SOA"))
                    return SimReply::invalidInput(QStringLiteral("records"), QStringLiteral("the SOA and the assigned nameservers stay in the zone"));
            }
        }
        return changeRrset(c, zone, nameOf(rrset), typeOf(rrset), QStringLiteral("remove_rrset_records"), [values](std::optional<QJsonObject> now) {
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
        return changeRrset(
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
        return changeRrset(c, zone, nameOf(rrset), typeOf(rrset), QStringLiteral("change_rrset_ttl"), [ttl](std::optional<QJsonObject> now) {
            if (now)
                now->insert(QStringLiteral("ttl"), ttl.isDouble() ? ttl : QJsonValue());
            return now;
        });
    });
    addAction(router, "change_protection", [](RouteContext &c, qint64 zone, const QJsonObject &body, const QJsonObject &rrset) {
        QJsonObject protection;
        if (auto refused = readProtection(body, QStringLiteral("change"), &protection))
            return *refused;
        return changeRrset(c, zone, nameOf(rrset), typeOf(rrset), QStringLiteral("change_rrset_protection"), [protection](std::optional<QJsonObject> now) {
            if (now)
                now->insert(QStringLiteral("protection"), protection);
            return now;
        });
    });
}

}  // namespace

void addRrsetActions(SimRouter &router)
{
    addRecordActions(router);
    addSettingActions(router);
}

}  // namespace hcloud::sim
