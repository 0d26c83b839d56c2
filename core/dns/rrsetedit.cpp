#include "core/dns/rrsetedit.h"

#include "core/dns/recordcheck.h"

#include <QCoreApplication>

namespace hcloud::dns {

QStringList RrsetEdit::values() const
{
    QStringList result;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QString value = normalizedRecord(type, line);
        if (!result.contains(value))
            result.append(value);
    }
    return result;
}

QString RrsetEdit::problem(const QString &zone, const QVector<RecordSet> &existing, const RecordSet *editing) const
{
    if (!editing) {
        if (const QString p = rrsetNameProblem(name, zone); !p.isEmpty())
            return p;
    }
    if (!recordTypes().contains(type))
        return QCoreApplication::translate("hcloud::dns::RrsetEdit", "Choose a record type.");
    if (ttl) {
        if (const QString p = ttlProblem(*ttl); !p.isEmpty())
            return p;
    }
    const QStringList all = values();
    if (all.isEmpty())
        return QCoreApplication::translate("hcloud::dns::RrsetEdit", "Enter at least one value.");
    int lineNumber = 0;
    for (const QString &line : lines) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        if (const QString p = recordProblem(type, normalizedRecord(type, line)); !p.isEmpty())
            return lines.size() > 1 ? QCoreApplication::translate("hcloud::dns::RrsetEdit", "Line %1: %2").arg(lineNumber).arg(p) : p;
    }
    if (type == QLatin1String("CNAME")) {
        if (all.size() > 1)
            return QCoreApplication::translate("hcloud::dns::RrsetEdit", "A CNAME has exactly one value.");
        if (name == QLatin1String("@"))
            return QCoreApplication::translate("hcloud::dns::RrsetEdit", "The zone itself (@) cannot have a CNAME.");
    }
    for (const RecordSet &other : existing) {
        if (other.name != name || (editing && other.id() == editing->id()))
            continue;
        if (other.type == type)
            return QCoreApplication::translate("hcloud::dns::RrsetEdit", "“%1” has %2 records already; edit those.").arg(name, type);
        if (other.type == QLatin1String("CNAME") || type == QLatin1String("CNAME"))
            return QCoreApplication::translate("hcloud::dns::RrsetEdit", "A CNAME cannot share its name with other records, and “%1” has %2 records.")
                .arg(name, other.type);
    }
    return {};
}

QVector<ZoneWrite> rrsetWrites(qint64 zone, const RecordSet *before, const RrsetEdit &edit)
{
    const QStringList values = edit.values();
    if (!before) {
        QVector<Record> records;
        for (const QString &v : values)
            records.append({v, QString()});
        return {addRecords(zone, edit.name, edit.type, records, edit.ttl)};
    }
    QVector<ZoneWrite> writes;
    QStringList old = before->values();
    QStringList next = values;
    old.sort();
    next.sort();
    if (old != next) {
        RecordSet set = *before;
        set.records.clear();
        for (const QString &v : values) {
            QString comment;
            for (const Record &r : before->records) {
                if (r.value == v)
                    comment = r.comment;
            }
            set.records.append({v, comment});
        }
        writes.append(setRecords(zone, set));
    }
    if (before->ttl != edit.ttl)
        writes.append(changeRrsetTtl(zone, *before, edit.ttl));
    return writes;
}

ZoneWrite removeRrset(qint64 zone, const RecordSet &set)
{
    ZoneWrite write = removeRecords(zone, set, set.values());
    write.description = QCoreApplication::translate("hcloud::dns::RrsetEdit", "Delete “%1” %2").arg(set.name, set.type);
    return write;
}

} // namespace hcloud::dns
