#include "resourcelistmodel.h"
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
    switch (role) {
    case Qt::DisplayRole:
        return column.display(row.json);
    case Qt::ToolTipRole:
        // Without a tooltip of its own, a cell shows its whole text (labels get cut).
        return column.toolTip ? column.toolTip(row.json) : column.display(row.json);
    case SortRole:
        return column.sortValue ? column.sortValue(row.json) : column.display(row.json);
    case IdRole:
        return row.id;
    case StatusRole:
        return m_kind.status ? m_kind.status(row.json) : QVariant();
    case JsonRole:
        return row.json;
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
    return names;
}

} // namespace hcloud
