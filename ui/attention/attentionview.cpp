#include "ui/attention/attentionview.h"

#include "core/attention/attentionmodel.h"
#include "core/models/modelroles.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hcloud {

AttentionView::AttentionView(AttentionModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_view(new QTableView(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Nothing needs attention in what is loaded. The list covers failed actions of the last "
                        "24 hours, unhealthy load balancer targets, failed or expiring certificates, deprecated "
                        "server types and images, idle volumes and IPs, snapshots older than 90 days, and "
                        "servers whose label asks for backups that are off."));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("What needs attention"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(AttentionModel::Column::Monthly), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(int(AttentionModel::Column::Reason), QHeaderView::Stretch);
    m_view->setToolTip(tr("Return or double-click opens the object."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_view, &QAbstractItemView::activated, this, &AttentionView::open);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &AttentionView::updateTitle);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view, [this] { m_view->resizeColumnsToContents(); });
    updateTitle();
}

void AttentionView::showProject(const QString &projectId, const QString &projectName)
{
    m_projectName = projectName;
    m_model->setProjectFilter(projectId);
    // The project column says nothing when there is one project.
    m_view->setColumnHidden(int(AttentionModel::Column::Project), !projectId.isEmpty());
    updateTitle();
}

void AttentionView::updateTitle()
{
    const int count = m_proxy->rowCount();
    m_title->setText(m_projectName.isEmpty() ? tr("Needs attention in all projects: %n item(s)", nullptr, count)
                                             : tr("Needs attention in “%1”: %n item(s)", nullptr, count).arg(m_projectName));
    m_empty->setVisible(count == 0);
}

void AttentionView::open(const QModelIndex &index)
{
    const QString kind = index.data(AttentionModel::KindRole).toString();
    if (kind.isEmpty())
        return;
    emit openRequested(index.data(AttentionModel::ProjectIdRole).toString(), kind,
                       index.data(AttentionModel::ObjectIdRole).toLongLong());
}

} // namespace hcloud
