#include "core/sim/primaryips.h"

#include "core/sim/ipaddresses.h"
#include "core/sim/jsonshapes.h"
#include "core/sim/servercommon.h"
#include "core/sim/simproject.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

QString netKey(const QJsonObject &ip)
{
    return ip.value(QLatin1String("type")).toString();
}

// public_net.ipv4 carries one reverse DNS name, ipv6 the list of entries.
QJsonValue serverEntry(const QJsonObject &ip)
{
    const QString address = ip.value(QLatin1String("ip")).toString();
    const QJsonArray ptrs = ip.value(QLatin1String("dns_ptr")).toArray();
    QJsonObject entry{{QStringLiteral("id"), ip.value(QLatin1String("id"))},
                      {QStringLiteral("ip"), address},
                      {QStringLiteral("blocked"), ip.value(QLatin1String("blocked"))}};
    if (netKey(ip) == QLatin1String("ipv4")) {
        const QJsonArray fallback = defaultDnsPtr(address);
        entry.insert(QStringLiteral("dns_ptr"), (ptrs.isEmpty() ? fallback : ptrs).at(0)[QLatin1String("dns_ptr")]);
    } else {
        entry.insert(QStringLiteral("dns_ptr"), ptrs);
    }
    return entry;
}

// The primary IP's dns_ptr list from a public_net entry (ipv4: one name).
QJsonArray dnsPtrsOf(const QJsonObject &entry)
{
    const QJsonValue ptr = entry.value(QLatin1String("dns_ptr"));
    if (!ptr.isString())
        return ptr.toArray();
    return QJsonArray{QJsonObject{{QStringLiteral("ip"), entry.value(QLatin1String("ip"))}, {QStringLiteral("dns_ptr"), ptr}}};
}

void setServerNet(SimProject &project, qint64 serverId, const QString &key, const QJsonValue &entry)
{
    QJsonObject *server = findServer(project, serverId);
    if (!server)
        return;
    QJsonObject net = server->value(QLatin1String("public_net")).toObject();
    net.insert(key, entry);
    server->insert(QStringLiteral("public_net"), net);
}

}  // namespace

QJsonObject makePrimaryIp(qint64 id, const QString &name, const QString &ip, const QJsonObject &datacenter,
                          qint64 assigneeId, bool autoDelete, const QJsonObject &labels, qint64 createdSecs)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("ip"), ip},
        {QStringLiteral("type"), ip.contains(QLatin1Char('/')) ? QStringLiteral("ipv6") : QStringLiteral("ipv4")},
        {QStringLiteral("dns_ptr"), defaultDnsPtr(ip)},
        {QStringLiteral("assignee_id"), assigneeId > 0 ? QJsonValue(assigneeId) : QJsonValue()},
        {QStringLiteral("assignee_type"), QStringLiteral("server")},
        {QStringLiteral("auto_delete"), autoDelete},
        {QStringLiteral("blocked"), false},
        // Both: the API still sends the deprecated datacenter next to location.
        {QStringLiteral("datacenter"), datacenter},
        {QStringLiteral("location"), datacenter.value(QLatin1String("location"))},
        {QStringLiteral("protection"), QJsonObject{{QStringLiteral("delete"), false}}},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("created"), shapes::timestamp(createdSecs)},
    };
}

void addServerPrimaryIps(SimProject &project, const QJsonObject &server, qint64 createdSecs)
{
    const qint64 serverId = server.value(QLatin1String("id")).toInteger();
    const QJsonObject net = server.value(QLatin1String("public_net")).toObject();
    for (const char *key : {"ipv4", "ipv6"}) {
        const QJsonObject entry = net.value(QLatin1String(key)).toObject();
        if (entry.isEmpty())
            continue;
        const qint64 id = entry.value(QLatin1String("id")).toInteger();
        QJsonObject ip = makePrimaryIp(id, QStringLiteral("primary_ip-%1").arg(id), entry.value(QLatin1String("ip")).toString(),
                                       server.value(QLatin1String("datacenter")).toObject(), serverId, true, QJsonObject(),
                                       createdSecs);
        // The server's own reverse DNS is the primary IP's.
        ip.insert(QStringLiteral("dns_ptr"), dnsPtrsOf(entry));
        project.collection(kPrimaryIps).insert(id, ip);
    }
}

