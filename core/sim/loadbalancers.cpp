#include "core/sim/loadbalancers.h"

#include "core/sim/catalog.h"
#include "core/sim/jsonshapes.h"
#include "core/sim/labelselector.h"
#include "core/sim/servercommon.h"
#include "core/sim/simproject.h"

#include <QHostAddress>
#include <QMap>
#include <QSet>

namespace hcloud::sim {

namespace {

const QStringList kProtocols{QStringLiteral("tcp"), QStringLiteral("http"), QStringLiteral("https")};

bool validPort(const QJsonValue &port)
{
    return port.isDouble() && port.toInt() >= 1 && port.toInt() <= 65535;
}

QJsonObject serverRef(qint64 id, bool usePrivateIp)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("server")},
                       {QStringLiteral("server"), QJsonObject{{QStringLiteral("id"), id}}},
                       {QStringLiteral("use_private_ip"), usePrivateIp}};
}

// The address the load balancer sends a server's traffic to: its private
// IP when asked, else its primary IPv4, else the first of its IPv6 /64.
QString targetIp(const QJsonObject &server, bool usePrivateIp)
{
    const QJsonArray privateNet = server.value(QLatin1String("private_net")).toArray();
    if (usePrivateIp && !privateNet.isEmpty())
        return privateNet.first()[QLatin1String("ip")].toString();
    const QJsonObject net = server.value(QLatin1String("public_net")).toObject();
    const QString ipv4 = net.value(QLatin1String("ipv4"))[QLatin1String("ip")].toString();
    if (!ipv4.isEmpty())
        return ipv4;
    return net.value(QLatin1String("ipv6"))[QLatin1String("ip")].toString().section(QLatin1Char('/'), 0, 0) + QLatin1Char('1');
}

// A server target's reference with the address traffic goes to.
void setTargetIp(QJsonObject &ref, const QJsonObject &server)
{
    QJsonObject inner = ref.value(QLatin1String("server")).toObject();
    inner.insert(QStringLiteral("ip"), targetIp(server, ref.value(QLatin1String("use_private_ip")).toBool()));
    ref.insert(QStringLiteral("server"), inner);
}

QJsonArray health(const QJsonArray &services, bool healthy)
{
    QJsonArray statuses;
    for (const QJsonValue &service : services) {
        statuses.append(QJsonObject{{QStringLiteral("listen_port"), service[QLatin1String("listen_port")]},
                                    {QStringLiteral("status"), healthy ? QStringLiteral("healthy") : QStringLiteral("unhealthy")}});
    }
    return statuses;
}

QJsonObject defaultHealthCheck(const QString &protocol, int port)
{
    QJsonObject check{{QStringLiteral("protocol"), protocol == QLatin1String("tcp") ? QStringLiteral("tcp") : QStringLiteral("http")},
                      {QStringLiteral("port"), port},
                      {QStringLiteral("interval"), 15},
                      {QStringLiteral("timeout"), 10},
                      {QStringLiteral("retries"), 3}};
    if (protocol != QLatin1String("tcp")) {
        check.insert(QStringLiteral("http"), QJsonObject{{QStringLiteral("domain"), QJsonValue()},
                                                         {QStringLiteral("path"), QStringLiteral("/")},
                                                         {QStringLiteral("response"), QString()},
                                                         {QStringLiteral("status_codes"), QJsonArray{QStringLiteral("2??"), QStringLiteral("3??")}},
                                                         {QStringLiteral("tls"), false}});
    }
    return check;
}

