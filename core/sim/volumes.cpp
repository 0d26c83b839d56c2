#include "core/sim/volumes.h"

#include "core/sim/catalog.h"
#include "core/sim/jsonshapes.h"
#include "core/sim/servercommon.h"
#include "core/sim/simproject.h"

#include <QJsonArray>

namespace hcloud::sim {

QJsonObject makeVolume(qint64 id, const QString &name, int sizeGb, const QString &location, qint64 serverId,
                       const QJsonValue &format, const QJsonObject &labels, const QString &status, qint64 createdSecs)
{
    const LocationInfo *where = catalog::location(location);
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("size"), sizeGb},
        {QStringLiteral("location"), where ? shapes::location(*where) : QJsonObject()},
        {QStringLiteral("server"), serverId > 0 ? QJsonValue(serverId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("linux_device"), QStringLiteral("/dev/disk/by-id/scsi-0HC_Volume_%1").arg(id)},
        {QStringLiteral("format"), format},
        {QStringLiteral("protection"), QJsonObject{{QStringLiteral("delete"), false}}},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("status"), status},
        {QStringLiteral("created"), shapes::timestamp(createdSecs)},
    };
}

void linkVolume(SimProject &project, qint64 volumeId, qint64 serverId)
{
    unlinkVolume(project, volumeId);
    Collection &volumes = project.collection(kVolumes);
    const auto volume = volumes.find(volumeId);
    QJsonObject *server = findServer(project, serverId);
    if (volume == volumes.end() || !server)
        return;
    volume->insert(QStringLiteral("server"), serverId);
    QJsonArray ids = server->value(QLatin1String("volumes")).toArray();
    ids.append(volumeId);
    server->insert(QStringLiteral("volumes"), ids);
}

void unlinkVolume(SimProject &project, qint64 volumeId)
{
    Collection &volumes = project.collection(kVolumes);
    const auto volume = volumes.find(volumeId);
    if (volume == volumes.end())
        return;
    const qint64 serverId = volume->value(QLatin1String("server")).toInteger();
    volume->insert(QStringLiteral("server"), QJsonValue::Null);
    if (QJsonObject *server = findServer(project, serverId)) {
        QJsonArray kept;
        for (const QJsonValue &id : server->value(QLatin1String("volumes")).toArray()) {
            if (id.toInteger() != volumeId)
                kept.append(id);
        }
        server->insert(QStringLiteral("volumes"), kept);
    }
}

void seedVolumes(SimProject &project, qint64 createdSecs)
{
    const QList<qint64> servers = project.collection(kServers).keys();
    const int sizes[] = {10, 50, 120, 500};
    for (int i = 0; i < std::min<int>(4, servers.size()); ++i) {
        const QJsonObject server = project.collection(kServers).value(servers.at(i));
        const qint64 id = project.allocateId(kVolumes);
        const QString location = server.value(QLatin1String("location"))[QLatin1String("name")].toString();
        project.collection(kVolumes).insert(
            id, makeVolume(id, QStringLiteral("%1-data").arg(server.value(QLatin1String("name")).toString()), sizes[i],
                           location, 0, QStringLiteral("ext4"), QJsonObject{{QStringLiteral("role"), QStringLiteral("data")}},
                           QStringLiteral("available"), createdSecs - 86400 * (i + 3)));
        // Every other one attached, the rest free.
        if (i % 2 == 0)
            linkVolume(project, id, servers.at(i));
    }
}

}  // namespace hcloud::sim
