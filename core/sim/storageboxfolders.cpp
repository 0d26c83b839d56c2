#include "core/sim/storageboxfolders.h"

#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"
#include "core/sim/storageboxes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hcloud::sim {

namespace {

// "./a/b/", "/a/b" and "a//b" are the same folder; "." and "" the top.
QString normalized(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part != QLatin1String("."))
            parts.append(part);
    }
    return parts.join(QLatin1Char('/'));
}

QStringList folderPaths(const SimProject &project, qint64 box)
{
    const QJsonArray paths = project.collection(kBoxFolders).value(box).value(QLatin1String("paths")).toArray();
    QStringList out;
    for (const QJsonValue &p : paths)
        out.append(p.toString());
    return out;
}

}  // namespace

void addBoxFolder(SimProject &project, qint64 box, const QString &path)
{
    QStringList paths = folderPaths(project, box);
    QString at;
    for (const QString &part : normalized(path).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        at = at.isEmpty() ? part : at + QLatin1Char('/') + part;
        if (!paths.contains(at))
            paths.append(at);
    }
    paths.sort();
    project.collection(kBoxFolders).insert(box, QJsonObject{{QStringLiteral("paths"), QJsonArray::fromStringList(paths)}});
}

QStringList boxSubfolders(const SimProject &project, qint64 box, const QString &path)
{
    const QString parent = normalized(path);
    const QString prefix = parent.isEmpty() ? QString() : parent + QLatin1Char('/');
    QStringList inside;
    for (const QString &p : folderPaths(project, box)) {
        if (p.startsWith(prefix) && p.size() > prefix.size() && !p.mid(prefix.size()).contains(QLatin1Char('/')))
            inside.append(p.mid(prefix.size()));
    }
    return inside;
}

void addStorageBoxFolderRoutes(SimRouter &router)
{
    addBoxRoute(router, "GET", QStringLiteral("/folders"), [](RouteContext &c, qint64 box) {
        const QString path = c.request.query.contains(QStringLiteral("path")) ? c.request.query.value(QStringLiteral("path"))
                                                                               : QStringLiteral(".");
        const QString folder = normalized(path);
        if (folder.split(QLatin1Char('/')).contains(QStringLiteral("..")))
            return SimReply::invalidInput(QStringLiteral("path"), QStringLiteral("must stay inside the storage box"));
        if (!folder.isEmpty() && !folderPaths(c.project, box).contains(folder))
            return SimReply::notFound(QStringLiteral("folder %1 not found in storage_box %2").arg(path).arg(box));
        return SimReply::json(QJsonObject{{QStringLiteral("folders"), QJsonArray::fromStringList(boxSubfolders(c.project, box, folder))}});
    });
}

}  // namespace hcloud::sim
