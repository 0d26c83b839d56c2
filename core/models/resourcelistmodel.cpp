#include "core/models/resourcelistmodel.h"

#include "core/api/jsonparse.h"
#include "core/models/modelroles.h"

#include <QJsonDocument>

#include <algorithm>

namespace hcloud {

ResourceListModel::ResourceListModel(const ResourceKind &kind, QObject *parent)
    : IncrementalTableModel(parent)
    , m_kind(kind)
{
}

const NameIndex &ResourceListModel::names() const
{
    return m_names ? *m_names : NameIndex::none();
}

void ResourceListModel::setResources(const QVector<QJsonObject> &objects)
{
    QVector<ResourceRow> next;
    next.reserve(objects.size());
    for (const QJsonObject &object : objects)
        next.append(buildRow(m_kind, object, names()));
    setRows(std::move(next));
    setListedAt(QDateTime::currentDateTimeUtc());
}

void ResourceListModel::upsert(const QJsonObject &object)
{
    if (object.value(QLatin1String("id")).toInteger() <= 0)
        return;
    mergeRows({buildRow(m_kind, object, names())});
}

void ResourceListModel::beginListing()
{
    m_listing = true;
    m_listed.clear();
}

void ResourceListModel::addListedRows(const QVector<ResourceRow> &rows)
{
    for (const ResourceRow &row : rows)
        m_listed.insert(row->id);
    mergeRows(rows);
}

void ResourceListModel::endListing(bool whole)
{
    m_listing = false;
    if (whole) {
        retainKeys(m_listed);
        setListedAt(QDateTime::currentDateTimeUtc());
    }
    m_listed.clear();
}

void ResourceListModel::setListedAt(const QDateTime &at)
{
    m_listedAt = at;
    emit listedAtChanged();
}

void ResourceListModel::rowAdded(const ResourceRow &row)
{
    if (!row->priceKey.isEmpty())
        ++m_priceCounts[row->priceKey];
}

void ResourceListModel::rowRemoved(const ResourceRow &row)
{
    if (row->priceKey.isEmpty())
        return;
    auto it = m_priceCounts.find(row->priceKey);
    if (it != m_priceCounts.end() && --*it <= 0)
        m_priceCounts.erase(it);
}

QVector<PriceGroup> ResourceListModel::priceGroups() const
{
    QVector<PriceGroup> groups;
    groups.reserve(m_priceCounts.size());
    for (auto it = m_priceCounts.cbegin(); it != m_priceCounts.cend(); ++it)
        groups.append({QJsonDocument::fromJson(it.key()).object(), it.value()});
    return groups;
}

void ResourceListModel::setActivity(qint64 id, const QString &text, int progress)
{
    m_activities.insert(id, {text, progress});
    activityChanged(id);
}

void ResourceListModel::clearActivity(qint64 id)
{
    if (m_activities.remove(id))
        activityChanged(id);
}

void ResourceListModel::activityChanged(qint64 id)
{
    const int row = rowOfKey(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void ResourceListModel::namesChanged()
{
    if (rowCount() == 0)
        return;
    // The JSON stays; what refers to other objects is worked out anew.
    const int generation = ++m_namesGeneration;
    QVector<ResourceRow> rows = this->rows();
    runOffThread(
        this,
        [kind = &m_kind, rows = std::move(rows), names = names()] {
            QVector<ResourceRow> next;
            next.reserve(rows.size());
            for (const ResourceRow &row : rows)
                next.append(buildRow(*kind, QJsonDocument::fromJson(row->json).object(), row->json, names));
            return next;
        },
        [this, generation](QVector<ResourceRow> next) {
            if (generation != m_namesGeneration)
                return;
            // Rows that went or changed meanwhile came with names of their own.
            next.erase(std::remove_if(next.begin(), next.end(),
                                      [this](const ResourceRow &row) {
                                          const int at = rowOfKey(row->id);
                                          return at < 0 || rowAt(at)->json != row->json;
                                      }),
                       next.end());
            mergeRows(std::move(next));
        });
}

int ResourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kind.columns.size());
}

QVariant ResourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResourceRow &row = rowAt(index.row());
    const ResourceColumn &column = m_kind.columns.at(index.column());
    const auto activity = m_activities.constFind(row->id);
    const bool busy = activity != m_activities.cend();
    if (busy && column.isStatus && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return tr("%1, %2 %").arg(activity->text).arg(activity->progress);
    switch (role) {
    case ProgressRole:
        return busy ? QVariant(activity->progress) : QVariant();
    case IdRole:
        return row->id;
    case JsonRole:
        return row->object();
    case RawJsonRole:
        return row->json;
    case Qt::ToolTipRole:
        if (column.toolTip)
            return column.toolTip(row->object(), names());
        return cellData(m_kind, index.column(), row, role);
    default:
        return cellData(m_kind, index.column(), row, role);
    }
}

QVariant ResourceListModel::cellData(const ResourceKind &kind, int column, const ResourceRow &row, int role)
{
    if (column < 0 || column >= kind.columns.size() || column >= row->cells.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        // Without a tooltip of its own, a cell shows its whole text (labels get cut).
        return row->cells.at(column);
    case SortRole:
        return row->sortKey(column);
    case StatusRole:
        return kind.status ? QVariant(row->status) : QVariant();
    case SearchRole:
        return row->search;
    default:
        return {};
    }
}

QVariant ResourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_kind.columns.size())
        return {};
    return m_kind.columns.at(section).title;
}

QHash<int, QByteArray> ResourceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(IdRole, "id");
    names.insert(StatusRole, "status");
    names.insert(JsonRole, "json");
    names.insert(RawJsonRole, "rawJson");
    names.insert(ProgressRole, "progress");
    names.insert(SearchRole, "search");
    return names;
}

} // namespace hcloud
