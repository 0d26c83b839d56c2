#include "core/models/sortranks.h"

#include "core/models/resourcesortproxy.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace hcloud {

namespace {

bool isNumber(int type)
{
    return type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double
        || type == QMetaType::UInt || type == QMetaType::ULongLong;
}

template <typename Key, typename Less>
QVector<int> ranksOf(std::vector<std::pair<Key, int>> &keyed, Less less)
{
    std::sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
        if (less(a.first, b.first))
            return true;
        if (less(b.first, a.first))
            return false;
        return a.second < b.second;
    });
    QVector<int> ranks(int(keyed.size()));
    for (int i = 0; i < int(keyed.size()); ++i)
        ranks[keyed[i].second] = i;
    return ranks;
}

} // namespace

QVector<int> rankRows(const SortKeySource &keys, int rowCount, int column)
{
    std::vector<const QVariant *> values(rowCount);
    bool numbers = true;
    bool strings = true;
    for (int r = 0; r < rowCount; ++r) {
        values[r] = &keys.sortKeyAt(r, column);
        if (!values[r]->isValid())
            continue;
        const int type = values[r]->typeId();
        numbers = numbers && isNumber(type);
        strings = strings && type == QMetaType::QString;
    }
    // Invalid keys sort first; the flag says so in each key.
    if (numbers) {
        std::vector<std::pair<std::pair<bool, double>, int>> keyed(rowCount);
        for (int r = 0; r < rowCount; ++r)
            keyed[r] = {{values[r]->isValid(), values[r]->isValid() ? values[r]->toDouble() : 0.0}, r};
        return ranksOf(keyed, std::less<>());
    }
    if (strings) {
        // Folded once, then compared exactly: the same order as a
        // case-insensitive comparison, without folding per comparison.
        std::vector<std::pair<std::pair<bool, QString>, int>> keyed(rowCount);
        for (int r = 0; r < rowCount; ++r) {
            const bool valid = values[r]->isValid();
            keyed[r] = {{valid, valid ? static_cast<const QString *>(values[r]->constData())->toCaseFolded() : QString()}, r};
        }
        return ranksOf(keyed, [](const std::pair<bool, QString> &a, const std::pair<bool, QString> &b) {
            if (a.first != b.first)
                return !a.first;
            return QtPrivate::compareStrings(a.second, b.second, Qt::CaseSensitive) < 0;
        });
    }
    std::vector<std::pair<const QVariant *, int>> keyed(rowCount);
    for (int r = 0; r < rowCount; ++r)
        keyed[r] = {values[r], r};
    return ranksOf(keyed, [](const QVariant *a, const QVariant *b) { return ResourceSortProxy::compareKeys(*a, *b) < 0; });
}

} // namespace hcloud
