#include "core/dns/recordcheck.h"

#include "core/dns/recordset.h"
#include "core/dns/txtstrings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace hcloud::dns {

namespace {

bool number(const QString &text, quint64 max)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
    return digits.match(text).hasMatch() && text.toULongLong() <= max;
}

bool hostName(const QString &name)
{
    static const QRegularExpression host(
        QStringLiteral("^(@|\\.|((\\*|[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)(\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?))$"));
    return name.size() <= 254 && host.match(name).hasMatch();
}

bool hex(const QString &text)
{
    static const QRegularExpression h(QStringLiteral("^([0-9A-Fa-f]{2})+$"));
    return h.match(text).hasMatch();
}

bool quoted(const QString &field)
{
    return field.size() >= 2 && field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"'));
}

QString checkSvcb(const QStringList &f)
{
    if (f.size() < 2 || !number(f.at(0), 65535) || !hostName(f.at(1)))
        return QCoreApplication::translate("hcloud::dns::RecordCheck", "Write the priority, the target and any parameters, like “1 . alpn=h2,h3”.");
    static const QRegularExpression param(QStringLiteral("^(mandatory|alpn|no-default-alpn|port|ipv4hint|ech|ipv6hint|key\\d+)(=\\S+)?$"));
    for (int i = 2; i < f.size(); ++i) {
        if (!param.match(f.at(i)).hasMatch())
            return QCoreApplication::translate("hcloud::dns::RecordCheck", "“%1” is not a service parameter (alpn, port, ipv4hint, ipv6hint, ech, mandatory, no-default-alpn).").arg(f.at(i));
    }
    if (f.at(0) == QLatin1String("0") && f.size() > 2)
        return QCoreApplication::translate("hcloud::dns::RecordCheck", "With priority 0 (alias form) the record takes no parameters.");
    return {};
}

} // namespace

QString recordProblem(const QString &type, const QString &value)
{
    if (value.trimmed().isEmpty())
        return QCoreApplication::translate("hcloud::dns::RecordCheck", "Enter a value.");
    if (value.count(QLatin1Char('"')) % 2 != 0 && type != QLatin1String("TXT"))
        return QCoreApplication::translate("hcloud::dns::RecordCheck", "A quote is not closed.");
    const QStringList f = recordFields(value);
    const auto one = [&] { return f.size() == 1 ? f.first() : QString(); };
    if (type == QLatin1String("A")) {
        const QHostAddress a(one());
        return a.protocol() == QAbstractSocket::IPv4Protocol && one().count(QLatin1Char('.')) == 3 ? QString()
                                                                                                 : QCoreApplication::translate("hcloud::dns::RecordCheck", "Enter an IPv4 address, like 203.0.113.10.");
    }
    if (type == QLatin1String("AAAA")) {
        const QHostAddress a(one());
        return a.protocol() == QAbstractSocket::IPv6Protocol && !one().contains(QLatin1Char('.')) ? QString()
                                                                                                : QCoreApplication::translate("hcloud::dns::RecordCheck", "Enter an IPv6 address, like 2001:db8::10.");
    }
    if (type == QLatin1String("CNAME") || type == QLatin1String("NS") || type == QLatin1String("PTR"))
        return hostName(one()) ? QString() : QCoreApplication::translate("hcloud::dns::RecordCheck", "Enter one host name, like www.example.com. (with a final dot) or www.");
    if (type == QLatin1String("MX"))
        return f.size() == 2 && number(f.at(0), 65535) && hostName(f.at(1)) ? QString()
                                                                             : QCoreApplication::translate("hcloud::dns::RecordCheck", "Write the priority and the mail server, like “10 mail.example.com.”.");
    if (type == QLatin1String("TXT")) {
        bool ok = false;
        const QStringList strings = txtStrings(value, &ok);
        if (!ok)
            return QCoreApplication::translate("hcloud::dns::RecordCheck", "Write the text in quotes, or type it plainly and let it be quoted for you.");
        for (const QString &s : strings) {
            if (txtStringBytes(s) > 255)
                return QCoreApplication::translate("hcloud::dns::RecordCheck", "Each quoted string holds at most 255 bytes; split the text into several.");
        }
        return {};
    }
    if (type == QLatin1String("HINFO"))
        return f.size() == 2 && quoted(f.at(0)) && quoted(f.at(1)) ? QString() : QCoreApplication::translate("hcloud::dns::RecordCheck", "Write the CPU and the OS in quotes, like “\"x86_64\" \"Linux\"”.");
    if (type == QLatin1String("SRV"))
        return f.size() == 4 && number(f.at(0), 65535) && number(f.at(1), 65535) && number(f.at(2), 65535) && hostName(f.at(3))
            ? QString()
            : QCoreApplication::translate("hcloud::dns::RecordCheck", "Write priority, weight, port and target, like “10 60 5060 sip.example.com.”.");
    if (type == QLatin1String("CAA")) {
        static const QRegularExpression tag(QStringLiteral("^[A-Za-z0-9]+$"));
        return f.size() == 3 && number(f.at(0), 255) && tag.match(f.at(1)).hasMatch() && quoted(f.at(2))
            ? QString()
            : QCoreApplication::translate("hcloud::dns::RecordCheck", "Write flags, tag and the value in quotes, like “0 issue \"letsencrypt.org\"”.");
    }
    if (type == QLatin1String("TLSA"))
        return f.size() == 4 && number(f.at(0), 3) && number(f.at(1), 1) && number(f.at(2), 2) && hex(f.at(3))
            ? QString()
            : QCoreApplication::translate("hcloud::dns::RecordCheck", "Write usage (0–3), selector (0–1), matching type (0–2) and the data in hex, like “3 1 1 0C72…”.");
    if (type == QLatin1String("DS"))
        return f.size() == 4 && number(f.at(0), 65535) && number(f.at(1), 255) && number(f.at(2), 255) && hex(f.at(3))
            ? QString()
            : QCoreApplication::translate("hcloud::dns::RecordCheck", "Write key tag, algorithm, digest type and the digest in hex, like “12345 13 2 3A7C…”.");
    if (type == QLatin1String("HTTPS") || type == QLatin1String("SVCB"))
        return checkSvcb(f);
    if (type == QLatin1String("RP"))
        return f.size() == 2 && hostName(f.at(0)) && hostName(f.at(1)) ? QString()
                                                                        : QCoreApplication::translate("hcloud::dns::RecordCheck", "Write the mailbox and the TXT domain, like “admin.example.com. info.example.com.”.");
    if (type == QLatin1String("SOA")) {
        bool ok = f.size() == 7 && hostName(f.at(0)) && hostName(f.at(1));
        for (int i = 2; ok && i < 7; ++i)
            ok = number(f.at(i), 4294967295ULL);
        return ok ? QString() : QCoreApplication::translate("hcloud::dns::RecordCheck", "Write primary server, mailbox, serial, refresh, retry, expire and minimum TTL.");
    }
    return QCoreApplication::translate("hcloud::dns::RecordCheck", "%1 is not a record type the API supports.").arg(type);
}

