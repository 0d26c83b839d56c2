#include "resourcetable.h"

#include "models/modelroles.h"
#include "models/resourcelistmodel.h"
#include "statusicons.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace hcloud {

ResourceTable::ResourceTable(QWidget *parent)
    : QWidget(parent)
    , m_icons(new StatusIconProxy(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    m_filter->setPlaceholderText(tr("Filter by name, status, type, location, IP or label"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));

    m_proxy->setSourceModel(m_icons);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // Keep sorted as rows change, so incremental updates land in place.
    m_proxy->setDynamicSortFilter(true);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto countChanged = [this] {
        // Size columns to the data once it first arrives, not to empty headers.
        if (!m_sized && m_proxy->rowCount() > 0) {
            m_sized = true;
            fitColumns();
        }
        emit visibleCountChanged(visibleCount());
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, countChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, countChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, countChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, countChanged);
}

void ResourceTable::setModel(ResourceListModel *model)
{
    if (m_model == model)
        return;
    m_model = model;
    m_icons->setSourceModel(model);
    int statusColumn = -1;
    if (model) {
        for (int i = 0; i < model->kind().columns.size(); ++i) {
            if (model->kind().columns.at(i).isStatus)
                statusColumn = i;
        }
    }
    m_icons->setStatusColumn(statusColumn);
    m_sized = false;
    if (m_proxy->rowCount() > 0) {
        m_sized = true;
        fitColumns();
    }
    emit visibleCountChanged(visibleCount());
}

void ResourceTable::fitColumns()
{
    // To the contents, but no column (labels!) may crowd out the others.
    m_view->resizeColumnsToContents();
    const int widest = m_view->fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), widest));
}

int ResourceTable::visibleCount() const
{
    return m_proxy->rowCount();
}

} // namespace hcloud
