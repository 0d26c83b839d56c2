#include "core/sim/rrsetcommon.h"

#include "core/sim/simproject.h"
#include "core/sim/zonerecords.h"
#include "core/sim/zones.h"

namespace hcloud::sim {

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

void addPrimaryZoneWrite(SimRouter &router, const QString &suffix, PrimaryZoneWrite handler)
{
    addZoneRoute(router, "POST", suffix, [handler](RouteContext &c, qint64 zone) {
        if (auto refused = checkPrimary(c.project, zone))
            return *refused;
        return withBody(c.request, [&](const QJsonObject &body) { return handler(c, zone, body); });
    });
}

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

std::optional<SimReply> readRecords(const QJsonObject &rrset, const QJsonObject &body, QJsonArray *records)
{
    if (auto refused = checkChangeable(rrset))
        return refused;
    Problems problems;
    *records = checkRecords(typeOf(rrset), body.value(QLatin1String("records")), false, &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    return std::nullopt;
}

SimReply changeRrset(RouteContext &c, qint64 zone, const QString &name, const QString &type, const QString &command, RrsetChange apply, int status)
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

}  // namespace hcloud::sim
