#include "resourcelistmodel.h"

#include "resources/nameindex.h"
#include "modelroles.h"

namespace hcloud {

ResourceListModel::ResourceListModel(const ResourceKind &kind, QObject *parent)
    : IncrementalTableModel(parent)
    , m_kind(kind)
{
}

void ResourceListModel::setResources(const QVector<QJsonObject> &objects)
{
    QVector<Resource> next;
    next.reserve(objects.size());
    for (const QJsonObject &object : objects)
        next.append({object.value(QLatin1String("id")).toInteger(), object});
    setRows(std::move(next));
}

void ResourceListModel::upsert(const QJsonObject &object)
{
    const qint64 id = object.value(QLatin1String("id")).toInteger();
    if (id <= 0)
        return;
    QVector<Resource> next = rows();
    const int row = rowOfKey(id);
    if (row >= 0)
        next[row].json = object;
    else
        next.append({id, object});
    setRows(std::move(next));
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
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

int ResourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kind.columns.size());
}

QVariant ResourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Resource &row = rowAt(index.row());
    const ResourceColumn &column = m_kind.columns.at(index.column());
    const auto activity = m_activities.constFind(row.id);
    const bool busy = activity != m_activities.cend();
    if (busy && column.isStatus && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return tr("%1, %2 %").arg(activity->text).arg(activity->progress);
    switch (role) {
    case ProgressRole:
        return busy ? QVariant(activity->progress) : QVariant();
    case IdRole:
        return row.id;
    case JsonRole:
        return row.json;
    default: {
        const NameScope names(m_names);
        return cellData(m_kind, index.column(), row.json, role);
    }
    }
}

QVariant ResourceListModel::cellData(const ResourceKind &kind, int column, const QJsonObject &object, int role)
{
    if (column < 0 || column >= kind.columns.size())
        return {};
    const ResourceColumn &c = kind.columns.at(column);
    switch (role) {
    case Qt::DisplayRole:
        return c.display(object);
    case Qt::ToolTipRole:
        // Without a tooltip of its own, a cell shows its whole text (labels get cut).
        return c.toolTip ? c.toolTip(object) : c.display(object);
    case SortRole:
        return c.sortValue ? c.sortValue(object) : c.display(object);
    case StatusRole:
        return kind.status ? kind.status(object) : QVariant();
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
    names.insert(ProgressRole, "progress");
    return names;
}

} // namespace hcloud
