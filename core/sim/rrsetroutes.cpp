#include "core/sim/rrsetroutes.h"

#include "core/sim/kindroutes.h"
#include "core/sim/listquery.h"
#include "core/sim/requestbody.h"
#include "core/sim/rrsetcommon.h"
#include "core/sim/simproject.h"
#include "core/sim/zonerecords.h"
#include "core/sim/zones.h"

namespace hcloud::sim {

namespace {

const SimKind &rrsetKind()
{
    static const SimKind kind = [] {
        SimKind k;
        k.name = QStringLiteral("rrsets");
        k.singular = QStringLiteral("rrset");
        k.sortFields = QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created")};
        k.hasLabels = true;
        k.maxPerPage = 100;  // as the spec says for this endpoint
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

SimReply create(RouteContext &c, qint64 zone, const QJsonObject &body)
{
    Problems problems;
    const QString name = body.value(QLatin1String("name")).toString();
    const QString type = body.value(QLatin1String("type")).toString();
    if (const QString problem = rrsetNameProblem(name, zoneName(c.project, zone)); !problem.isEmpty())
        problems.append({QStringLiteral("name"), problem});
    if (!rrsetTypes().contains(type))
        problems.append({QStringLiteral("type"), QStringLiteral("is not a record type the API supports")});
    else if (type == QLatin1String("SOA"))
        problems.append({QStringLiteral("type"), QStringLiteral("the zone's SOA exists already; change it with set_records")});
    checkTtl(body.value(QLatin1String("ttl")), &problems);
    checkLabels(body.value(QLatin1String("labels")), &problems);
    const QJsonArray records = checkRecords(type, body.value(QLatin1String("records")), false, &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (rrsetKey(c.project, zone, name, type))
        return SimReply::uniquenessError(QStringLiteral("name"), QStringLiteral("rrset %1/%2 exists already").arg(name, type));
    if (auto refused = cnameConflict(c.project, zone, name, type))
        return *refused;
    const QJsonObject rrset = makeRrset(zone, name, type, body.value(QLatin1String("ttl")), records, body.value(QLatin1String("labels")).toObject());
    putRrset(c.project, rrset);
    const QJsonObject action = startZoneAction(c.project, zone, QStringLiteral("create_rrset"), {});
    zoneChanged(c.project, zone);
    return created(QStringLiteral("rrset"), rrset, action);
}

// zones/{zone}/rrsets/{name}/{type}: the rrset is there (404 when not).
using RrsetHandler = std::function<SimReply(RouteContext &, qint64 zone, qint64 key)>;
void addRrsetRoute(SimRouter &router, const QByteArray &method, RrsetHandler handler)
{
    addZoneRoute(router, method, QStringLiteral("/rrsets/{name}/{name}"), [handler](RouteContext &c, qint64 zone) {
        qint64 key = 0;
        if (auto refused = findRrset(c, zone, &key))
            return *refused;
        return handler(c, zone, key);
    });
}

}  // namespace

void addRrsetRoutes(SimRouter &router)
{
    addZoneRoute(router, "GET", QStringLiteral("/rrsets"), list);
    addPrimaryZoneWrite(router, QStringLiteral("/rrsets"), create);
    addRrsetRoute(router, "GET", [](RouteContext &c, qint64, qint64 key) {
        return SimReply::json(QJsonObject{{QStringLiteral("rrset"), c.project.collection(kRrsets).value(key)}});
    });
    addRrsetRoute(router, "PUT", [](RouteContext &c, qint64, qint64 key) {
        PutRules rules;
        rules.fields = QStringList{QStringLiteral("labels")};
        rules.refusal = QStringLiteral("cannot be changed here; use the rrset actions");
        return withBody(c.request, [&](const QJsonObject &body) { return applyPut(c.project, {kRrsets, QStringLiteral("rrset")}, key, body, rules); });
    });
    addRrsetRoute(router, "DELETE", [](RouteContext &c, qint64 zone, qint64 key) {
        const QJsonObject rrset = c.project.collection(kRrsets).value(key);
        if (auto refused = checkChangeable(rrset))
            return *refused;
        if (typeOf(rrset) == QLatin1String("SOA") || (typeOf(rrset) == QLatin1String("NS") && nameOf(rrset) == QLatin1String("@")))
            return SimReply::invalidInput(QStringLiteral("rr_type"), QStringLiteral("the SOA and the apex NS records stay in the zone"));
        return changeRrset(c, zone, nameOf(rrset), typeOf(rrset), QStringLiteral("delete_rrset"), [](std::optional<QJsonObject>) {
            return std::optional<QJsonObject>();
        });
    });
    addRrsetActions(router);
}

}  // namespace hcloud::sim