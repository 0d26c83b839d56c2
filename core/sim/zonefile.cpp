#include "core/sim/zonefile.h"

#include "core/sim/zonerecords.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace hcloud::sim {

namespace {

struct Token
{
    QString text;
    bool quoted = false;
};

// One logical entry: the tokens of a line, or of several joined by
// parentheses; `ownerBlank` when the first line starts with a blank.
struct Entry
{
    int line = 0;
    bool ownerBlank = false;
    QVector<Token> tokens;
};

// Splits the file into entries; comments go, quotes stay with their tokens.
QVector<Entry> entries(const QString &text, QStringList *errors)
{
    QVector<Entry> result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    Entry current;
    int depth = 0;
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n);
        if (depth == 0) {
            current = Entry();
            current.line = n + 1;
            current.ownerBlank = !line.isEmpty() && (line.at(0) == QLatin1Char(' ') || line.at(0) == QLatin1Char('\t'));
        }
        QString word;
        bool inWord = false;
        bool quoted = false;
        bool wasQuoted = false;
        auto flush = [&] {
            if (inWord)
                current.tokens.append({word, wasQuoted});
            word.clear();
            inWord = false;
            wasQuoted = false;
        };
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted) {
                word.append(c);
                if (c == QLatin1Char('\\') && i + 1 < line.size())
                    word.append(line.at(++i));
                else if (c == QLatin1Char('"'))
                    quoted = false;
            } else if (c == QLatin1Char(';')) {
                break;
            } else if (c == QLatin1Char('"')) {
                flush();
                word.append(c);
                inWord = quoted = wasQuoted = true;
            } else if (c == QLatin1Char('(')) {
                flush();
                ++depth;
            } else if (c == QLatin1Char(')')) {
                flush();
                if (--depth < 0) {
                    errors->append(QStringLiteral("line %1: ')' without '('").arg(n + 1));
                    depth = 0;
                }
            } else if (c.isSpace()) {
                flush();
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quoted)
            errors->append(QStringLiteral("line %1: a quoted string is not closed").arg(n + 1));
        flush();
        if (depth == 0 && !current.tokens.isEmpty())
            result.append(current);
    }
    if (depth > 0)
        errors->append(QStringLiteral("line %1: '(' is never closed").arg(current.line));
    return result;
}

// "3600", "1h", "1h30m", "2d": seconds, or nullopt.
std::optional<qint64> ttlValue(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[0-9]+$"));
    static const QRegularExpression units(QStringLiteral("^([0-9]+[smhdwSMHDW])+$"));
    if (plain.match(text).hasMatch())
        return text.toLongLong();
    if (!units.match(text).hasMatch())
        return std::nullopt;
    qint64 total = 0;
    qint64 number = 0;
    for (const QChar c : text) {
        if (c.isDigit()) {
            number = number * 10 + c.digitValue();
            continue;
        }
        static const QString letters = QStringLiteral("smhdw");
        static const qint64 factors[] = {1, 60, 3600, 86400, 604800};
        total += number * factors[letters.indexOf(c.toLower())];
        number = 0;
    }
    return total;
}

// The owner relative to the zone: "@" for the apex; nullopt when outside.
std::optional<QString> relativeName(const QString &owner, const QString &origin, const QString &zone)
{
    QString absolute;
    if (owner == QLatin1String("@"))
        absolute = origin;
    else if (owner.endsWith(QLatin1Char('.')))
        absolute = owner.chopped(1).toLower();
    else
        absolute = owner.toLower() + QLatin1Char('.') + origin;
    if (absolute == zone)
        return QStringLiteral("@");
    if (absolute.endsWith(QLatin1Char('.') + zone))
        return absolute.left(absolute.size() - zone.size() - 1);
    return std::nullopt;
}

}  // namespace

