#include "resourcesortproxy.h"

#include "modelroles.h"

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
    m_keys = dynamic_cast<const SortKeySource *>(model);
    QSortFilterProxyModel::setSourceModel(model);
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
