#include "core/sim/zonerecords.h"

#include "core/sim/networks.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace hcloud::sim {

namespace {

// Words of a value: blanks split them, quoted strings stay one word with
// their quotes. nullopt-like: `ok` false on an unclosed quote.
QStringList words(const QString &value, bool *ok)
{
    QStringList result;
    QString current;
    bool quoted = false;
    bool inWord = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (quoted) {
            current.append(c);
            if (c == QLatin1Char('\\') && i + 1 < value.size())
                current.append(value.at(++i));
            else if (c == QLatin1Char('"'))
                quoted = false;
        } else if (c.isSpace()) {
            if (inWord)
                result.append(current);
            current.clear();
            inWord = false;
        } else {
            current.append(c);
            inWord = true;
            if (c == QLatin1Char('"'))
                quoted = true;
        }
    }
    if (inWord)
        result.append(current);
    *ok = !quoted;
    return result;
}

bool isNumber(const QString &word, quint64 max)
{
    bool ok = false;
    const quint64 n = word.toULongLong(&ok);
    return ok && n <= max && !word.startsWith(QLatin1Char('+'));
}

// A host name: absolute with its dot, or relative to the zone.
bool isDomainName(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^(\\*|[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)$"));
    if (name == QLatin1String("@") || name == QLatin1String("."))
        return true;
    QString body = name;
    if (body.endsWith(QLatin1Char('.')))
        body.chop(1);
    if (body.isEmpty() || body.size() > 253)
        return false;
    for (const QString &part : body.split(QLatin1Char('.'))) {
        if (!label.match(part).hasMatch())
            return false;
    }
    return true;
}

bool isQuoted(const QString &word)
{
    return word.size() >= 2 && word.startsWith(QLatin1Char('"')) && word.endsWith(QLatin1Char('"'));
}

// Bytes of a quoted string's content, escapes counted as the byte they stand for.
int quotedLength(const QString &word)
{
    const QByteArray bytes = word.mid(1, word.size() - 2).toUtf8();
    int length = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i, ++length) {
        if (bytes.at(i) == '\\' && i + 1 < bytes.size())
            i += (i + 3 < bytes.size() && std::isdigit(uchar(bytes.at(i + 1)))) ? 3 : 1;
    }
    return length;
}

bool isHex(const QString &text, int minLength)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]+$"));
    return text.size() >= minLength && text.size() % 2 == 0 && hex.match(text).hasMatch();
}

QString expect(const QStringList &w, int count, const char *form)
{
    if (w.size() != count)
        return QStringLiteral("must be \"%1\"").arg(QLatin1String(form));
    return {};
}

QString checkSvcb(const QStringList &w)
{
    if (w.size() < 2 || !isNumber(w.at(0), 65535) || !isDomainName(w.at(1)))
        return QStringLiteral("must be \"<priority> <target> [key=value ...]\"");
    static const QRegularExpression param(QStringLiteral("^(mandatory|alpn|no-default-alpn|port|ipv4hint|ech|ipv6hint|key[0-9]+)(=.+)?$"));
    for (qsizetype i = 2; i < w.size(); ++i) {
        if (!param.match(w.at(i)).hasMatch())
            return QStringLiteral("'%1' is not a service parameter").arg(w.at(i));
    }
    if (w.at(0) == QLatin1String("0") && w.size() > 2)
        return QStringLiteral("an alias form (priority 0) takes no parameters");
    return {};
}

}  // namespace

const QStringList &rrsetTypes()
{
    static const QStringList types{QStringLiteral("A"),    QStringLiteral("AAAA"), QStringLiteral("CAA"),   QStringLiteral("CNAME"),
                                   QStringLiteral("DS"),   QStringLiteral("HINFO"), QStringLiteral("HTTPS"), QStringLiteral("MX"),
                                   QStringLiteral("NS"),   QStringLiteral("PTR"),  QStringLiteral("RP"),    QStringLiteral("SOA"),
                                   QStringLiteral("SRV"),  QStringLiteral("SVCB"), QStringLiteral("TLSA"),  QStringLiteral("TXT")};
    return types;
}

