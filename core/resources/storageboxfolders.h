#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hcloud {

// GET /storage_boxes/{id}/folders (Hetzner API): the top-level folders.
QString storageBoxFoldersPath(qint64 box);
// Its answer's folder names, sorted as a person reads them.
QStringList foldersOf(const QJsonObject &answer);

} // namespace hcloud
