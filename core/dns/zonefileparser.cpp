#include "core/dns/zonefileparser.h"

#include "core/dns/recordcheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace hcloud::dns {

namespace {

struct Token
{
    QString text;
    int line = 0;
};

// A logical line: its tokens, and whether it began with a blank (the
// previous owner's record).
struct LogicalLine
{
    int line = 0;
    bool continuesOwner = false;
    QVector<Token> tokens;
};

// One pass over the text. Newlines end a logical line unless inside ( ).
class Lexer
{
public:
    Lexer(const QString &text, QVector<ZoneFileError> *errors) : m_text(text), m_errors(errors) { }

    QVector<LogicalLine> run()
    {
        QVector<LogicalLine> lines;
        LogicalLine current{1, startsBlank(0), {}};
        int depth = 0;
        int line = 1;
        qsizetype i = 0;
        while (i < m_text.size()) {
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('\n')) {
                ++line;
                ++i;
                if (depth == 0) {
                    if (!current.tokens.isEmpty())
                        lines.append(current);
                    current = LogicalLine{line, startsBlank(i), {}};
                }
            } else if (c == QLatin1Char(';')) {
                while (i < m_text.size() && m_text.at(i) != QLatin1Char('\n'))
                    ++i;
            } else if (c == QLatin1Char('(')) {
                ++depth;
                ++i;
            } else if (c == QLatin1Char(')')) {
                if (depth == 0)
                    fail(line, QCoreApplication::translate("hcloud::dns::ZoneFile", "“)” without “(”."));
                depth = std::max(0, depth - 1);
                ++i;
            } else if (c.isSpace()) {
                ++i;
            } else if (c == QLatin1Char('"')) {
                const qsizetype start = i++;
                while (i < m_text.size() && m_text.at(i) != QLatin1Char('"') && m_text.at(i) != QLatin1Char('\n'))
                    i += m_text.at(i) == QLatin1Char('\\') ? 2 : 1;
                if (i >= m_text.size() || m_text.at(i) != QLatin1Char('"')) {
                    fail(line, QCoreApplication::translate("hcloud::dns::ZoneFile", "A quoted string is not closed on its line."));
                    current.tokens.append({m_text.mid(start, i - start) + QLatin1Char('"'), line});
                    continue;
                }
                ++i;
                current.tokens.append({m_text.mid(start, i - start), line});
            } else {
                const qsizetype start = i;
                while (i < m_text.size() && !m_text.at(i).isSpace() && !QStringLiteral(";()\"").contains(m_text.at(i)))
                    ++i;
                current.tokens.append({m_text.mid(start, i - start), line});
            }
        }
        if (depth > 0)
            fail(current.line, QCoreApplication::translate("hcloud::dns::ZoneFile", "“(” is never closed."));
        if (!current.tokens.isEmpty())
            lines.append(current);
        return lines;
    }

private:
    bool startsBlank(qsizetype at) const
    {
        return at < m_text.size() && (m_text.at(at) == QLatin1Char(' ') || m_text.at(at) == QLatin1Char('\t'));
    }
    void fail(int line, const QString &message) { m_errors->append({line, message}); }

    const QString &m_text;
    QVector<ZoneFileError> *m_errors;
};

bool isClass(const QString &word)
{
    const QString upper = word.toUpper();
    return upper == QLatin1String("IN") || upper == QLatin1String("CH") || upper == QLatin1String("HS") || upper == QLatin1String("CS");
}

} // namespace

std::optional<qint64> parseTtl(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qint64 number = 0;
    bool digits = false;
    bool units = false;
    for (const QChar c : text) {
        if (c.isDigit()) {
            number = number * 10 + c.digitValue();
            if (number > 0xFFFFFFFFLL)
                return std::nullopt;
            digits = true;
            continue;
        }
        if (!digits)
            return std::nullopt;
        switch (c.toLower().toLatin1()) {
        case 's': total += number; break;
        case 'm': total += number * 60; break;
        case 'h': total += number * 3600; break;
        case 'd': total += number * 86400; break;
        case 'w': total += number * 604800; break;
        default: return std::nullopt;
        }
        number = 0;
        digits = false;
        units = true;
    }
    if (digits && units)
        return std::nullopt; // "1h30" is not a TTL
    return total + number;
}

