#pragma once

#include <QJsonObject>
#include <QList>
#include <QVector>
#include <functional>

class QListWidget;

namespace hcloud {

class ResourceListModel;

struct CheckEntry
{
    qint64 id;
    QString text;
};

// A checkable entry each, its id in Qt::UserRole; entries checked before
// stay checked, and so do those in `check`.
void fillCheckList(QListWidget *list, const QVector<CheckEntry> &entries, const QList<qint64> &check = {});
// An entry per object of the model.
void fillCheckList(QListWidget *list, const ResourceListModel *model, const std::function<QString(const QJsonObject &)> &text);
QList<qint64> checkedIds(const QListWidget *list);

} // namespace hcloud
