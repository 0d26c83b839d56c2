#include "core/sim/floatingiproutes.h"

#include "core/sim/catalog.h"
#include "core/sim/floatingips.h"
#include "core/sim/ipaddresses.h"
#include "core/sim/jsonshapes.h"
#include "core/sim/kindroutes.h"
#include "core/sim/requestbody.h"
#include "core/sim/servercommon.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

const QString kFloatingIp = QStringLiteral("floating_ip");
const KindRef kFloatingIpRef{kFloatingIps, kFloatingIp};

QJsonArray onIp(qint64 id, qint64 serverId)
{
    QJsonArray resources{actionResource(kFloatingIp, id)};
    if (serverId > 0)
        resources.append(actionResource(QStringLiteral("server"), serverId));
    return resources;
}

QJsonObject startAssign(SimProject &project, qint64 id, qint64 serverId)
{
    return project.actions().start(project, QStringLiteral("assign_floating_ip"), onIp(id, serverId),
                                   ifSucceeded([id, serverId](SimProject &p) { linkFloatingIp(p, id, serverId); }));
}

void checkDescription(const QJsonValue &description, Problems *problems)
{
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        problems->append({QStringLiteral("description"), QStringLiteral("Not a valid string.")});
}

SimReply create(RouteContext &c, const QJsonObject &body)
{
    Problems problems;
    const QString type = body.value(QLatin1String("type")).toString();
    if (type != QLatin1String("ipv4") && type != QLatin1String("ipv6"))
        problems.append({QStringLiteral("type"), QStringLiteral("must be ipv4 or ipv6")});
    const QJsonValue nameValue = body.value(QLatin1String("name"));
    if (!nameValue.isUndefined() && (!nameValue.isString() || nameValue.toString().isEmpty()))
        problems.append({QStringLiteral("name"), QStringLiteral("must be a non-empty string")});
    checkDescription(body.value(QLatin1String("description")), &problems);
    const QJsonValue serverValue = body.value(QLatin1String("server"));
    const bool hasServer = !serverValue.isUndefined() && !serverValue.isNull();
    const bool hasLocation = body.contains(QLatin1String("home_location"));
    if (hasServer == hasLocation)
        problems.append({QStringLiteral("home_location"), QStringLiteral("give either home_location or server")});
    checkLabels(body.value(QLatin1String("labels")), &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);

    const qint64 serverId = hasServer ? idOf(serverValue) : 0;
    QString location = body.value(QLatin1String("home_location")).toString();
    if (hasServer) {
        if (auto refused = serverLocation(c.project, serverId, &location))
            return *refused;
    }
    const LocationInfo *where = catalog::location(location);
    if (!where)
        return SimReply::invalidInput(QStringLiteral("home_location"), QStringLiteral("location not found"));
    if (nameValue.isString() && nameTaken(c.project, kFloatingIps, nameValue.toString()))
        return SimReply::uniquenessError(QStringLiteral("name"), QStringLiteral("floating_ip name is already used"));
    if (hasServer && c.project.actions().busy(QStringLiteral("server"), serverId))
        return SimReply::error(423, QStringLiteral("locked"), QStringLiteral("server %1 is locked by a running action").arg(serverId));
    const QString ip = allocateAddress(c.project, type);
    if (ip.isEmpty())
        return SimReply::error(422, QStringLiteral("resource_unavailable"), QStringLiteral("no free IPv4 address left"));

    const QJsonValue description = body.value(QLatin1String("description"));
    // Without a name the API names the IP by its address.
    const QJsonObject fip = addNew(c.project, kFloatingIps, nameValue.isString() ? nameValue.toString() : ip, body,
                                   {{QStringLiteral("description"), description.isString() ? description : QJsonValue()},
                                    {QStringLiteral("ip"), ip},
                                    {QStringLiteral("type"), type},
                                    {QStringLiteral("server"), QJsonValue()},
                                    {QStringLiteral("dns_ptr"), defaultDnsPtr(ip)},
                                    {QStringLiteral("home_location"), shapes::location(*where)},
                                    {QStringLiteral("blocked"), false},
                                    {QStringLiteral("protection"), QJsonObject{{QStringLiteral("delete"), false}}}});
    const qint64 id = fip.value(QLatin1String("id")).toInteger();
    // Only an assignment takes time; a bare IP is there at once, and the
    // answer leaves out the action (not nullable in the API description).
    return created(kFloatingIp, fip, hasServer ? QJsonValue(startAssign(c.project, id, serverId)) : QJsonValue(QJsonValue::Undefined));
}

}  // namespace

void addFloatingIpRoutes(SimRouter &router)
{
    router.add("POST", kFloatingIps, bodyRoute(create));
    addUpdateRoute(router, kFloatingIpRef, [](const QJsonObject &body, QJsonObject &fip, Problems *problems) {
        const QJsonValue description = body.value(QLatin1String("description"));
        checkDescription(description, problems);
        if (!description.isUndefined())
            fip.insert(QStringLiteral("description"), description.isString() ? description : QJsonValue());
    });
    addDeleteRoute(router, kFloatingIpRef, [](SimProject &, qint64 id, const QJsonObject &fip) -> std::optional<SimReply> {
        // Since 1 May 2026 the API no longer unassigns on delete.
        if (!fip.value(QLatin1String("server")).isNull())
            return SimReply::error(422, QStringLiteral("must_be_unassigned"), QStringLiteral("unassign floating_ip %1 first").arg(id));
        return std::nullopt;
    });
    addObjectAction(router, kFloatingIpRef, "assign", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &fip) {
        const qint64 serverId = idOf(body.value(QLatin1String("server")));
        if (serverId <= 0)
            return SimReply::invalidInput(QStringLiteral("server"), QStringLiteral("Missing data for required field."));
        if (auto refused = checkServerFree(c.project, serverId))
            return *refused;
        // Moving to another server is how failover works; the same one is refused.
        if (fip.value(QLatin1String("server")).toInteger() == serverId)
            return SimReply::error(422, QStringLiteral("floating_ip_assigned"),
                                   QStringLiteral("floating_ip %1 is already assigned to server %2").arg(id).arg(serverId));
        return started(startAssign(c.project, id, serverId));
    });
    addObjectAction(router, kFloatingIpRef, "unassign", [](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &fip) {
        const qint64 serverId = fip.value(QLatin1String("server")).toInteger();
        return startedOn(c.project, QStringLiteral("unassign_floating_ip"), onIp(id, serverId), [id](SimProject &p) { unlinkFloatingIp(p, id); });
    });
    addChangeDnsPtr(router, kFloatingIpRef);
    addChangeProtection(router, kFloatingIpRef);
}

}  // namespace hcloud::sim
