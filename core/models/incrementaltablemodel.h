#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace hcloud {

// The one incremental updater behind every list model. A new list is
// compared with the current rows by key: vanished rows are removed in
// contiguous runs, rows that differ get dataChanged, new rows are appended.
// A loaded model is never reset, so views keep selection and scroll.
//
// Row needs operator==; the subclass says how to get a row's key.
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

    int rowOfKey(const Key &key) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (keyOf(m_rows.at(i)) == key)
                return i;
        }
        return -1;
    }

    void setRows(QVector<Row> next)
    {
        QHash<Key, int> nextIndex;
        nextIndex.reserve(next.size());
        dropDuplicates(next, nextIndex);

        // Loaded already while the first rows go in, for whoever listens.
        m_loaded = true;
        removeVanished(nextIndex);
        QVector<bool> seen(next.size(), false);
        updateExisting(next, nextIndex, seen);
        appendNew(next, seen);
    }

protected:
    virtual Key keyOf(const Row &row) const = 0;

private:
    // A key seen twice keeps its first row.
    void dropDuplicates(QVector<Row> &next, QHash<Key, int> &nextIndex) const
    {
        int out = 0;
        for (int i = 0; i < next.size(); ++i) {
            const Key key = keyOf(next.at(i));
            if (nextIndex.contains(key))
                continue;
            nextIndex.insert(key, out);
            if (out != i)
                next[out] = std::move(next[i]);
            ++out;
        }
        next.resize(out);
    }

    void removeVanished(const QHash<Key, int> &nextIndex)
    {
        // From the end so earlier indexes stay valid.
        int i = int(m_rows.size()) - 1;
        while (i >= 0) {
            if (nextIndex.contains(keyOf(m_rows.at(i)))) {
                --i;
                continue;
            }
            const int last = i;
            while (i > 0 && !nextIndex.contains(keyOf(m_rows.at(i - 1))))
                --i;
            beginRemoveRows({}, i, last);
            m_rows.erase(m_rows.begin() + i, m_rows.begin() + last + 1);
            endRemoveRows();
            --i;
        }
    }

    void updateExisting(const QVector<Row> &next, const QHash<Key, int> &nextIndex,
                        QVector<bool> &seen)
    {
        int runStart = -1;
        const int lastColumn = qMax(0, columnCount() - 1);
        auto flush = [&](int end) {
            if (runStart >= 0)
                emit dataChanged(index(runStart, 0), index(end, lastColumn));
            runStart = -1;
        };
        for (int i = 0; i < m_rows.size(); ++i) {
            const int j = nextIndex.value(keyOf(m_rows.at(i)));
            seen[j] = true;
            if (m_rows.at(i) == next.at(j)) {
                flush(i - 1);
                continue;
            }
            m_rows[i] = next.at(j);
            if (runStart < 0)
                runStart = i;
        }
        flush(int(m_rows.size()) - 1);
    }

    void appendNew(QVector<Row> &next, const QVector<bool> &seen)
    {
        QVector<Row> added;
        for (int j = 0; j < next.size(); ++j) {
            if (!seen.at(j))
                added.append(std::move(next[j]));
        }
        if (added.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(std::move(added));
        endInsertRows();
    }

    QVector<Row> m_rows;
    bool m_loaded = false;
};

} // namespace hcloud
