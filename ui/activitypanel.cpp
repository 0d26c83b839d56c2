#include "activitypanel.h"

#include "models/activitymodel.h"
#include "models/modelroles.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hcloud {

namespace {
// Failed entries stand out; the text says what went wrong.
class ActivityProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.data(StatusRole).toString() == QLatin1String("error"))
            return QColor(0xb3, 0x26, 0x1e);
        return QSortFilterProxyModel::data(index, role);
    }
};
} // namespace

ActivityPanel::ActivityPanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new ActivityProxy(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSortRole(SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Activity"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void ActivityPanel::setModel(ActivityModel *model)
{
    m_proxy->setSourceModel(model);
    if (!model)
        return;
    m_view->sortByColumn(int(ActivityModel::Column::Started), Qt::DescendingOrder);
    m_view->horizontalHeader()->resizeSection(int(ActivityModel::Column::Started), 150);
    m_view->horizontalHeader()->resizeSection(int(ActivityModel::Column::Action), 320);
    m_view->horizontalHeader()->resizeSection(int(ActivityModel::Column::Status), 320);
}

} // namespace hcloud
