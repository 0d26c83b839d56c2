#include "core/dns/rrsetrequests.h"
#include "core/dns/primarynameservers.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QUrl>

namespace hcloud::dns {

namespace {

QJsonArray recordsJson(const QVector<Record> &records)
{
    QJsonArray list;
    for (const Record &r : records) {
        QJsonObject o{{QStringLiteral("value"), r.value}};
        if (!r.comment.isEmpty())
            o.insert(QStringLiteral("comment"), r.comment);
        list.append(o);
    }
    return list;
}

ZoneWrite action(qint64 zone, const RecordSet &set, const char *command, const QJsonObject &body, const QString &description)
{
    return {"POST", rrsetPath(zone, set.name, set.type) + QStringLiteral("/actions/") + QLatin1String(command), body, description};
}

QString label(const QString &name, const QString &type)
{
    return QStringLiteral("“%1” %2").arg(name, type);
}

} // namespace

QString rrsetPath(qint64 zone, const QString &name, const QString &type)
{
    return QStringLiteral("/zones/%1/rrsets/%2/%3")
        .arg(zone)
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(name, "@*")), type);
}

ZoneWrite addRecords(qint64 zone, const QString &name, const QString &type, const QVector<Record> &records, std::optional<qint64> ttl)
{
    QJsonObject body{{QStringLiteral("records"), recordsJson(records)}};
    if (ttl)
        body.insert(QStringLiteral("ttl"), *ttl);
    RecordSet set;
    set.name = name;
    set.type = type;
    return action(zone, set, "add_records", body, QCoreApplication::translate("hcloud::dns::ZoneWrites", "Add %n record(s) to %1", nullptr, int(records.size())).arg(label(name, type)));
}

ZoneWrite removeRecords(qint64 zone, const RecordSet &set, const QStringList &values)
{
    QVector<Record> records;
    for (const QString &v : values)
        records.append({v, QString()});
    return action(zone, set, "remove_records", {{QStringLiteral("records"), recordsJson(records)}},
                  QCoreApplication::translate("hcloud::dns::ZoneWrites", "Remove %n record(s) from %1", nullptr, int(values.size())).arg(label(set.name, set.type)));
}

ZoneWrite setRecords(qint64 zone, const RecordSet &set)
{
    return action(zone, set, "set_records", {{QStringLiteral("records"), recordsJson(set.records)}},
                  QCoreApplication::translate("hcloud::dns::ZoneWrites", "Change the records of %1").arg(label(set.name, set.type)));
}

ZoneWrite replaceRecord(qint64 zone, const RecordSet &set, const QString &oldValue, const Record &next)
{
    RecordSet changed = set;
    for (Record &r : changed.records) {
        if (r.value == oldValue)
            r = next;
    }
    return setRecords(zone, changed);
}

ZoneWrite changeRrsetTtl(qint64 zone, const RecordSet &set, std::optional<qint64> ttl)
{
    return action(zone, set, "change_ttl", {{QStringLiteral("ttl"), ttl ? QJsonValue(*ttl) : QJsonValue()}},
                  ttl ? QCoreApplication::translate("hcloud::dns::ZoneWrites", "Set the TTL of %1 to %2 s").arg(label(set.name, set.type)).arg(*ttl)
                      : QCoreApplication::translate("hcloud::dns::ZoneWrites", "Give %1 the zone's default TTL").arg(label(set.name, set.type)));
}

ZoneWrite changeRrsetProtection(qint64 zone, const RecordSet &set, bool protect)
{
    return action(zone, set, "change_protection", {{QStringLiteral("change"), protect}},
                  protect ? QCoreApplication::translate("hcloud::dns::ZoneWrites", "Protect %1 against changes").arg(label(set.name, set.type)) : QCoreApplication::translate("hcloud::dns::ZoneWrites", "Unprotect %1").arg(label(set.name, set.type)));
}

ZoneWrite deleteRrset(qint64 zone, const RecordSet &set)
{
    return {"DELETE", rrsetPath(zone, set.name, set.type), {}, QCoreApplication::translate("hcloud::dns::ZoneWrites", "Delete %1").arg(label(set.name, set.type))};
}

ZoneWrite importZoneFile(qint64 zone, const QString &zoneName, const QString &text)
{
    return {"POST", QStringLiteral("/zones/%1/actions/import_zonefile").arg(zone), {{QStringLiteral("zonefile"), text}},
            QCoreApplication::translate("hcloud::dns::ZoneWrites", "Import a zone file into “%1”").arg(zoneName)};
}

ZoneWrite changeZoneTtl(qint64 zone, const QString &zoneName, qint64 ttl)
{
    return {"POST", QStringLiteral("/zones/%1/actions/change_ttl").arg(zone), {{QStringLiteral("ttl"), ttl}},
            QCoreApplication::translate("hcloud::dns::ZoneWrites", "Set the default TTL of “%1” to %2 s").arg(zoneName).arg(ttl)};
}

ZoneWrite changePrimaryNameservers(qint64 zone, const QString &zoneName, const QStringList &lines, QString *problem)
{
    const PrimaryNameservers primaries = parsePrimaryNameservers(lines);
    *problem = primaries.problem;
    return {"POST", QStringLiteral("/zones/%1/actions/change_primary_nameservers").arg(zone),
            {{QStringLiteral("primary_nameservers"), primaries.json}},
            QCoreApplication::translate("hcloud::dns::ZoneWrites", "Change the primary nameservers of “%1”").arg(zoneName)};
}

} // namespace hcloud::dns
