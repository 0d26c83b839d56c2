#pragma once

#include "core/api/listpage.h"
#include "core/resources/nameindex.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVector>

#include <memory>

namespace hcloud {

struct ResourceKind;

// One object of a list as a table shows it, worked out once off the GUI
// thread: each column's value and sort key, the status, a lower-case text
// for the filter, what prices it, and the API's JSON as bytes for whoever
// needs the whole object (details, forms). No QJsonObject is kept.
struct RowData
{
    qint64 id = 0;
    QString name;
    QVector<QVariant> cells;    // per column: what it shows
    QVector<QVariant> sortKeys; // per column: what it sorts by; invalid: the cell
    QString status;
    QString search;
    QByteArray priceKey;        // equal for objects that cost the same; empty: free
    QByteArray json;            // the object, compact, as the API sent it

    // The whole object, read from json (a few microseconds).
    QJsonObject object() const;
    const QVariant &sortKey(int column) const;
};

// Rows are shared between models and views; a changed object is a new row.
using ResourceRow = std::shared_ptr<const RowData>;

inline bool operator==(const ResourceRow &a, const ResourceRow &b)
{
    if (a.get() == b.get())
        return true;
    return a && b && a->id == b->id && a->json == b->json && a->cells == b->cells;
}

// Works out a row. names: what texts that refer to other objects show.
ResourceRow buildRow(const ResourceKind &kind, const QJsonObject &object, QByteArray json,
                     const NameIndex &names);
ResourceRow buildRow(const ResourceKind &kind, const QJsonObject &object, const NameIndex &names);

// A list page read straight into rows.
struct RowPage : ListPage
{
    QVector<ResourceRow> rows;
};

// The reader for a kind's list pages: thread-safe, it keeps its own copy
// of the names.
PageReader rowPageReader(const ResourceKind &kind, const NameIndex &names);

// Reads a list answer's items (under jsonKey) as raw JSON, for rows or
// export. Items without a valid id make the page's error.
struct RawItems
{
    QVector<QByteArray> items;
    QVector<QByteArray> ids;    // each item's id as JSON text, for telling items apart
    int lastPage = -1;
    int nextPage = -1;
    int totalEntries = -1;
    QString error;
};
RawItems splitListPage(const QByteArray &body, const QString &jsonKey);

// A list page kept as the API's objects, for export.
struct RawPage : ListPage
{
    RawItems raw;
};
PageReader rawPageReader(const QString &jsonKey);

} // namespace hcloud