QString rrsetNameProblem(const QString &name, const QString &zone)
{
    static const QRegularExpression shape(QStringLiteral("^(@|(\\*|[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)(\\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*)$"));
    if (name.isEmpty())
        return QCoreApplication::translate("hcloud::dns::RecordCheck", "Enter a name; @ stands for the zone itself.");
    if (name.endsWith(QLatin1Char('.')) || name == zone || name.endsWith(QLatin1Char('.') + zone))
        return QCoreApplication::translate("hcloud::dns::RecordCheck", "Enter the name relative to the zone: “www” for www.%1, @ for %1 itself.").arg(zone);
    if (!shape.match(name).hasMatch())
        return QCoreApplication::translate("hcloud::dns::RecordCheck", "Use lower-case letters, digits, - and _, in labels separated by dots.");
    return {};
}

QString ttlProblem(qint64 ttl)
{
    return ttl < 60 || ttl > 2147483647 ? QCoreApplication::translate("hcloud::dns::RecordCheck", "The TTL must be between 60 and 2147483647 seconds.") : QString();
}

QString recordExample(const QString &type)
{
    static const QHash<QString, QString> examples{
        {QStringLiteral("A"), QStringLiteral("203.0.113.10")},
        {QStringLiteral("AAAA"), QStringLiteral("2001:db8::10")},
        {QStringLiteral("CAA"), QStringLiteral("0 issue \"letsencrypt.org\"")},
        {QStringLiteral("CNAME"), QStringLiteral("www.example.com.")},
        {QStringLiteral("DS"), QStringLiteral("12345 13 2 3A7C5B0E…")},
        {QStringLiteral("HINFO"), QStringLiteral("\"x86_64\" \"Linux\"")},
        {QStringLiteral("HTTPS"), QStringLiteral("1 . alpn=h2,h3")},
        {QStringLiteral("MX"), QStringLiteral("10 mail.example.com.")},
        {QStringLiteral("NS"), QStringLiteral("ns1.example.net.")},
        {QStringLiteral("PTR"), QStringLiteral("host.example.com.")},
        {QStringLiteral("RP"), QStringLiteral("admin.example.com. info.example.com.")},
        {QStringLiteral("SOA"), QStringLiteral("hydrogen.ns.hetzner.com. dns.hetzner.com. 2025060101 86400 10800 3600000 3600")},
        {QStringLiteral("SRV"), QStringLiteral("10 60 5060 sip.example.com.")},
        {QStringLiteral("SVCB"), QStringLiteral("1 svc.example.com. port=8443")},
        {QStringLiteral("TLSA"), QStringLiteral("3 1 1 0C72AC70…")},
        {QStringLiteral("TXT"), QStringLiteral("v=spf1 mx -all")},
    };
    return examples.value(type);
}

QString normalizedRecord(const QString &type, const QString &value)
{
    if (type == QLatin1String("TXT"))
        return quotedTxt(value.trimmed());
    return recordFields(value).join(QLatin1Char(' '));
}

QStringList recordFields(const QString &value)
{
    static const QRegularExpression field(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s\"]+"));
    QStringList result;
    auto it = field.globalMatch(value);
    while (it.hasNext())
        result.append(it.next().captured());
    return result;
}

} // namespace hcloud::dns