ZoneFile parseZoneFile(const QString &text, const QString &zone)
{
    ZoneFile file;
    const QString apex = zone.toLower();
    const QVector<LogicalLine> lines = Lexer(text, &file.errors).run();
    auto failed = [&](int line) {
        return std::any_of(file.errors.cbegin(), file.errors.cend(), [line](const ZoneFileError &e) { return e.line == line; });
    };
    auto fail = [&](int line, const QString &message) {
        if (!failed(line))
            file.errors.append({line, message});
    };
    QString previousOwner;
    for (const LogicalLine &l : lines) {
        const QVector<Token> &t = l.tokens;
        if (t.first().text.startsWith(QLatin1Char('$'))) {
            const QString directive = t.first().text.toUpper();
            if (directive == QLatin1String("$ORIGIN")) {
                if (t.size() != 2 || t.at(1).text.toLower() != apex + QLatin1Char('.'))
                    fail(l.line, QCoreApplication::translate("hcloud::dns::ZoneFile", "$ORIGIN must be the zone's own name with a final dot, %1.").arg(apex));
            } else if (directive == QLatin1String("$TTL")) {
                const auto ttl = t.size() == 2 ? parseTtl(t.at(1).text) : std::nullopt;
                if (!ttl || !ttlProblem(*ttl).isEmpty())
                    fail(l.line, QCoreApplication::translate("hcloud::dns::ZoneFile", "$TTL must be a time between 60 and 2147483647 seconds."));
                else
                    file.defaultTtl = ttl;
            } else {
                fail(l.line, QCoreApplication::translate("hcloud::dns::ZoneFile", "%1 is not supported here.").arg(t.first().text));
            }
            continue;
        }
        int at = 0;
        ZoneFileEntry entry;
        entry.line = l.line;
        if (l.continuesOwner) {
            if (previousOwner.isEmpty()) {
                fail(l.line, QCoreApplication::translate("hcloud::dns::ZoneFile", "The first record needs a name."));
                continue;
            }
            entry.name = previousOwner;
        } else {
            const QString owner = t.first().text.toLower();
            ++at;
            QString absolute = owner == QLatin1String("@") ? apex
                : owner.endsWith(QLatin1Char('.'))         ? owner.chopped(1)
                                                           : owner + QLatin1Char('.') + apex;
            if (absolute == apex)
                entry.name = QStringLiteral("@");
            else if (absolute.endsWith(QLatin1Char('.') + apex))
                entry.name = absolute.chopped(apex.size() + 1);
            else {
                fail(l.line, QCoreApplication::translate("hcloud::dns::ZoneFile", "“%1” lies outside the zone %2.").arg(t.first().text, apex));
                continue;
            }
            if (const QString problem = rrsetNameProblem(entry.name, apex); !problem.isEmpty()) {
                fail(l.line, QCoreApplication::translate("hcloud::dns::ZoneFile", "“%1” cannot name records: %2").arg(t.first().text, problem));
                continue;
            }
            previousOwner = entry.name;
        }
        bool bad = false;
        for (int k = 0; k < 2 && at < t.size(); ++k) {
            if (isClass(t.at(at).text)) {
                if (t.at(at).text.toUpper() != QLatin1String("IN")) {
                    fail(l.line, QCoreApplication::translate("hcloud::dns::ZoneFile", "Only records of class IN can be imported."));
                    bad = true;
                    break;
                }
                ++at;
            } else if (const auto ttl = parseTtl(t.at(at).text); ttl && !entry.ttl) {
                entry.ttl = ttl;
                ++at;
            }
        }
        if (bad)
            continue;
        if (at >= t.size()) {
            fail(l.line, QCoreApplication::translate("hcloud::dns::ZoneFile", "The record has no type."));
            continue;
        }
        entry.type = t.at(at).text.toUpper();
        if (!recordTypes().contains(entry.type)) {
            fail(l.line, QCoreApplication::translate("hcloud::dns::ZoneFile", "%1 is not a record type the API supports.").arg(t.at(at).text));
            continue;
        }
        if (entry.ttl && !ttlProblem(*entry.ttl).isEmpty()) {
            fail(l.line, ttlProblem(*entry.ttl));
            continue;
        }
        QStringList data;
        for (int i = at + 1; i < t.size(); ++i)
            data.append(t.at(i).text);
        entry.value = data.join(QLatin1Char(' '));
        if (const QString problem = recordProblem(entry.type, entry.value); !problem.isEmpty()) {
            fail(l.line, QCoreApplication::translate("hcloud::dns::ZoneFile", "%1 record: %2").arg(entry.type, problem));
            continue;
        }
        if (!failed(l.line))
            file.entries.append(entry);
    }
    std::stable_sort(file.errors.begin(), file.errors.end(), [](const ZoneFileError &a, const ZoneFileError &b) { return a.line < b.line; });
    // One error a line: the first says enough.
    file.errors.erase(std::unique(file.errors.begin(), file.errors.end(), [](const ZoneFileError &a, const ZoneFileError &b) { return a.line == b.line; }),
                      file.errors.end());
    return file;
}

QVector<RecordSet> ZoneFile::recordSets() const
{
    QVector<RecordSet> sets;
    for (const ZoneFileEntry &e : entries) {
        auto it = std::find_if(sets.begin(), sets.end(), [&](const RecordSet &s) { return s.name == e.name && s.type == e.type; });
        if (it == sets.end()) {
            RecordSet set;
            set.name = e.name;
            set.type = e.type;
            set.ttl = e.ttl;
            sets.append(set);
            it = sets.end() - 1;
        }
        if (!it->values().contains(e.value))
            it->records.append({e.value, QString()});
    }
    return sets;
}

QString ZoneFile::errorText() const
{
    QStringList lines;
    for (const ZoneFileError &e : errors)
        lines.append(QCoreApplication::translate("hcloud::dns::ZoneFile", "Line %1: %2").arg(e.line).arg(e.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace hcloud::dns
