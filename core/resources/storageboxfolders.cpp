#include "core/resources/storageboxfolders.h"

#include <QCollator>
#include <QJsonArray>

#include <algorithm>

namespace hcloud {

QString storageBoxFoldersPath(qint64 box)
{
    return QStringLiteral("/storage_boxes/%1/folders").arg(box);
}

QStringList foldersOf(const QJsonObject &answer)
{
    QStringList folders;
    for (const QJsonValue &f : answer.value(QLatin1String("folders")).toArray()) {
        if (!f.toString().isEmpty())
            folders.append(f.toString());
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(folders.begin(), folders.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return folders;
}

} // namespace hcloud
