#include "core/sim/loadbalancerroutes.h"

#include "core/sim/catalog.h"
#include "core/sim/jsonshapes.h"
#include "core/sim/kindroutes.h"
#include "core/sim/loadbalancers.h"
#include "core/sim/requestbody.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"

namespace hcloud::sim {

namespace {

const KindRef kRef{kLoadBalancers, QStringLiteral("load_balancer")};

int maxOf(const QJsonObject &lb, const char *key)
{
    return lb.value(QLatin1String("load_balancer_type"))[QLatin1String(key)].toInt();
}

int indexOfService(const QJsonObject &lb, int listenPort)
{
    const QJsonArray services = lb.value(QLatin1String("services")).toArray();
    for (int i = 0; i < services.size(); ++i) {
        if (services.at(i)[QLatin1String("listen_port")].toInt() == listenPort)
            return i;
    }
    return -1;
}

int targetIndex(const QJsonObject &lb, const QJsonObject &target)
{
    return indexOfTarget(lb.value(QLatin1String("targets")).toArray(), target);
}

// 400 when the load balancer's type allows no more entries in the list.
std::optional<SimReply> checkRoom(const QJsonObject &lb, const char *list, const char *maxKey, const QString &field)
{
    const int max = maxOf(lb, maxKey);
    if (lb.value(QLatin1String(list)).toArray().size() >= max)
        return SimReply::invalidInput(field, QStringLiteral("the load balancer type allows %1 %2").arg(max).arg(QLatin1String(list)));
    return std::nullopt;
}

SimReply portInUse(int port)
{
    return SimReply::error(422, QStringLiteral("source_port_already_used"), QStringLiteral("listen port %1 is used by another service").arg(port));
}

// Starts `command`; `apply` changes the load balancer when it ends.
SimReply change(RouteContext &c, qint64 id, const QString &command, ObjectChange apply)
{
    return started(startChange(c.project, kRef, id, command, [apply](SimProject &p, QJsonObject &lb) {
        apply(p, lb);
        syncLoadBalancers(p);
    }));
}

// A change that sets one field.
ObjectChange setField(const QString &key, const QJsonValue &value)
{
    return [key, value](SimProject &, QJsonObject &lb) { lb.insert(key, value); };
}

SimReply create(RouteContext &c, const QJsonObject &body)
{
    Problems problems;
    const QString name = requiredName(body, QStringLiteral("Missing data for required field."), &problems);
    const QJsonValue typeValue = body.value(QLatin1String("load_balancer_type"));
    const LoadBalancerTypeInfo *type = catalog::loadBalancerType(typeValue.isDouble() ? QString::number(typeValue.toInteger()) : typeValue.toString());
    if (!type)
        problems.append({QStringLiteral("load_balancer_type"), QStringLiteral("load balancer type not found")});
    const QString algorithm = body.value(QLatin1String("algorithm"))[QLatin1String("type")].toString(QStringLiteral("round_robin"));
    if (algorithm != QLatin1String("round_robin") && algorithm != QLatin1String("least_connections"))
        problems.append({QStringLiteral("algorithm.type"), QStringLiteral("must be round_robin or least_connections")});
    const LocationInfo *location = catalog::location(body.value(QLatin1String("location")).toString());
    if (!location && body.contains(QLatin1String("network_zone"))) {
        for (const LocationInfo &l : catalog::locations()) {
            if (!location && l.networkZone == body.value(QLatin1String("network_zone")).toString())
                location = &l;
        }
    }
    if (!location)
        problems.append({QStringLiteral("location"), QStringLiteral("give a location or a network_zone that exists")});
    checkLabels(body.value(QLatin1String("labels")), &problems);
    QJsonArray services;
    for (const QJsonValue &in : body.value(QLatin1String("services")).toArray()) {
        const QJsonObject service = checkService(c.project, in.toObject(), &problems);
        for (const QJsonValue &other : services) {
            if (other[QLatin1String("listen_port")] == service.value(QLatin1String("listen_port")))
                return portInUse(service.value(QLatin1String("listen_port")).toInt());
        }
        services.append(service);
    }
    QJsonArray targets;
    for (const QJsonValue &in : body.value(QLatin1String("targets")).toArray())
        targets.append(checkTarget(c.project, in.toObject(), &problems));
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    for (const QJsonValue &target : targets) {
        if (auto refused = checkIpTargetAllowed(c.project, target.toObject()))
            return *refused;
    }
    if (nameTaken(c.project, kLoadBalancers, name))
        return SimReply::uniquenessError(QStringLiteral("name"), QStringLiteral("load balancer name is already used"));
    const qint64 id = c.project.allocateId(kLoadBalancers);
    QJsonObject lb = makeLoadBalancer(c.project, id, name, *type, *location, algorithm, body.value(QLatin1String("labels")).toObject());
    lb.insert(QStringLiteral("services"), services);
    lb.insert(QStringLiteral("targets"), targets);
    if (body.value(QLatin1String("public_interface")).toBool(true) == false) {
        QJsonObject publicNet = lb.value(QLatin1String("public_net")).toObject();
        publicNet.insert(QStringLiteral("enabled"), false);
        lb.insert(QStringLiteral("public_net"), publicNet);
    }
    c.project.collection(kLoadBalancers).insert(id, lb);
    syncLoadBalancers(c.project);
    const QJsonObject action = c.project.actions().start(c.project, QStringLiteral("create_load_balancer"), {actionResource(kRef.type, id)}, {});
    return created(kRef.type, c.project.collection(kLoadBalancers).value(id), action);
}

// A service or target of the body as `check` makes it, or the 400 that
// refuses it.
using EntryCheck = QJsonObject (*)(SimProject &, const QJsonObject &, Problems *);
std::optional<SimReply> readEntry(SimProject &project, const QJsonObject &body, EntryCheck check, QJsonObject *entry)
{
    Problems problems;
    *entry = check(project, body, &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    return std::nullopt;
}

// The service the body's listen_port names, or the 400 when there is none.
std::optional<SimReply> findService(const QJsonObject &lb, const QJsonObject &body, int *index)
{
    const int port = body.value(QLatin1String("listen_port")).toInt();
    *index = indexOfService(lb, port);
    if (*index < 0)
        return SimReply::invalidInput(QStringLiteral("listen_port"), QStringLiteral("no service listens on %1").arg(port));
    return std::nullopt;
}

void addServiceActions(SimRouter &router)
{
    addObjectAction(router, kRef, "add_service", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &lb) {
        QJsonObject service;
        if (auto refused = readEntry(c.project, body, checkService, &service))
            return *refused;
        const int port = service.value(QLatin1String("listen_port")).toInt();
        if (indexOfService(lb, port) >= 0)
            return portInUse(port);
        if (auto full = checkRoom(lb, "services", "max_services", QStringLiteral("listen_port")))
            return *full;
        return change(c, id, QStringLiteral("add_service"), appendEntry(QStringLiteral("services"), service));
    });
    addObjectAction(router, kRef, "update_service", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &lb) {
        int index = -1;
        if (auto missing = findService(lb, body, &index))
            return *missing;
        Problems problems;
        const QJsonObject service = updatedService(c.project, lb.value(QLatin1String("services"))[index].toObject(), body, &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        return change(c, id, QStringLiteral("update_service"), [index, service](SimProject &, QJsonObject &l) {
            QJsonArray services = l.value(QLatin1String("services")).toArray();
            services.replace(index, service);
            l.insert(QStringLiteral("services"), services);
        });
    });
    addObjectAction(router, kRef, "delete_service", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &lb) {
        int index = -1;
        if (auto missing = findService(lb, body, &index))
            return *missing;
        const int port = body.value(QLatin1String("listen_port")).toInt();
        return change(c, id, QStringLiteral("delete_service"),
                      removeEntry(QStringLiteral("services"), [port](const QJsonObject &l) { return indexOfService(l, port); }));
    });
}

void addTargetActions(SimRouter &router)
{
    addObjectAction(router, kRef, "add_target", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &lb) {
        QJsonObject target;
        if (auto refused = readEntry(c.project, body, checkTarget, &target))
            return *refused;
        if (auto refused = checkIpTargetAllowed(c.project, target))
            return *refused;
        if (targetIndex(lb, target) >= 0)
            return SimReply::error(422, QStringLiteral("target_already_defined"), QStringLiteral("the load balancer has this target already"));
        if (auto full = checkRoom(lb, "targets", "max_targets", QStringLiteral("type")))
            return *full;
        return change(c, id, QStringLiteral("add_target"), appendEntry(QStringLiteral("targets"), target));
    });
    addObjectAction(router, kRef, "remove_target", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &lb) {
        Problems problems;
        const QJsonObject target = checkTarget(c.project, body, &problems);
        if (targetIndex(lb, target) < 0)
            return SimReply::invalidInput(QStringLiteral("type"), QStringLiteral("the load balancer has no such target"));
        return change(c, id, QStringLiteral("remove_target"),
                      removeEntry(QStringLiteral("targets"), [target](const QJsonObject &l) { return targetIndex(l, target); }));
    });
}

