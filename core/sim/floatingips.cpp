#include "core/sim/floatingips.h"

#include "core/sim/ipaddresses.h"
#include "core/sim/servercommon.h"
#include "core/sim/simproject.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

void setServerFloatingIps(QJsonObject &server, const QJsonArray &ids)
{
    QJsonObject net = server.value(QLatin1String("public_net")).toObject();
    net.insert(QStringLiteral("floating_ips"), ids);
    server.insert(QStringLiteral("public_net"), net);
}

}  // namespace

void linkFloatingIp(SimProject &project, qint64 ipId, qint64 serverId)
{
    unlinkFloatingIp(project, ipId);
    Collection &ips = project.collection(kFloatingIps);
    const auto ip = ips.find(ipId);
    QJsonObject *server = findServer(project, serverId);
    if (ip == ips.end() || !server)
        return;
    ip->insert(QStringLiteral("server"), serverId);
    QJsonArray ids = server->value(QLatin1String("public_net"))[QLatin1String("floating_ips")].toArray();
    ids.append(ipId);
    setServerFloatingIps(*server, ids);
}

void unlinkFloatingIp(SimProject &project, qint64 ipId)
{
    Collection &ips = project.collection(kFloatingIps);
    const auto ip = ips.find(ipId);
    if (ip == ips.end())
        return;
    const qint64 serverId = ip->value(QLatin1String("server")).toInteger();
    ip->insert(QStringLiteral("server"), QJsonValue::Null);
    if (QJsonObject *server = findServer(project, serverId)) {
        QJsonArray kept;
        for (const QJsonValue &id : server->value(QLatin1String("public_net"))[QLatin1String("floating_ips")].toArray()) {
            if (id.toInteger() != ipId)
                kept.append(id);
        }
        setServerFloatingIps(*server, kept);
    }
}

void releaseServerFloatingIps(SimProject &project, qint64 serverId)
{
    for (QJsonObject &ip : project.collection(kFloatingIps)) {
        if (ip.value(QLatin1String("server")).toInteger() == serverId)
            ip.insert(QStringLiteral("server"), QJsonValue::Null);
    }
}

}  // namespace hcloud::sim
