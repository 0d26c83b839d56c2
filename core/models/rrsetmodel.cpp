#include "core/models/rrsetmodel.h"

namespace hcloud::dns {

void RrsetModel::setZoneTtl(std::optional<qint64> ttl)
{
    if (m_zoneTtl == ttl)
        return;
    m_zoneTtl = ttl;
    if (rowCount() > 0)
        emit dataChanged(index(0, int(Column::Ttl)), index(rowCount() - 1, int(Column::Ttl)));
}

int RrsetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

QVariant RrsetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RecordSet &set = rowAt(index.row());
    const auto column = Column(index.column());
    if (role == SortRole) {
        switch (column) {
        case Column::Ttl: return set.ttl ? *set.ttl : m_zoneTtl.value_or(0);
        case Column::Name: return set.name == QLatin1String("@") ? QString() : set.name; // apex first
        case Column::Records: return int(set.records.size());
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Name: return set.name;
        case Column::Type: return set.type;
        case Column::Ttl:
            if (set.ttl)
                return QString::number(*set.ttl);
            return m_zoneTtl ? tr("%1 (zone default)").arg(*m_zoneTtl) : tr("zone default");
        case Column::Records: return set.values().join(QLatin1Char('\n'));
        case Column::Protection: return set.changeProtected ? tr("Protected") : QString();
        }
    }
    if (role == Qt::ToolTipRole && column == Column::Records) {
        QStringList lines;
        for (const Record &r : set.records)
            lines.append(r.comment.isEmpty() ? r.value : QStringLiteral("%1  ; %2").arg(r.value, r.comment));
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant RrsetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name: return tr("Name");
    case Column::Type: return tr("Type");
    case Column::Ttl: return tr("TTL");
    case Column::Records: return tr("Records");
    case Column::Protection: return tr("Protection");
    }
    return {};
}

} // namespace hcloud::dns
