#pragma once

#include "core/dns/recordset.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace hcloud::dns {

// The requests the zone editor sends, built and described in core. Every
// change of records goes through the rrset actions.
struct ZoneWrite
{
    QByteArray method = "POST";
    QString path;
    QJsonObject body;
    QString description; // translated, for the activity list: "Add a record to “www” A"
};

QString rrsetPath(qint64 zone, const QString &name, const QString &type);

// add_records: creates the rrset when it is not there; `ttl` only for a new one.
ZoneWrite addRecords(qint64 zone, const QString &name, const QString &type, const QVector<Record> &records, std::optional<qint64> ttl = {});
ZoneWrite removeRecords(qint64 zone, const RecordSet &set, const QStringList &values);
// set_records: the rrset's records become `set.records`.
ZoneWrite setRecords(qint64 zone, const RecordSet &set);
// set_records with one record's value replaced, comments kept.
ZoneWrite replaceRecord(qint64 zone, const RecordSet &set, const QString &oldValue, const Record &next);
ZoneWrite changeRrsetTtl(qint64 zone, const RecordSet &set, std::optional<qint64> ttl);
ZoneWrite changeRrsetProtection(qint64 zone, const RecordSet &set, bool protect);
ZoneWrite deleteRrset(qint64 zone, const RecordSet &set);
ZoneWrite importZoneFile(qint64 zone, const QString &zoneName, const QString &text);
ZoneWrite changeZoneTtl(qint64 zone, const QString &zoneName, qint64 ttl);

// A secondary zone's primaries from lines (see primarynameservers.h);
// *problem says what is wrong with which line, and then the write must not
// be sent.
ZoneWrite changePrimaryNameservers(qint64 zone, const QString &zoneName, const QStringList &lines, QString *problem);

} // namespace hcloud::dns
