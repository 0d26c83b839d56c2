#include "core/sim/serverwriteroutes.h"

#include "core/sim/catalog.h"
#include "core/sim/kindroutes.h"
#include "core/sim/primaryips.h"
#include "core/sim/requestbody.h"
#include "core/sim/serverfactory.h"
#include "core/sim/servercommon.h"
#include "core/sim/serverlinks.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

const ServerTypeInfo *findServerType(const QJsonValue &idOrName)
{
    const QString text = idOrName.isDouble() ? QString::number(idOrName.toInteger()) : idOrName.toString();
    for (const ServerTypeInfo &type : catalog::serverTypes()) {
        if (type.name == text || QString::number(type.id) == text)
            return &type;
    }
    return nullptr;
}

// SSH keys named by id or name must exist in the project.
bool sshKeysExist(const SimProject &project, const QJsonArray &keys)
{
    for (const QJsonValue &wanted : keys) {
        const QString text = wanted.isDouble() ? QString::number(wanted.toInteger()) : wanted.toString();
        bool found = false;
        for (const QJsonObject &key : project.collection(QStringLiteral("ssh_keys"))) {
            if (key.value(QLatin1String("name")).toString() == text
                || QString::number(key.value(QLatin1String("id")).toInteger()) == text)
                found = true;
        }
        if (!found)
            return false;
    }
    return true;
}

SimReply createServer(RouteContext &c, const QJsonObject &body)
{
    if (auto refused = c.apiDate.refuseDatacenter(body))
        return *refused;

    Problems problems;
    const QJsonValue nameValue = body.value(QLatin1String("name"));
    const QString name = nameValue.toString();
    if (!nameValue.isString() || name.isEmpty())
        problems.append({QStringLiteral("name"), QStringLiteral("Missing data for required field.")});
    else if (!validServerName(name))
        problems.append({QStringLiteral("name"), QStringLiteral("Not a valid hostname.")});
    const QJsonValue typeValue = body.value(QLatin1String("server_type"));
    if (typeValue.isUndefined() || typeValue.isNull() || (typeValue.toString().isEmpty() && !typeValue.isDouble()))
        problems.append({QStringLiteral("server_type"), QStringLiteral("Missing data for required field.")});
    const QJsonValue imageValue = body.value(QLatin1String("image"));
    if (imageValue.isUndefined() || imageValue.isNull() || (imageValue.toString().isEmpty() && !imageValue.isDouble()))
        problems.append({QStringLiteral("image"), QStringLiteral("Missing data for required field.")});
    const QJsonValue start = body.value(QLatin1String("start_after_create"));
    if (!start.isUndefined() && !start.isBool())
        problems.append({QStringLiteral("start_after_create"), QStringLiteral("Not a valid boolean.")});
    const QJsonValue keys = body.value(QLatin1String("ssh_keys"));
    if (!keys.isUndefined() && !keys.isArray())
        problems.append({QStringLiteral("ssh_keys"), QStringLiteral("Not a valid list.")});
    checkLabels(body.value(QLatin1String("labels")), &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);

    const ServerTypeInfo *type = findServerType(typeValue);
    if (!type)
        return SimReply::invalidInput(QStringLiteral("server_type"), QStringLiteral("server type not found"));

    QString location;
    if (body.contains(QLatin1String("location"))) {
        location = body.value(QLatin1String("location")).toString();
        if (!catalog::location(location))
            return SimReply::invalidInput(QStringLiteral("location"), QStringLiteral("location not found"));
    } else if (body.contains(QLatin1String("datacenter"))) {
        const QString name = body.value(QLatin1String("datacenter")).toString();
        for (const DatacenterInfo &dc : catalog::datacenters()) {
            if (dc.name == name)
                location = dc.location;
        }
        if (location.isEmpty())
            return SimReply::invalidInput(QStringLiteral("datacenter"), QStringLiteral("datacenter not found"));
    } else {
        location = type->locations.contains(QStringLiteral("fsn1")) ? QStringLiteral("fsn1") : type->locations.value(0);
    }
    if (!type->locations.contains(location))
        return SimReply::error(422, QStringLiteral("unsupported_location_for_server_type"),
                               QStringLiteral("server type %1 is not available in %2").arg(type->name, location));
    if (!catalog::serverTypeAvailable(*type, location))
        return SimReply::error(412, QStringLiteral("resource_unavailable"),
                               QStringLiteral("server type %1 is sold out in %2 for now").arg(type->name, location));
    if (const DeprecationInfo *deprecation = catalog::serverTypeDeprecation(type->name, location)) {
        if (QDateTime::fromString(deprecation->unavailableAfter, Qt::ISODate).date() < c.apiDate.day())
            return SimReply::error(412, QStringLiteral("resource_unavailable"),
                                   QStringLiteral("server type %1 is no longer available in %2").arg(type->name, location));
    }

    const QJsonObject *image = findImage(c.project, imageValue, type->architecture);
    if (!image)
        return SimReply::invalidInput(QStringLiteral("image"), QStringLiteral("image not found"));
    if (!sshKeysExist(c.project, keys.toArray()))
        return SimReply::invalidInput(QStringLiteral("ssh_keys"), QStringLiteral("SSH key not found"));
    if (nameTaken(c.project, kServers, name))
        return SimReply::uniquenessError(QStringLiteral("name"), QStringLiteral("server name is already used"));
    if (auto refused = checkServerLinks(c.project, body, catalog::location(location)->networkZone))
        return *refused;
    // public_net may name existing primary IPs instead of new ones.
    const QJsonObject publicNet = body.value(QLatin1String("public_net")).toObject();
    const qint64 ipv4Id = idOf(publicNet.value(QLatin1String("ipv4")));
    const qint64 ipv6Id = idOf(publicNet.value(QLatin1String("ipv6")));
    for (const auto &[ipId, type] : {std::pair{ipv4Id, QStringLiteral("ipv4")}, std::pair{ipv6Id, QStringLiteral("ipv6")}}) {
        if (ipId == 0)
            continue;
        if (auto refused = checkPrimaryIpForNewServer(c.project, ipId, type, location))
            return *refused;
    }

    const bool system = image->value(QLatin1String("type")).toString() == QLatin1String("system");
    ServerSpec spec;
    spec.id = c.project.allocateId(kServers);
    spec.name = name;
    spec.status = QStringLiteral("initializing");
    spec.created = c.project.actions().nowMs() / 1000;
    spec.serverType = type->name;
    spec.location = location;
    // Snapshots are not in the catalog: build from a system image, then
    // show the snapshot the server really came from.
    spec.image = system ? image->value(QLatin1String("name")).toString() : QStringLiteral("ubuntu-24.04");
    spec.withIpv4 = ipv4Id == 0 && publicNet.value(QLatin1String("enable_ipv4")).toBool(true);
    spec.withIpv6 = ipv6Id == 0 && publicNet.value(QLatin1String("enable_ipv6")).toBool(true);
    spec.labels = body.value(QLatin1String("labels")).toObject();
    QJsonObject server = makeServer(c.project, spec);
    if (server.isEmpty())
        return SimReply::invalidInput(QStringLiteral("image"), QStringLiteral("image not found"));
    if (!system)
        server.insert(QStringLiteral("image"), *image);
    c.project.collection(kServers).insert(spec.id, server);
    linkNewServer(c.project, spec.id, body);
    for (const qint64 ipId : {ipv4Id, ipv6Id}) {
        if (ipId > 0)
            assignPrimaryIp(c.project, ipId, spec.id);
    }
    server = *findServer(c.project, spec.id);

    const bool startAfter = start.toBool(true);
    const qint64 id = spec.id;
    const QJsonArray resources{actionResource(QStringLiteral("server"), id)};
    const QJsonObject action = c.project.actions().start(
        c.project, QStringLiteral("create_server"), resources, [id, startAfter](SimProject &p, bool ok) {
            setServerStatus(p, id, ok && startAfter ? QStringLiteral("starting") : QStringLiteral("off"));
        });
    QJsonArray next;
    if (startAfter) {
        next.append(c.project.actions().start(
            c.project, QStringLiteral("start_server"), resources,
            [id](SimProject &p, bool ok) {
                const QJsonObject *server = findServer(p, id);
                if (server && server->value(QLatin1String("status")).toString() == QLatin1String("starting"))
                    setServerStatus(p, id, ok ? QStringLiteral("running") : QStringLiteral("off"));
            },
            1, 1));
    }
    const bool withKeys = !keys.toArray().isEmpty();
    return SimReply::json(
        QJsonObject{
            {QStringLiteral("server"), server},
            {QStringLiteral("action"), action},
            {QStringLiteral("next_actions"), next},
            {QStringLiteral("root_password"), withKeys ? QJsonValue() : QJsonValue(newRootPassword())},
        },
        201);
}