void addSettingActions(SimRouter &router)
{
    addObjectAction(router, kRef, "change_algorithm", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &) {
        const QString type = body.value(QLatin1String("type")).toString();
        if (type != QLatin1String("round_robin") && type != QLatin1String("least_connections"))
            return SimReply::invalidInput(QStringLiteral("type"), QStringLiteral("must be round_robin or least_connections"));
        return change(c, id, QStringLiteral("change_algorithm"), setField(QStringLiteral("algorithm"), QJsonObject{{QStringLiteral("type"), type}}));
    });
    addObjectAction(router, kRef, "change_type", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &lb) {
        const QJsonValue value = body.value(QLatin1String("load_balancer_type"));
        const LoadBalancerTypeInfo *type = catalog::loadBalancerType(value.isDouble() ? QString::number(value.toInteger()) : value.toString());
        if (!type)
            return SimReply::invalidInput(QStringLiteral("load_balancer_type"), QStringLiteral("load balancer type not found"));
        // A smaller type must still hold what the load balancer has.
        if (lb.value(QLatin1String("services")).toArray().size() > type->maxServices
            || lb.value(QLatin1String("targets")).toArray().size() > type->maxTargets)
            return SimReply::error(422, QStringLiteral("invalid_load_balancer_type"),
                                   QStringLiteral("%1 allows fewer services or targets than this load balancer has").arg(type->name));
        return change(c, id, QStringLiteral("change_load_balancer_type"), setField(QStringLiteral("load_balancer_type"), shapes::loadBalancerType(*type)));
    });
    for (const bool enable : {true, false}) {
        addObjectAction(router, kRef, enable ? "enable_public_interface" : "disable_public_interface",
                        [enable](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &lb) {
                            if (!enable && lb.value(QLatin1String("private_net")).toArray().isEmpty())
                                return SimReply::error(422, QStringLiteral("load_balancer_not_attached_to_network"),
                                                       QStringLiteral("attach the load balancer to a network before turning its public interface off"));
                            return change(c, id, enable ? QStringLiteral("enable_public_interface") : QStringLiteral("disable_public_interface"),
                                          [enable](SimProject &, QJsonObject &l) {
                                              QJsonObject publicNet = l.value(QLatin1String("public_net")).toObject();
                                              publicNet.insert(QStringLiteral("enabled"), enable);
                                              l.insert(QStringLiteral("public_net"), publicNet);
                                          });
                        });
    }
    addChangeProtection(router, kRef);
}

}  // namespace

void addLoadBalancerRoutes(SimRouter &router)
{
    router.add("POST", kLoadBalancers, bodyRoute(create));
    addUpdateRoute(router, kRef);
    addDeleteRoute(router, kRef, {}, [](SimProject &project, qint64, const QJsonObject &) { syncLoadBalancers(project); });
    addServiceActions(router);
    addTargetActions(router);
    addSettingActions(router);
}

}  // namespace hcloud::sim
