#pragma once

#include <QJsonObject>
#include <QList>
#include <functional>

class QListWidget;

namespace hcloud {

class ResourceListModel;

// A checkable entry per object of the model, its id in Qt::UserRole;
// entries checked before stay checked.
void fillCheckList(QListWidget *list, const ResourceListModel *model, const std::function<QString(const QJsonObject &)> &text);
QList<qint64> checkedIds(const QListWidget *list);

} // namespace hcloud
