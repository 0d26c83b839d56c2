#include "ui/servers/checklist.h"

#include "core/models/resourcelistmodel.h"

#include <QListWidget>

namespace hcloud {

void fillCheckList(QListWidget *list, const QVector<CheckEntry> &entries, const QList<qint64> &check)
{
    const QList<qint64> checked = checkedIds(list) + check;
    list->clear();
    for (const CheckEntry &entry : entries) {
        auto *item = new QListWidgetItem(entry.text, list);
        item->setData(Qt::UserRole, entry.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(entry.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void fillCheckList(QListWidget *list, const ResourceListModel *model, const std::function<QString(const QJsonObject &)> &text)
{
    QVector<CheckEntry> entries;
    for (const ResourceRow &row : model->rows())
        entries.append({row->id, text(row->object())});
    fillCheckList(list, entries);
}

QList<qint64> checkedIds(const QListWidget *list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

} // namespace hcloud