ZoneFileContent parseZoneFile(const QString &text, const QString &zone)
{
    ZoneFileContent content;
    QString origin = zone;
    QString lastOwner;
    const QVector<Entry> all = entries(text, &content.errors);
    for (const Entry &entry : all) {
        const QString first = entry.tokens.first().text;
        // One error a line: the first says enough.
        auto fail = [&](const QString &why) {
            const QString prefix = QStringLiteral("line %1: ").arg(entry.line);
            if (std::none_of(content.errors.cbegin(), content.errors.cend(), [&](const QString &e) { return e.startsWith(prefix); }))
                content.errors.append(prefix + why);
        };
        if (first.startsWith(QLatin1Char('$'))) {
            const QString directive = first.toUpper();
            if (directive == QLatin1String("$ORIGIN")) {
                const QString value = entry.tokens.value(1).text.toLower();
                if (entry.tokens.size() != 2 || value != zone + QLatin1Char('.'))
                    fail(QStringLiteral("$ORIGIN must be the zone's name with a dot, %1.").arg(zone));
                origin = zone;
            } else if (directive == QLatin1String("$TTL")) {
                const auto ttl = ttlValue(entry.tokens.value(1).text);
                if (entry.tokens.size() != 2 || !ttl || *ttl < 60 || *ttl > 2147483647)
                    fail(QStringLiteral("$TTL must be a time between 60 and 2147483647 seconds"));
                else
                    content.defaultTtl = ttl;
            } else {
                fail(QStringLiteral("%1 is not supported").arg(first));
            }
            continue;
        }
        int at = 0;
        QString owner;
        if (entry.ownerBlank) {
            if (lastOwner.isEmpty()) {
                fail(QStringLiteral("the first record has no name"));
                continue;
            }
            owner = lastOwner;
        } else {
            const auto relative = relativeName(entry.tokens.at(0).text, origin, zone);
            if (!relative) {
                fail(QStringLiteral("'%1' is not inside the zone %2").arg(entry.tokens.at(0).text, zone));
                continue;
            }
            owner = *relative;
            at = 1;
            if (const QString problem = rrsetNameProblem(owner, zone); owner != QLatin1String("@") && !problem.isEmpty()) {
                fail(QStringLiteral("'%1' %2").arg(entry.tokens.at(0).text, problem));
                continue;
            }
        }
        lastOwner = owner;
        ZoneFileRecord record;
        record.line = entry.line;
        record.name = owner;
        // TTL and class, in either order, before the type.
        for (int k = 0; k < 2 && at < entry.tokens.size(); ++k) {
            const QString word = entry.tokens.at(at).text;
            if (word.toUpper() == QLatin1String("IN")) {
                ++at;
            } else if (const auto ttl = ttlValue(word); ttl && !record.ttl) {
                record.ttl = ttl;
                ++at;
            } else if (word.toUpper() == QLatin1String("CH") || word.toUpper() == QLatin1String("HS") || word.toUpper() == QLatin1String("CS")) {
                fail(QStringLiteral("only IN class records are allowed"));
                at = -1;
                break;
            }
        }
        if (at < 0)
            continue;
        if (at >= entry.tokens.size()) {
            fail(QStringLiteral("the record has no type"));
            continue;
        }
        record.type = entry.tokens.at(at).text.toUpper();
        if (!rrsetTypes().contains(record.type)) {
            fail(QStringLiteral("%1 is not a record type the API supports").arg(entry.tokens.at(at).text));
            continue;
        }
        if (record.ttl && (*record.ttl < 60 || *record.ttl > 2147483647)) {
            fail(QStringLiteral("the TTL must be between 60 and 2147483647 seconds"));
            continue;
        }
        QStringList data;
        for (int i = at + 1; i < entry.tokens.size(); ++i)
            data.append(entry.tokens.at(i).text);
        record.value = data.join(QLatin1Char(' '));
        if (const QString problem = recordProblem(record.type, record.value); !problem.isEmpty()) {
            fail(QStringLiteral("%1 record %2").arg(record.type, problem));
            continue;
        }
        content.records.append(record);
    }
    std::sort(content.errors.begin(), content.errors.end(), [](const QString &a, const QString &b) {
        return a.section(QLatin1Char(' '), 1, 1).chopped(1).toInt() < b.section(QLatin1Char(' '), 1, 1).chopped(1).toInt();
    });
    return content;
}

QString writeZoneFile(const QString &zone, qint64 ttl, const QJsonArray &rrsets)
{
    QVector<QJsonObject> sorted;
    for (const QJsonValue &rrset : rrsets)
        sorted.append(rrset.toObject());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const bool soaA = a.value(QLatin1String("type")).toString() == QLatin1String("SOA");
        const bool soaB = b.value(QLatin1String("type")).toString() == QLatin1String("SOA");
        if (soaA != soaB)
            return soaA;
        const QString nameA = a.value(QLatin1String("name")).toString();
        const QString nameB = b.value(QLatin1String("name")).toString();
        if (nameA != nameB)
            return nameA == QLatin1String("@") || (nameB != QLatin1String("@") && nameA < nameB);
        return a.value(QLatin1String("type")).toString() < b.value(QLatin1String("type")).toString();
    });
    QString out = QStringLiteral("$ORIGIN %1.\n$TTL %2\n\n").arg(zone).arg(ttl);
    for (const QJsonObject &rrset : sorted) {
        const QJsonValue rrTtl = rrset.value(QLatin1String("ttl"));
        const QString ttlText = rrTtl.isDouble() ? QString::number(rrTtl.toInteger()) + QLatin1Char('\t') : QString();
        for (const QJsonValue &record : rrset.value(QLatin1String("records")).toArray()) {
            const QString comment = record[QLatin1String("comment")].toString();
            out += QStringLiteral("%1\t%2IN\t%3\t%4").arg(rrset.value(QLatin1String("name")).toString(), ttlText,
                                                      rrset.value(QLatin1String("type")).toString(),
                                                      record[QLatin1String("value")].toString());
            if (!comment.isEmpty())
                out += QStringLiteral(" ; ") + QString(comment).replace(QLatin1Char('\n'), QLatin1Char(' '));
            out += QLatin1Char('\n');
        }
    }
    return out;
}

}  // namespace hcloud::sim
