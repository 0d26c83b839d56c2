#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace hcloud::sim {

// A BIND zone file as the API reads it on import and writes it on export.

struct ZoneFileRecord
{
    int line = 0;
    QString name;  // relative to the zone, "@" for the apex
    std::optional<qint64> ttl;
    QString type;
    QString value;  // the record data, blanks outside quotes made single spaces
};

struct ZoneFileContent
{
    std::optional<qint64> defaultTtl;  // $TTL
    QVector<ZoneFileRecord> records;
    QStringList errors;  // "line 3: ...", in line order
};

// $ORIGIN (must be the zone), $TTL, relative names and @, a blank owner
// repeating the last one, TTL and class in either order, parentheses over
// several lines, quoted strings and ; comments. Each record's value is
// checked for its type.
ZoneFileContent parseZoneFile(const QString &text, const QString &zone);

// The zone's rrsets (API JSON) as a zone file: $ORIGIN, $TTL, SOA first,
// then by name and type.
QString writeZoneFile(const QString &zone, qint64 ttl, const QJsonArray &rrsets);

}  // namespace hcloud::sim
