#include "ui/resourcetable.h"

#include "core/models/modelroles.h"
#include "core/models/resourcelistmodel.h"
#include "core/models/resourcesortproxy.h"
#include "core/resources/labelselectorcheck.h"
#include "ui/statusicons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTimer>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace hcloud {

ResourceTable::ResourceTable(QWidget *parent)
    : QWidget(parent)
    , m_icons(new StatusIconProxy(this))
    , m_proxy(new ResourceSortProxy(this))
    , m_filter(new QLineEdit(this))
    , m_selector(new QLineEdit(this))
    , m_selectorPause(new QTimer(this))
    , m_view(new QTableView(this))
{
    m_filter->setPlaceholderText(tr("Filter by name, status, type, location, IP or label"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    m_selector->setPlaceholderText(tr("Label selector, e.g. env=prod,role in (web,api)"));
    m_selector->setClearButtonEnabled(true);
    m_selector->setAccessibleName(tr("Label selector"));
    m_selector->setToolTip(tr("Asks the API for matching resources only: key, !key, key=value, key!=value, "
                              "key in (a,b), key notin (a,b), joined by commas."));
    m_selectorPause->setSingleShot(true);
    m_selectorPause->setInterval(400);

    // The icons sit above the sorting, which reads the rows' own keys.
    m_icons->setSourceModel(m_proxy);
    m_view->setModel(m_icons);
    m_view->setAccessibleName(tr("Resources"));
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
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 3);
    filters->addWidget(m_selector, 2);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ResourceSortProxy::setFilterText);
    // Checked at each key; sent once typing pauses, or at Return.
    connect(m_selector, &QLineEdit::textChanged, this, &ResourceTable::checkSelector);
    auto apply = [this] {
        m_selectorPause->stop();
        if (labelSelectorProblem(m_selector->text()).isEmpty())
            emit labelSelectorChanged(labelSelector());
    };
    connect(m_selectorPause, &QTimer::timeout, this, apply);
    connect(m_selector, &QLineEdit::returnPressed, this, apply);
    auto countChanged = [this] {
        // Size columns to the data once it first arrives, not to empty headers.
        if (!m_sized && m_proxy->rowCount() > 0) {
            m_sized = true;
            fitColumns();
        }
        emit visibleCountChanged(visibleCount());
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResourceTable::emitCurrent);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ResourceTable::emitCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ResourceTable::emitCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResourceTable::emitCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, countChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, countChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, countChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, countChanged);
}

void ResourceTable::setModel(ResourceListModel *model)
{
    int statusColumn = -1;
    if (model) {
        for (int i = 0; i < model->kind().columns.size(); ++i) {
            if (model->kind().columns.at(i).isStatus)
                statusColumn = i;
        }
    }
    setModel(model, statusColumn);
    m_view->setAccessibleName(model ? model->kind().title : tr("Resources"));
}

void ResourceTable::setModel(QAbstractItemModel *model, int statusColumn)
{
    if (m_model == model)
        return;
    emit modelAboutToChange();
    m_model = model;
    m_proxy->setSourceModel(model);
    m_icons->setStatusColumn(statusColumn);
    m_sized = false;
    if (m_proxy->rowCount() > 0) {
        m_sized = true;
        fitColumns();
    }
    emit modelChanged();
    emit visibleCountChanged(visibleCount());
}

QByteArray ResourceTable::columnState() const
{
    return m_view->horizontalHeader()->saveState();
}

bool ResourceTable::restoreColumnState(const QByteArray &state)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (!header->restoreState(state))
        return false;
    m_sized = true;
    m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}

void ResourceTable::fitColumns()
{
    // To the contents, but no column (labels!) may crowd out the others.
    // Sized by the rows in sight only: 10,000 rows would take 100 ms.
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    m_view->resizeColumnsToContents();
    const int widest = m_view->fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), widest));
}

int ResourceTable::visibleCount() const
{
    return m_proxy->rowCount();
}

QJsonObject ResourceTable::currentObject() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(JsonRole).toJsonObject() : QJsonObject();
}

QString ResourceTable::labelSelector() const
{
    const QString text = m_selector->text().trimmed();
    return labelSelectorProblem(text).isEmpty() ? text : QString();
}

void ResourceTable::checkSelector()
{
    const QString problem = labelSelectorProblem(m_selector->text());
    m_selector->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #b3261e; }"));
    m_selector->setToolTip(problem.isEmpty() ? tr("Asks the API for matching resources only: key, !key, key=value, "
                                                  "key!=value, key in (a,b), key notin (a,b), joined by commas.")
                                             : problem);
    if (problem.isEmpty())
        m_selectorPause->start();
    else
        m_selectorPause->stop();
}

bool ResourceTable::selectId(qint64 id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_icons->index(row, 0);
        if (index.data(IdRole).toLongLong() == id) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void ResourceTable::emitCurrent()
{
    // Every refreshed page says data changed; the bytes tell whether ours did.
    const QModelIndex index = m_view->currentIndex();
    const QByteArray raw = index.isValid() ? index.data(RawJsonRole).toByteArray() : QByteArray();
    if (!raw.isEmpty() && raw == m_lastRaw)
        return;
    m_lastRaw = raw;
    const QJsonObject current = currentObject();
    if (current == m_lastCurrent)
        return;
    m_lastCurrent = current;
    emit currentObjectChanged(current);
}

} // namespace hcloud
