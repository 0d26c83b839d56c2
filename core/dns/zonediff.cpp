#include "core/dns/zonediff.h"

#include "core/dns/recordcheck.h"
#include "core/dns/txtstrings.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace hcloud::dns {

namespace {

QString absolute(const QString &name, const QString &zone)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("@"))
        return zone + QLatin1Char('.');
    if (lower.endsWith(QLatin1Char('.')))
        return lower;
    return lower + QLatin1Char('.') + zone + QLatin1Char('.');
}

// Which fields of a type's data are domain names.
QVector<int> nameFields(const QString &type)
{
    if (type == QLatin1String("CNAME") || type == QLatin1String("NS") || type == QLatin1String("PTR"))
        return {0};
    if (type == QLatin1String("MX") || type == QLatin1String("HTTPS") || type == QLatin1String("SVCB"))
        return {1};
    if (type == QLatin1String("SRV"))
        return {3};
    if (type == QLatin1String("RP") || type == QLatin1String("SOA"))
        return {0, 1};
    return {};
}

QString canonicalSoa(const QString &value, const QString &zone)
{
    QStringList f = recordFields(canonicalRecord(QStringLiteral("SOA"), value, zone));
    if (f.size() == 7)
        f[2] = QStringLiteral("*"); // the serial
    return f.join(QLatin1Char(' '));
}

// A set's records as a sorted list of canonical values.
QStringList canonicalValues(const RecordSet &set, const QString &zone)
{
    QStringList values;
    for (const Record &r : set.records)
        values.append(set.type == QLatin1String("SOA") ? canonicalSoa(r.value, zone) : canonicalRecord(set.type, r.value, zone));
    values.sort();
    values.removeDuplicates();
    return values;
}

bool sameSet(const RecordSet &a, const RecordSet &b, const QString &zone, std::optional<qint64> zoneTtl)
{
    // A set without a TTL has the zone's; written out, it may carry it.
    const auto ttlOf = [&](const RecordSet &s) { return s.ttl ? s.ttl : zoneTtl; };
    return ttlOf(a) == ttlOf(b) && canonicalValues(a, zone) == canonicalValues(b, zone);
}

bool before(const RecordSet &a, const RecordSet &b)
{
    if (a.name != b.name) {
        if (a.name == QLatin1String("@") || b.name == QLatin1String("@"))
            return a.name == QLatin1String("@");
        return a.name < b.name;
    }
    return a.type < b.type;
}

} // namespace

QString canonicalRecord(const QString &type, const QString &value, const QString &zone)
{
    if (type == QLatin1String("TXT"))
        return quotedTxt(plainTxt(value));
    QStringList f = recordFields(value);
    for (int i : nameFields(type)) {
        if (i < f.size() && f.at(i) != QLatin1String("."))
            f[i] = absolute(f.at(i), zone.toLower());
    }
    if ((type == QLatin1String("TLSA") || type == QLatin1String("DS")) && f.size() == 4)
        f[3] = f.at(3).toUpper();
    if (type == QLatin1String("CAA") && f.size() == 3)
        f[1] = f.at(1).toLower();
    return f.join(QLatin1Char(' '));
}

QVector<RrsetChange> zoneChanges(const QVector<RecordSet> &current, const QVector<RecordSet> &imported, const QString &zone,
                                 std::optional<qint64> zoneTtl)
{
    QVector<RrsetChange> changes;
    QSet<QString> seen;
    for (const RecordSet &now : current) {
        const auto it = std::find_if(imported.cbegin(), imported.cend(), [&](const RecordSet &s) { return s.id() == now.id(); });
        RrsetChange change;
        change.before = now;
        if (it == imported.cend()) {
            change.kind = RrsetChange::Removed;
        } else {
            change.after = *it;
            change.kind = sameSet(now, *it, zone, zoneTtl) ? RrsetChange::Unchanged : RrsetChange::Changed;
        }
        seen.insert(now.id());
        changes.append(change);
    }
    for (const RecordSet &next : imported) {
        if (!seen.contains(next.id()))
            changes.append({RrsetChange::Added, {}, next});
    }
    std::stable_sort(changes.begin(), changes.end(), [](const RrsetChange &a, const RrsetChange &b) {
        return before(a.before.name.isEmpty() ? a.after : a.before, b.before.name.isEmpty() ? b.after : b.before);
    });
    return changes;
}

bool sameRecords(const QVector<RecordSet> &a, const QVector<RecordSet> &b, const QString &zone, std::optional<qint64> zoneTtl)
{
    return changeCount(zoneChanges(a, b, zone, zoneTtl)) == 0;
}

int changeCount(const QVector<RrsetChange> &changes)
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [](const RrsetChange &c) { return c.kind != RrsetChange::Unchanged; }));
}

} // namespace hcloud::dns
