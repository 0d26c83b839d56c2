#pragma once

#include "core/models/incrementaltablemodel.h"
#include "core/dns/recordset.h"

#include <optional>

namespace hcloud::dns {

// A zone's rrsets, one row per name and type, records one per line.
// Updated by rrset id ("www/A"), never reset once loaded.
class RrsetModel : public IncrementalTableModel<RecordSet, QString>
{
    Q_OBJECT
public:
    enum class Column { Name, Type, Ttl, Records, Protection };
    Q_ENUM(Column)
    static constexpr int SortRole = Qt::UserRole + 1;

    using IncrementalTableModel::IncrementalTableModel;

    // The zone's default TTL, shown for rrsets without their own.
    void setZoneTtl(std::optional<qint64> ttl);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row of that rrset, or -1.
    int rowOf(const QString &name, const QString &type) const { return rowOfKey(name + QLatin1Char('/') + type); }

protected:
    QString keyOf(const RecordSet &row) const override { return row.id(); }

private:
    std::optional<qint64> m_zoneTtl;
};

} // namespace hcloud::dns
