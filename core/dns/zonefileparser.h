#pragma once

#include "core/dns/recordset.h"

#include <QString>
#include <QVector>

#include <optional>

namespace hcloud::dns {

// The client's own reader of BIND zone files, for the import preview and
// for checking a file before it is sent.

struct ZoneFileEntry
{
    int line = 0;  // where the record starts
    QString name;  // relative to the zone, "@" for the apex
    std::optional<qint64> ttl;
    QString type;
    QString value; // record data, single blanks outside quotes
};

struct ZoneFileError
{
    int line = 0;
    QString message; // translated
};

struct ZoneFile
{
    std::optional<qint64> defaultTtl; // $TTL
    QVector<ZoneFileEntry> entries;
    QVector<ZoneFileError> errors;    // by line, one per line at most

    // The entries as rrsets, by name and type in file order; a set's TTL is
    // its first record's.
    QVector<RecordSet> recordSets() const;
    // "line 3: …" lines, for a message box.
    QString errorText() const;
};

// Reads $ORIGIN (must be the zone), $TTL, names relative to the origin or
// absolute, @, a blank owner for the previous one, TTL (also 1h30m) and
// class in either order, ( ) across lines, quoted strings with escapes and
// ; comments. Values are checked per type with recordProblem().
ZoneFile parseZoneFile(const QString &text, const QString &zone);

// A TTL as BIND writes it: "3600", "1h", "1h30m", "2d"; nullopt otherwise.
std::optional<qint64> parseTtl(const QString &text);

} // namespace hcloud::dns
