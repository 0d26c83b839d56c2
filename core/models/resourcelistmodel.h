#pragma once

#include "incrementaltablemodel.h"
#include "resources/resourcekind.h"

#include <QJsonObject>

namespace hcloud {

class NameIndex;

// An API object in a list: its id and the JSON the API gave for it.
struct Resource
{
    qint64 id = 0;
    QJsonObject json;

    friend bool operator==(const Resource &a, const Resource &b)
    {
        return a.id == b.id && a.json == b.json;
    }
};

// The one list model for every kind of resource; the kind describes columns.
class ResourceListModel : public IncrementalTableModel<Resource, qint64>
{
    Q_OBJECT
public:
    explicit ResourceListModel(const ResourceKind &kind, QObject *parent = nullptr);

    const ResourceKind &kind() const { return m_kind; }

    // Replaces the rows with the API's list, incrementally by id.
    void setResources(const QVector<QJsonObject> &objects);
    // One object changed or appeared (a write's answer): updates its row.
    void upsert(const QJsonObject &object);

    // A running action on a resource shows in its status cell ("Rebooting,
    // 40 %") until cleared.
    void setActivity(qint64 id, const QString &text, int progress);
    void clearActivity(qint64 id);

    // Names of other objects, for cells that refer to them by id (nullptr: ids).
    void setNames(const NameIndex *names) { m_names = names; }
    // Those names changed: every cell is shown anew.
    void namesChanged();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What any model shows of one object in one of a kind's columns, for
    // the roles every resource list answers (display, tooltip, sort, status).
    static QVariant cellData(const ResourceKind &kind, int column, const QJsonObject &object, int role);

protected:
    qint64 keyOf(const Resource &row) const override { return row.id; }

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
};

} // namespace hcloud
