#include "core/models/resourcesortproxy.h"

#include "core/models/modelroles.h"
#include "core/models/sortranks.h"

#include <QDateTime>

namespace hcloud {

ResourceSortProxy::ResourceSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterRole(SearchRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Keep sorted as rows change, so incremental updates land in place.
    setDynamicSortFilter(true);
}

void ResourceSortProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    dropRanks();
    m_keys = dynamic_cast<const SortKeySource *>(model);
    // Connected before the base class connects, so these run first.
    if (model) {
        m_connections << connect(model, &QAbstractItemModel::dataChanged, this, &ResourceSortProxy::dropRanks);
        m_connections << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &ResourceSortProxy::dropRanks);
        m_connections << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &ResourceSortProxy::dropRanks);
        m_connections << connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, &ResourceSortProxy::dropRanks);
        m_connections << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &ResourceSortProxy::dropRanks);
        m_connections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ResourceSortProxy::dropRanks);
    }
    QSortFilterProxyModel::setSourceModel(model);
    if (model) {
        m_connections << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &ResourceSortProxy::holdSorting);
        // Connected after the base class: runs once it has taken the rows.
        m_connections << connect(model, &QAbstractItemModel::rowsInserted, this, &ResourceSortProxy::resumeSorting);
    }
}

void ResourceSortProxy::holdSorting(const QModelIndex &, int first, int last)
{
    // Many rows at once (a first page burst, the cache): placed one by one
    // they would each be a separate insert in the view. Appended as one
    // block and then sorted once, they cost one sort.
    if (last - first + 1 < kBulkRows || sortColumn() < 0 || !dynamicSortFilter() || !m_keys)
        return;
    m_resume = true;
    setDynamicSortFilter(false);
}

void ResourceSortProxy::resumeSorting()
{
    if (!std::exchange(m_resume, false))
        return;
    m_ranks = rankRows(*m_keys, sourceModel()->rowCount(), sortColumn());
    m_rankColumn = sortColumn();
    setDynamicSortFilter(true); // sorts again, by the ranks
}

void ResourceSortProxy::sort(int column, Qt::SortOrder order)
{
    if (m_keys && column >= 0 && column < sourceModel()->columnCount()) {
        m_ranks = rankRows(*m_keys, sourceModel()->rowCount(), column);
        m_rankColumn = column;
    }
    QSortFilterProxyModel::sort(column, order);
}

void ResourceSortProxy::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateFilter();
}

int ResourceSortProxy::compareKeys(const QVariant &a, const QVariant &b)
{
    // Empty sorts first, like a dash.
    if (!a.isValid() || !b.isValid())
        return int(a.isValid()) - int(b.isValid());
    const int ta = a.typeId();
    const int tb = b.typeId();
    if (ta == QMetaType::QString && tb == QMetaType::QString)
        return QString::compare(*static_cast<const QString *>(a.constData()),
                                *static_cast<const QString *>(b.constData()), Qt::CaseInsensitive);
    if (ta == QMetaType::QDateTime && tb == QMetaType::QDateTime) {
        const QDateTime &x = *static_cast<const QDateTime *>(a.constData());
        const QDateTime &y = *static_cast<const QDateTime *>(b.constData());
        return x < y ? -1 : (y < x ? 1 : 0);
    }
    bool okA = false;
    bool okB = false;
    const double x = a.toDouble(&okA);
    const double y = b.toDouble(&okB);
    if (okA && okB)
        return x < y ? -1 : (x > y ? 1 : 0);
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
}

bool ResourceSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_keys)
        return QSortFilterProxyModel::lessThan(left, right);
    if (left.column() == m_rankColumn)
        return m_ranks.at(left.row()) < m_ranks.at(right.row());
    const int c = compareKeys(m_keys->sortKeyAt(left.row(), left.column()),
                              m_keys->sortKeyAt(right.row(), right.column()));
    // Equal keys keep a stable order by row, so a refresh does not shuffle them.
    return c != 0 ? c < 0 : left.row() < right.row();
}

bool ResourceSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    if (m_keys)
        return m_keys->searchTextAt(sourceRow).contains(m_needle);
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace hcloud