QString recordProblem(const QString &type, const QString &value)
{
    bool ok = false;
    const QStringList w = words(value, &ok);
    if (!ok)
        return QStringLiteral("has a quote that is not closed");
    if (w.isEmpty())
        return QStringLiteral("must not be empty");
    if (type == QLatin1String("A"))
        return w.size() == 1 && ipv4Number(w.at(0)) && QHostAddress(w.at(0)).protocol() == QAbstractSocket::IPv4Protocol
            ? QString()
            : QStringLiteral("must be an IPv4 address");
    if (type == QLatin1String("AAAA")) {
        const QHostAddress address(w.at(0));
        return w.size() == 1 && address.protocol() == QAbstractSocket::IPv6Protocol && !w.at(0).contains(QLatin1Char('.'))
            ? QString()
            : QStringLiteral("must be an IPv6 address");
    }
    if (type == QLatin1String("CNAME") || type == QLatin1String("NS") || type == QLatin1String("PTR"))
        return w.size() == 1 && isDomainName(w.at(0)) ? QString() : QStringLiteral("must be one domain name");
    if (type == QLatin1String("MX")) {
        if (auto e = expect(w, 2, "<priority> <mail server>"); !e.isEmpty())
            return e;
        return isNumber(w.at(0), 65535) && isDomainName(w.at(1)) ? QString() : QStringLiteral("must be \"<priority> <mail server>\"");
    }
    if (type == QLatin1String("TXT") || type == QLatin1String("HINFO")) {
        if (type == QLatin1String("HINFO") && w.size() != 2)
            return QStringLiteral("must be two quoted strings, \"<cpu>\" \"<os>\"");
        for (const QString &word : w) {
            if (!isQuoted(word))
                return QStringLiteral("must be quoted strings (\"...\")");
            if (quotedLength(word) > 255)
                return QStringLiteral("has a string longer than 255 bytes; split it into several quoted strings");
        }
        return {};
    }
    if (type == QLatin1String("SRV")) {
        if (w.size() != 4 || !isNumber(w.at(0), 65535) || !isNumber(w.at(1), 65535) || !isNumber(w.at(2), 65535) || !isDomainName(w.at(3)))
            return QStringLiteral("must be \"<priority> <weight> <port> <target>\"");
        return {};
    }
    if (type == QLatin1String("CAA")) {
        static const QRegularExpression tag(QStringLiteral("^[A-Za-z0-9]+$"));
        if (w.size() != 3 || !isNumber(w.at(0), 255) || !tag.match(w.at(1)).hasMatch() || !isQuoted(w.at(2)))
            return QStringLiteral("must be \"<flags> <tag> \\\"<value>\\\"\"");
        return {};
    }
    if (type == QLatin1String("TLSA")) {
        if (w.size() != 4 || !isNumber(w.at(0), 3) || !isNumber(w.at(1), 1) || !isNumber(w.at(2), 2) || !isHex(w.at(3), 2))
            return QStringLiteral("must be \"<usage 0-3> <selector 0-1> <matching type 0-2> <hex data>\"");
        return {};
    }
    if (type == QLatin1String("DS")) {
        if (w.size() != 4 || !isNumber(w.at(0), 65535) || !isNumber(w.at(1), 255) || !isNumber(w.at(2), 255) || !isHex(w.at(3), 2))
            return QStringLiteral("must be \"<key tag> <algorithm> <digest type> <hex digest>\"");
        return {};
    }
    if (type == QLatin1String("HTTPS") || type == QLatin1String("SVCB"))
        return checkSvcb(w);
    if (type == QLatin1String("RP"))
        return w.size() == 2 && isDomainName(w.at(0)) && isDomainName(w.at(1)) ? QString() : QStringLiteral("must be \"<mailbox> <text domain>\"");
    if (type == QLatin1String("SOA")) {
        if (w.size() != 7 || !isDomainName(w.at(0)) || !isDomainName(w.at(1)))
            return QStringLiteral("must be \"<mname> <rname> <serial> <refresh> <retry> <expire> <minimum>\"");
        for (int i = 2; i < 7; ++i) {
            if (!isNumber(w.at(i), 4294967295ULL))
                return QStringLiteral("must be \"<mname> <rname> <serial> <refresh> <retry> <expire> <minimum>\"");
        }
        return {};
    }
    return QStringLiteral("is of an unknown type");
}

QString rrsetNameProblem(const QString &name, const QString &zone)
{
    static const QRegularExpression shape(QStringLiteral("^(@|(\\*|[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*)$"));
    if (name.isEmpty())
        return QStringLiteral("Missing data for required field.");
    if (name.endsWith(QLatin1Char('.')))
        return QStringLiteral("must not end with a dot");
    if (name == zone || name.endsWith(QLatin1Char('.') + zone))
        return QStringLiteral("must not end with the zone name; use @ for the apex");
    if (!shape.match(name).hasMatch())
        return QStringLiteral("must be @ or lower-case labels of letters, digits, - and _");
    return {};
}

QString normalizedValue(const QString &value)
{
    bool ok = false;
    return words(value, &ok).join(QLatin1Char(' '));
}

}  // namespace hcloud::sim
