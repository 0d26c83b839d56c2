#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

namespace hcloud {

// The one incremental updater behind every list model. Rows are found by
// key through an index. A new list is compared with the current rows by
// key: vanished rows are removed in contiguous runs, rows that differ get
// dataChanged, new rows are appended. A list that arrives page by page is
// merged as it comes and pruned once it is whole. A loaded model is never
// reset, so views keep selection and scroll.
//
// Row needs operator==; the subclass says how to get a row's key, and may
// watch rows come and go (rowAdded, rowRemoved) to keep totals of its own.
template <typename Row, typename Key>
class IncrementalTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const Row &rowAt(int row) const { return m_rows.at(row); }
    const QVector<Row> &rows() const { return m_rows; }
    bool isLoaded() const { return m_loaded; }
    int rowOfKey(const Key &key) const { return m_index.value(key, -1); }

    // The whole list: afterwards the rows are exactly these.
    void setRows(QVector<Row> next)
    {
        QSet<Key> keep;
        keep.reserve(next.size());
        for (const Row &row : next)
            keep.insert(keyOf(row));
        m_loaded = true;
        retainKeys(keep);
        mergeRows(std::move(next));
    }

    // Some rows, new or changed; the others stay.
    void mergeRows(QVector<Row> batch)
    {
        m_loaded = true;
        QVector<Row> added;
        QHash<Key, int> addedIndex;
        QVector<int> changed;
        for (Row &row : batch) {
            const Key key = keyOf(row);
            const int at = m_index.value(key, -1);
            if (at >= 0) {
                if (m_rows.at(at) == row)
                    continue;
                rowRemoved(m_rows.at(at));
                m_rows[at] = std::move(row);
                rowAdded(m_rows.at(at));
                changed.append(at);
            } else if (!addedIndex.contains(key)) {
                // A key seen twice keeps its first row.
                addedIndex.insert(key, int(added.size()));
                added.append(std::move(row));
            }
        }
        emitChanged(changed);
        if (added.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (Row &row : added) {
            m_index.insert(keyOf(row), int(m_rows.size()));
            rowAdded(row);
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }

    // Removes every row whose key is not in keep.
    void retainKeys(const QSet<Key> &keep)
    {
        removeWhere([&](const Row &row) { return !keep.contains(keyOf(row)); });
    }

    // Removes every row for which gone(row) holds, in contiguous runs.
    template <typename Predicate>
    void removeWhere(Predicate gone)
    {
        bool removed = false;
        // From the end so earlier indexes stay valid.
        int i = int(m_rows.size()) - 1;
        while (i >= 0) {
            if (!gone(m_rows.at(i))) {
                --i;
                continue;
            }
            const int last = i;
            while (i > 0 && gone(m_rows.at(i - 1)))
                --i;
            beginRemoveRows({}, i, last);
            for (int r = i; r <= last; ++r)
                rowRemoved(m_rows.at(r));
            m_rows.erase(m_rows.begin() + i, m_rows.begin() + last + 1);
            removed = true;
            endRemoveRows();
            --i;
        }
        if (removed)
            reindex();
    }

    void removeKey(const Key &key)
    {
        const int at = rowOfKey(key);
        if (at < 0)
            return;
        beginRemoveRows({}, at, at);
        rowRemoved(m_rows.at(at));
        m_rows.removeAt(at);
        reindex();
        endRemoveRows();
    }

protected:
    virtual Key keyOf(const Row &row) const = 0;
    virtual void rowAdded(const Row &) { }
    virtual void rowRemoved(const Row &) { }

private:
    void reindex()
    {
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_index.insert(keyOf(m_rows.at(i)), i);
    }

    // One dataChanged per contiguous run of changed rows.
    void emitChanged(QVector<int> &changed)
    {
        if (changed.isEmpty())
            return;
        std::sort(changed.begin(), changed.end());
        const int lastColumn = qMax(0, columnCount() - 1);
        int start = changed.first();
        for (int i = 1; i <= changed.size(); ++i) {
            if (i < changed.size() && changed.at(i) == changed.at(i - 1) + 1)
                continue;
            emit dataChanged(index(start, 0), index(changed.at(i - 1), lastColumn));
            if (i < changed.size())
                start = changed.at(i);
        }
    }

    QVector<Row> m_rows;
    QHash<Key, int> m_index;
    bool m_loaded = false;
};

} // namespace hcloud
