#pragma once

#include "core/models/incrementaltablemodel.h"
#include "core/models/resourcerow.h"
#include "core/models/resourcesortproxy.h"
#include "core/resources/pricefields.h"
#include "core/resources/resourcekind.h"

#include <QJsonObject>
#include <QSet>

namespace hcloud {

// The one list model for every kind of resource; the kind describes columns.
// Rows arrive worked out (see ResourceRow); only tooltips and the JSON role
// read an object's JSON, and only for the row asked about.
class ResourceListModel : public IncrementalTableModel<ResourceRow, qint64>, public SortKeySource
{
    Q_OBJECT
public:
    explicit ResourceListModel(const ResourceKind &kind, QObject *parent = nullptr);

    const ResourceKind &kind() const { return m_kind; }

    // Replaces the rows with the API's list, incrementally by id.
    void setResources(const QVector<QJsonObject> &objects);
    // One object changed or appeared (a write's answer): updates its row.
    void upsert(const QJsonObject &object);
    // The row of an object that no longer exists goes.
    void remove(qint64 id) { removeKey(id); }

    // A list that arrives page by page: rows merge as they come; when it is
    // whole, rows it did not have go. A list that failed prunes nothing.
    void beginListing();
    void addListedRows(const QVector<ResourceRow> &rows);
    void endListing(bool whole);
    bool isListing() const { return m_listing; }

    // A running action on a resource shows in its status cell ("Rebooting,
    // 40 %") until cleared.
    void setActivity(qint64 id, const QString &text, int progress);
    void clearActivity(qint64 id);

    // Names of other objects, for cells that refer to them by id.
    void setNames(const NameIndex *names) { m_names = names; }
    const NameIndex &names() const;
    // Those names changed: the rows are worked out again, off the GUI thread.
    void namesChanged();

    // The objects that cost money, counted by what decides their price.
    QVector<PriceGroup> priceGroups() const;
    // When the rows were last whole from the API (or the cache); invalid before.
    QDateTime listedAt() const { return m_listedAt; }
    void setListedAt(const QDateTime &at);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What a row shows in a column, for the roles every resource list
    // answers (display, tooltip, sort, status, search).
    static QVariant cellData(const ResourceKind &kind, int column, const ResourceRow &row, int role);

    const QVariant &sortKeyAt(int row, int column) const override { return rowAt(row)->sortKey(column); }
    const QString &searchTextAt(int row) const override { return rowAt(row)->search; }

signals:
    void listedAtChanged();

protected:
    qint64 keyOf(const ResourceRow &row) const override { return row->id; }
    void rowAdded(const ResourceRow &row) override;
    void rowRemoved(const ResourceRow &row) override;

private:
    struct Activity
    {
        QString text;
        int progress = 0;
    };
    void activityChanged(qint64 id);

    const ResourceKind &m_kind;
    QHash<qint64, Activity> m_activities;
    const NameIndex *m_names = nullptr;
    QHash<QByteArray, int> m_priceCounts;
    QSet<qint64> m_listed; // ids seen by the listing under way
    bool m_listing = false;
    QDateTime m_listedAt;
    int m_namesGeneration = 0;
};

} // namespace hcloud