// Copies the keys `changes` has over `base`, one level into objects.
QJsonObject merged(QJsonObject base, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

// tcp has no http block. http and https both carry certificates and
// redirect_http: the 2026 spec documents them for https only, but the API
// has always sent them for http too, and python3-hcloud 1.18.2 reads them.
void fitHttpToProtocol(QJsonObject &service)
{
    const QString protocol = service.value(QLatin1String("protocol")).toString();
    if (protocol == QLatin1String("tcp")) {
        service.remove(QStringLiteral("http"));
        return;
    }
    QJsonObject http = service.value(QLatin1String("http")).toObject();
    if (!http.contains(QLatin1String("certificates")))
        http.insert(QStringLiteral("certificates"), QJsonArray());
    if (!http.contains(QLatin1String("redirect_http")))
        http.insert(QStringLiteral("redirect_http"), false);
    service.insert(QStringLiteral("http"), http);
}

void checkServiceFields(SimProject &project, const QJsonObject &service, Problems *problems)
{
    const QString protocol = service.value(QLatin1String("protocol")).toString();
    if (!kProtocols.contains(protocol))
        problems->append({QStringLiteral("protocol"), QStringLiteral("must be tcp, http or https")});
    if (!validPort(service.value(QLatin1String("listen_port"))))
        problems->append({QStringLiteral("listen_port"), QStringLiteral("must be a port from 1 to 65535")});
    if (!validPort(service.value(QLatin1String("destination_port"))))
        problems->append({QStringLiteral("destination_port"), QStringLiteral("must be a port from 1 to 65535")});
    const QJsonObject check = service.value(QLatin1String("health_check")).toObject();
    const QString checkProtocol = check.value(QLatin1String("protocol")).toString();
    if (checkProtocol != QLatin1String("tcp") && checkProtocol != QLatin1String("http"))
        problems->append({QStringLiteral("health_check.protocol"), QStringLiteral("must be tcp or http")});
    if (!validPort(check.value(QLatin1String("port"))))
        problems->append({QStringLiteral("health_check.port"), QStringLiteral("must be a port from 1 to 65535")});
    const QJsonValue idle = service.value(QLatin1String("http"))[QLatin1String("timeout_idle")];
    if (!idle.isUndefined() && (!idle.isDouble() || idle.toInt() < 30 || idle.toInt() > 300))
        problems->append({QStringLiteral("http.timeout_idle"), QStringLiteral("must be from 30 to 300 seconds")});
    if (protocol == QLatin1String("https")) {
        const QJsonArray certificates = service.value(QLatin1String("http"))[QLatin1String("certificates")].toArray();
        if (certificates.isEmpty())
            problems->append({QStringLiteral("http.certificates"), QStringLiteral("https needs at least one certificate")});
        for (const QJsonValue &id : certificates) {
            if (!project.collection(QStringLiteral("certificates")).contains(id.toInteger()))
                problems->append({QStringLiteral("http.certificates"), QStringLiteral("certificate %1 not found").arg(id.toInteger())});
        }
    }
}

}  // namespace

QJsonObject makeLoadBalancer(SimProject &project, qint64 id, const QString &name, const LoadBalancerTypeInfo &type,
                             const LocationInfo &location, const QString &algorithm, const QJsonObject &labels)
{
    const QString ipv4 = project.allocateIpv4();
    // The load balancer answers on the first address of its /64.
    const QString ipv6 = project.allocateIpv6Network().section(QLatin1Char('/'), 0, 0) + QStringLiteral("1");
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("public_net"),
         QJsonObject{{QStringLiteral("enabled"), true},
                     {QStringLiteral("ipv4"), QJsonObject{{QStringLiteral("ip"), ipv4.isEmpty() ? QJsonValue() : QJsonValue(ipv4)},
                                                          {QStringLiteral("dns_ptr"), QStringLiteral("lb-%1.your-objectstorage.example").arg(id)}}},
                     {QStringLiteral("ipv6"), QJsonObject{{QStringLiteral("ip"), ipv6},
                                                          {QStringLiteral("dns_ptr"), QStringLiteral("lb-%1.your-objectstorage.example").arg(id)}}}}},
        {QStringLiteral("private_net"), QJsonArray()},
        {QStringLiteral("location"), shapes::location(location)},
        {QStringLiteral("load_balancer_type"), shapes::loadBalancerType(type)},
        {QStringLiteral("protection"), QJsonObject{{QStringLiteral("delete"), false}}},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("targets"), QJsonArray()},
        {QStringLiteral("services"), QJsonArray()},
        {QStringLiteral("algorithm"), QJsonObject{{QStringLiteral("type"), algorithm}}},
        {QStringLiteral("outgoing_traffic"), QJsonValue()},
        {QStringLiteral("ingoing_traffic"), QJsonValue()},
        {QStringLiteral("included_traffic"), catalog::includedTrafficBytes(location.networkZone)},
        {QStringLiteral("created"), shapes::timestamp(project.actions().nowMs() / 1000)},
    };
}

