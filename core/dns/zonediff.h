#pragma once

#include "core/dns/recordset.h"

#include <QString>
#include <QVector>

#include <optional>

namespace hcloud::dns {

// What an import would do to a zone, for the preview, and the semantic
// comparison of two sets of rrsets.

struct RrsetChange
{
    enum Kind { Added, Removed, Changed, Unchanged };
    Kind kind = Unchanged;
    RecordSet before; // empty name for Added
    RecordSet after;  // empty name for Removed
};

// A record's meaning, independent of how it is written: names made
// absolute and lower case, TXT strings joined, hex in upper case, single
// blanks. Two values mean the same when their canonical forms are equal.
QString canonicalRecord(const QString &type, const QString &value, const QString &zone);

// Changes from `current` to `imported`, by name and type (sorted: apex
// first, then by name, then type). The SOA serial is left out of the
// comparison: the API counts it on.
QVector<RrsetChange> zoneChanges(const QVector<RecordSet> &current, const QVector<RecordSet> &imported, const QString &zone,
                                 std::optional<qint64> zoneTtl = {});

// Whether two zones hold the same records (the changes are all Unchanged).
bool sameRecords(const QVector<RecordSet> &a, const QVector<RecordSet> &b, const QString &zone, std::optional<qint64> zoneTtl = {});

// The number of changes that are not Unchanged.
int changeCount(const QVector<RrsetChange> &changes);

} // namespace hcloud::dns