std::optional<SimReply> checkPrimaryIpForNewServer(SimProject &project, qint64 ipId, const QString &type, const QString &location)
{
    const auto it = project.collection(kPrimaryIps).constFind(ipId);
    if (it == project.collection(kPrimaryIps).cend())
        return SimReply::invalidInput(QStringLiteral("public_net.") + type, QStringLiteral("primary IP %1 not found").arg(ipId));
    if (netKey(*it) != type)
        return SimReply::error(422, QStringLiteral("primary_ip_version_mismatch"),
                               QStringLiteral("primary IP %1 is not an %2 address").arg(ipId).arg(type));
    if (!it->value(QLatin1String("assignee_id")).isNull() || project.actions().busy(QStringLiteral("primary_ip"), ipId))
        return SimReply::error(422, QStringLiteral("primary_ip_assigned"), QStringLiteral("primary IP %1 is in use").arg(ipId));
    if (it->value(QLatin1String("location"))[QLatin1String("name")].toString() != location)
        return SimReply::error(422, QStringLiteral("primary_ip_datacenter_mismatch"),
                               QStringLiteral("primary IP %1 is not in %2").arg(ipId).arg(location));
    return std::nullopt;
}

void assignPrimaryIp(SimProject &project, qint64 ipId, qint64 serverId)
{
    unassignPrimaryIp(project, ipId);
    auto it = project.collection(kPrimaryIps).find(ipId);
    if (it == project.collection(kPrimaryIps).end() || !findServer(project, serverId))
        return;
    it->insert(QStringLiteral("assignee_id"), serverId);
    setServerNet(project, serverId, netKey(*it), serverEntry(*it));
}

void unassignPrimaryIp(SimProject &project, qint64 ipId)
{
    auto it = project.collection(kPrimaryIps).find(ipId);
    if (it == project.collection(kPrimaryIps).end())
        return;
    const qint64 serverId = it->value(QLatin1String("assignee_id")).toInteger();
    it->insert(QStringLiteral("assignee_id"), QJsonValue::Null);
    setServerNet(project, serverId, netKey(*it), QJsonValue::Null);
}

void showPrimaryIpOnServer(SimProject &project, qint64 ipId)
{
    const QJsonObject ip = project.collection(kPrimaryIps).value(ipId);
    const qint64 serverId = ip.value(QLatin1String("assignee_id")).toInteger();
    if (serverId > 0)
        setServerNet(project, serverId, netKey(ip), serverEntry(ip));
}

void copyServerDnsPtrs(SimProject &project, qint64 serverId)
{
    const QJsonObject *server = findServer(project, serverId);
    if (!server)
        return;
    const QJsonObject net = server->value(QLatin1String("public_net")).toObject();
    for (const char *key : {"ipv4", "ipv6"}) {
        const QJsonObject entry = net.value(QLatin1String(key)).toObject();
        auto it = project.collection(kPrimaryIps).find(entry.value(QLatin1String("id")).toInteger());
        if (entry.isEmpty() || it == project.collection(kPrimaryIps).end())
            continue;
        it->insert(QStringLiteral("dns_ptr"), dnsPtrsOf(entry));
    }
}

void releaseServerPrimaryIps(SimProject &project, qint64 serverId)
{
    Collection &ips = project.collection(kPrimaryIps);
    for (auto it = ips.begin(); it != ips.end();) {
        if (it->value(QLatin1String("assignee_id")).toInteger() != serverId) {
            ++it;
        } else if (it->value(QLatin1String("auto_delete")).toBool()) {
            it = ips.erase(it);
        } else {
            it->insert(QStringLiteral("assignee_id"), QJsonValue::Null);
            ++it;
        }
    }
}

}  // namespace hcloud::sim
