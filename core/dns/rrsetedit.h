#pragma once

#include "core/dns/recordset.h"
#include "core/dns/rrsetrequests.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace hcloud::dns {

// What the record dialog collects: one rrset's name, type, TTL and its
// values, one a line. Checked and turned into rrset actions here.
struct RrsetEdit
{
    QString name;
    QString type;
    std::optional<qint64> ttl; // none: the zone's default
    QStringList lines;         // one record a line; blank lines are ignored

    // The values as they will be sent (TXT quoted and split, blanks single).
    QStringList values() const;
    // What is wrong, in words; empty when the edit can be sent. `zone` is the
    // zone's name, `existing` the zone's other rrsets (for CNAME clashes and
    // a name and type that is taken).
    QString problem(const QString &zone, const QVector<RecordSet> &existing, const RecordSet *editing = nullptr) const;
};

// The writes that make `before` (nullptr: a new rrset) into `edit`:
// add_records for a new one; set_records and change_ttl for what changed.
// Comments of values that stay are kept.
QVector<ZoneWrite> rrsetWrites(qint64 zone, const RecordSet *before, const RrsetEdit &edit);

// Deleting an rrset removes all its records; the API drops the empty set.
ZoneWrite removeRrset(qint64 zone, const RecordSet &set);

} // namespace hcloud::dns
