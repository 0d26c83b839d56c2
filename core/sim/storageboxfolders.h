#pragma once

#include <QString>
#include <QStringList>

namespace hcloud::sim {

class SimProject;
class SimRouter;

// The folders in each box, as paths without a leading "./" ("backups/db"),
// under the box's id. Nothing else of the files is simulated: a folder is
// there because the seed made it or a subaccount's home directory did.
inline const QString kBoxFolders = QStringLiteral("storage_box_folders");

// Adds the folder and every folder above it.
void addBoxFolder(SimProject &project, qint64 box, const QString &path);
// The folders directly inside `path` ("." or "" for the top), sorted.
QStringList boxSubfolders(const SimProject &project, qint64 box, const QString &path);

// GET storage_boxes/{id}/folders?path=.
void addStorageBoxFolderRoutes(SimRouter &router);

}  // namespace hcloud::sim