QJsonObject checkService(SimProject &project, const QJsonObject &in, Problems *problems)
{
    const QString protocol = in.value(QLatin1String("protocol")).toString();
    // http and https have their usual ports; tcp must say.
    const int fallbackPort = protocol == QLatin1String("http") ? 80 : protocol == QLatin1String("https") ? 443 : 0;
    const QJsonValue listen = in.contains(QLatin1String("listen_port")) ? in.value(QLatin1String("listen_port")) : QJsonValue(fallbackPort);
    const QJsonValue destination = in.contains(QLatin1String("destination_port")) ? in.value(QLatin1String("destination_port")) : listen;
    QJsonObject service{{QStringLiteral("protocol"), protocol},
                        {QStringLiteral("listen_port"), listen},
                        {QStringLiteral("destination_port"), destination},
                        {QStringLiteral("proxyprotocol"), in.value(QLatin1String("proxyprotocol")).toBool(false)},
                        {QStringLiteral("health_check"), merged(defaultHealthCheck(protocol, destination.toInt()),
                                                                in.value(QLatin1String("health_check")).toObject())}};
    if (protocol != QLatin1String("tcp")) {
        const QJsonObject http{{QStringLiteral("cookie_name"), QStringLiteral("HCLBSTICKY")},
                               {QStringLiteral("cookie_lifetime"), 300},
                               {QStringLiteral("timeout_idle"), 50},
                               {QStringLiteral("sticky_sessions"), false}};
        service.insert(QStringLiteral("http"), merged(http, in.value(QLatin1String("http")).toObject()));
    }
    fitHttpToProtocol(service);
    checkServiceFields(project, service, problems);
    return service;
}

QJsonObject updatedService(SimProject &project, const QJsonObject &service, const QJsonObject &changes, Problems *problems)
{
    QJsonObject result = merged(service, changes);
    fitHttpToProtocol(result);
    checkServiceFields(project, result, problems);
    return result;
}

QJsonObject checkTarget(SimProject &project, const QJsonObject &in, Problems *problems)
{
    const QString type = in.value(QLatin1String("type")).toString();
    const bool usePrivateIp = in.value(QLatin1String("use_private_ip")).toBool(false);
    if (type == QLatin1String("server")) {
        const qint64 id = in.value(QLatin1String("server"))[QLatin1String("id")].toInteger();
        if (!findServer(project, id))
            problems->append({QStringLiteral("server.id"), QStringLiteral("server not found")});
        return serverRef(id, usePrivateIp);
    }
    if (type == QLatin1String("label_selector")) {
        const QString selector = in.value(QLatin1String("label_selector"))[QLatin1String("selector")].toString();
        QString error;
        if (selector.isEmpty() || !LabelSelector::parse(selector, &error))
            problems->append({QStringLiteral("label_selector.selector"), error.isEmpty() ? QStringLiteral("is required") : error});
        return QJsonObject{{QStringLiteral("type"), type},
                           {QStringLiteral("label_selector"), QJsonObject{{QStringLiteral("selector"), selector}}},
                           {QStringLiteral("use_private_ip"), usePrivateIp},
                           {QStringLiteral("targets"), QJsonArray()}};
    }
    if (type == QLatin1String("ip")) {
        const QString ip = in.value(QLatin1String("ip"))[QLatin1String("ip")].toString();
        if (QHostAddress(ip).isNull())
            problems->append({QStringLiteral("ip.ip"), QStringLiteral("is not an IP address")});
        return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("ip"), QJsonObject{{QStringLiteral("ip"), ip}}}};
    }
    problems->append({QStringLiteral("type"), QStringLiteral("must be server, label_selector or ip")});
    return {};
}

std::optional<SimReply> checkIpTargetAllowed(const SimProject &project, const QJsonObject &target)
{
    const QString ip = target.value(QLatin1String("ip"))[QLatin1String("ip")].toString();
    if (ip.isEmpty())
        return std::nullopt;
    const auto taken = [&project, &ip](const QString &kind, const QString &path) {
        for (const QJsonObject &object : project.collection(kind)) {
            QJsonValue value = object;
            for (const QString &key : path.split(QLatin1Char('.')))
                value = value[key];
            if (value.toString() == ip)
                return true;
        }
        return false;
    };
    if (taken(kServers, QStringLiteral("public_net.ipv4.ip")) || taken(QStringLiteral("floating_ips"), QStringLiteral("ip"))
        || taken(kLoadBalancers, QStringLiteral("public_net.ipv4.ip")))
        return SimReply::error(422, QStringLiteral("cloud_resource_ip_not_allowed"),
                               QStringLiteral("%1 belongs to a Hetzner Cloud resource; add that resource as the target instead").arg(ip));
    return std::nullopt;
}

