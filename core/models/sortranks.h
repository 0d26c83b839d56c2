#pragma once

#include <QVector>

namespace hcloud {

class SortKeySource;

// Each row's place in the order of one column's sort keys, ties by row, as
// ResourceSortProxy::compareKeys orders them. Sorting then compares two
// ints from one small array instead of following three pointers per key:
// 10,000 rows sort in a few milliseconds instead of about 25.
QVector<int> rankRows(const SortKeySource &keys, int rowCount, int column);

} // namespace hcloud
