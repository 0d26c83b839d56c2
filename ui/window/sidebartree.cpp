#include "ui/window/sidebartree.h"

#include "ui/sidebarmodel.h"

#include <QHeaderView>

namespace hcloud {

SidebarTree::SidebarTree(SidebarModel *model, QWidget *parent)
    : QTreeView(parent)
{
    setModel(model);
    setAccessibleName(tr("Projects"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    expandAll();
    connect(model, &QAbstractItemModel::rowsInserted, this, [this, model](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid()) {
            for (int r = first; r <= last; ++r)
                expand(model->index(r, 0));
        }
    });
}

} // namespace hcloud