void syncLoadBalancers(SimProject &project)
{
    Collection &servers = project.collection(kServers);
    QMap<qint64, QJsonArray> behind;
    QMap<qint64, QJsonArray> usedBy;
    const auto running = [&servers](qint64 id) {
        return servers.value(id).value(QLatin1String("status")).toString() == QLatin1String("running");
    };
    for (QJsonObject &lb : project.collection(kLoadBalancers)) {
        const qint64 lbId = lb.value(QLatin1String("id")).toInteger();
        const QJsonArray services = lb.value(QLatin1String("services")).toArray();
        QJsonArray targets;
        for (const QJsonValue &value : lb.value(QLatin1String("targets")).toArray()) {
            QJsonObject target = value.toObject();
            const QString type = target.value(QLatin1String("type")).toString();
            if (type == QLatin1String("server")) {
                const qint64 id = target.value(QLatin1String("server"))[QLatin1String("id")].toInteger();
                if (!servers.contains(id))
                    continue;  // the server is gone, and so is the target
                setTargetIp(target, servers.value(id));
                target.insert(QStringLiteral("health_status"), health(services, running(id)));
                if (!behind[id].contains(lbId))
                    behind[id].append(lbId);
            } else if (type == QLatin1String("label_selector")) {
                QString error;
                const auto selector = LabelSelector::parse(target.value(QLatin1String("label_selector"))[QLatin1String("selector")].toString(), &error);
                QJsonArray matched;
                for (auto it = servers.cbegin(); selector && it != servers.cend(); ++it) {
                    if (!selector->matches(it->value(QLatin1String("labels")).toObject()))
                        continue;
                    QJsonObject ref = serverRef(it.key(), target.value(QLatin1String("use_private_ip")).toBool());
                    setTargetIp(ref, *it);
                    ref.insert(QStringLiteral("health_status"), health(services, running(it.key())));
                    matched.append(ref);
                    if (!behind[it.key()].contains(lbId))
                        behind[it.key()].append(lbId);
                }
                target.insert(QStringLiteral("targets"), matched);
            } else {
                target.insert(QStringLiteral("health_status"), health(services, true));
            }
            targets.append(target);
        }
        lb.insert(QStringLiteral("targets"), targets);
        for (const QJsonValue &service : services) {
            for (const QJsonValue &certificate : service[QLatin1String("http")][QLatin1String("certificates")].toArray())
                usedBy[certificate.toInteger()].append(QJsonObject{{QStringLiteral("id"), lbId}, {QStringLiteral("type"), QStringLiteral("load_balancer")}});
        }
    }
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        const QJsonArray ids = behind.value(it.key());
        if (it->value(QLatin1String("load_balancers")).toArray() != ids)
            it->insert(QStringLiteral("load_balancers"), ids);
    }
    Collection &certificates = project.collection(QStringLiteral("certificates"));
    for (auto it = certificates.begin(); it != certificates.end(); ++it) {
        const QJsonArray users = usedBy.value(it.key());
        if (it->value(QLatin1String("used_by")).toArray() != users)
            it->insert(QStringLiteral("used_by"), users);
    }
}

void seedLoadBalancers(SimProject &project, qint64 createdSecs)
{
    const QList<qint64> servers = project.collection(kServers).keys();
    if (servers.isEmpty())
        return;
    const QJsonObject first = project.collection(kServers).value(servers.first());
    const LocationInfo *location = catalog::location(first.value(QLatin1String("location"))[QLatin1String("name")].toString());
    const qint64 id = project.allocateId(kLoadBalancers);
    QJsonObject lb = makeLoadBalancer(project, id, QStringLiteral("web-lb"), catalog::loadBalancerTypes().first(),
                                      location ? *location : catalog::locations().first(), QStringLiteral("round_robin"),
                                      QJsonObject{{QStringLiteral("app"), QStringLiteral("shop")}});
    lb.insert(QStringLiteral("created"), shapes::timestamp(createdSecs - 86400 * 150));
    Problems ignored;
    lb.insert(QStringLiteral("services"), QJsonArray{checkService(project, QJsonObject{{QStringLiteral("protocol"), QStringLiteral("http")}}, &ignored)});
    // The first server by name, the rest that carry the shop's label.
    QJsonArray targets{serverRef(servers.first(), false)};
    targets.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("label_selector")},
                               {QStringLiteral("label_selector"), QJsonObject{{QStringLiteral("selector"), QStringLiteral("lb=web-lb")}}},
                               {QStringLiteral("use_private_ip"), false},
                               {QStringLiteral("targets"), QJsonArray()}});
    lb.insert(QStringLiteral("targets"), targets);
    project.collection(kLoadBalancers).insert(id, lb);
    for (int i = 1; i < std::min<int>(3, servers.size()); ++i) {
        QJsonObject &server = project.collection(kServers)[servers.at(i)];
        QJsonObject labels = server.value(QLatin1String("labels")).toObject();
        labels.insert(QStringLiteral("lb"), QStringLiteral("web-lb"));
        server.insert(QStringLiteral("labels"), labels);
    }
    syncLoadBalancers(project);
}

}  // namespace hcloud::sim
