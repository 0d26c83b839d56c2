#pragma once

#include <QJsonObject>
#include <QString>

namespace hcloud::sim {

class SimProject;

inline const QString kVolumes = QStringLiteral("volumes");

// A volume as the API shows it; serverId 0 means not attached.
QJsonObject makeVolume(qint64 id, const QString &name, int sizeGb, const QString &location, qint64 serverId,
                       const QJsonValue &format, const QJsonObject &labels, const QString &status, qint64 createdSecs);

// Keeps server.volumes in step with volume.server.
void linkVolume(SimProject &project, qint64 volumeId, qint64 serverId);
void unlinkVolume(SimProject &project, qint64 volumeId);

// A few volumes on the first servers, for seeded projects.
void seedVolumes(SimProject &project, qint64 createdSecs);

}  // namespace hcloud::sim
