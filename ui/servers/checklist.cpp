#include "checklist.h"

#include "models/resourcelistmodel.h"

#include <QListWidget>
#include <QSet>

namespace hcloud {

void fillCheckList(QListWidget *list, const ResourceListModel *model, const std::function<QString(const QJsonObject &)> &text)
{
    const QList<qint64> checked = checkedIds(list);
    list->clear();
    for (const ResourceRow &row : model->rows()) {
        auto *item = new QListWidgetItem(text(row->object()), list);
        item->setData(Qt::UserRole, row->id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(row->id) ? Qt::Checked : Qt::Unchecked);
    }
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