SimReply updateServer(RouteContext &c)
{
    const qint64 id = c.ids.first();
    if (auto refused = checkServerFree(c.project, id))
        return *refused;
    PutRules rules;
    rules.nameProblem = [](const QString &name) { return validServerName(name) ? QString() : QStringLiteral("Not a valid hostname."); };
    rules.nameInUse = QStringLiteral("server name is already used");
    rules.updated = [](SimProject &project, const QJsonObject &, const QJsonObject &body) {
        if (body.contains(QLatin1String("labels")))
            syncLinks(project);  // label selectors may match it now, or no longer
    };
    return withBody(c.request, [&](const QJsonObject &body) { return applyPut(c.project, kServerRef, id, body, rules); });
}

SimReply deleteServer(RouteContext &c)
{
    const qint64 id = c.ids.first();
    if (auto refused = checkServerFree(c.project, id))
        return *refused;
    QJsonObject *server = findServer(c.project, id);
    if (auto refused = checkNotProtected(kServerRef, id, *server))
        return *refused;
    const QString before = server->value(QLatin1String("status")).toString();
    server->insert(QStringLiteral("status"), QStringLiteral("deleting"));
    const QJsonObject action = c.project.actions().start(
        c.project, QStringLiteral("delete_server"), QJsonArray{actionResource(QStringLiteral("server"), id)},
        [id, before](SimProject &p, bool ok) {
            if (ok)
                forgetServer(p, id);
            else
                setServerStatus(p, id, before);
        });
    return SimReply::json(QJsonObject{{QStringLiteral("action"), action}});
}

}  // namespace

void addServerWriteRoutes(SimRouter &router)
{
    router.add("POST", kServers, bodyRoute(createServer));
    router.add("PUT", QStringLiteral("servers/{id}"), updateServer);
    router.add("DELETE", QStringLiteral("servers/{id}"), deleteServer);
}

}  // namespace hcloud::sim
