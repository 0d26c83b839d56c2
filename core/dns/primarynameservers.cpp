#include "core/dns/primarynameservers.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>

namespace hcloud::dns {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("hcloud::dns::PrimaryNameservers", source);
}

bool isBase64(const QString &key)
{
    const auto decoded = QByteArray::fromBase64Encoding(key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok && !decoded.decoded.isEmpty();
}

} // namespace

QStringList tsigAlgorithms()
{
    return {QStringLiteral("hmac-md5"), QStringLiteral("hmac-sha1"), QStringLiteral("hmac-sha256")};
}

PrimaryNameservers parsePrimaryNameservers(const QStringList &lines)
{
    PrimaryNameservers out;
    QStringList seen;
    int number = 0;
    for (const QString &line : lines) {
        ++number;
        const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const QHostAddress address(words.first());
        // A bare algorithm after the address means port 53 was left out.
        const bool portGiven = words.size() > 1 && !tsigAlgorithms().contains(words.at(1).toLower());
        bool portOk = true;
        const int port = portGiven ? words.at(1).toInt(&portOk) : 53;
        const QStringList tsig = words.mid(portGiven ? 2 : 1);
        if (address.isNull() || tsig.size() == 1 || tsig.size() > 2) {
            out.problem = text(QT_TRANSLATE_NOOP("hcloud::dns::PrimaryNameservers",
                                                 "Line %1: write an IP address, optionally a port, and optionally a TSIG "
                                                 "algorithm and key, like “198.51.100.1 53 hmac-sha256 c2VjcmV0”."))
                              .arg(number);
            break;
        }
        if (!portOk || port < 1 || port > 65535) {
            out.problem = text(QT_TRANSLATE_NOOP("hcloud::dns::PrimaryNameservers", "Line %1: the port must be between 1 and 65535."))
                              .arg(number);
            break;
        }
        if (seen.contains(address.toString())) {
            out.problem = text(QT_TRANSLATE_NOOP("hcloud::dns::PrimaryNameservers", "Line %1: %2 is listed twice."))
                              .arg(number)
                              .arg(address.toString());
            break;
        }
        seen.append(address.toString());
        QJsonObject ns{{QStringLiteral("address"), address.toString()}, {QStringLiteral("port"), port}};
        if (tsig.size() == 2) {
            const QString algorithm = tsig.at(0).toLower();
            if (!tsigAlgorithms().contains(algorithm)) {
                out.problem = text(QT_TRANSLATE_NOOP("hcloud::dns::PrimaryNameservers",
                                                     "Line %1: the TSIG algorithm must be one of %2."))
                                  .arg(number)
                                  .arg(tsigAlgorithms().join(QStringLiteral(", ")));
                break;
            }
            if (!isBase64(tsig.at(1))) {
                out.problem = text(QT_TRANSLATE_NOOP("hcloud::dns::PrimaryNameservers",
                                                     "Line %1: the TSIG key must be base64, as your primary's configuration shows it."))
                                  .arg(number);
                break;
            }
            ns.insert(QStringLiteral("tsig_algorithm"), algorithm);
            ns.insert(QStringLiteral("tsig_key"), tsig.at(1));
        }
        out.json.append(ns);
    }
    if (out.problem.isEmpty() && out.json.isEmpty())
        out.problem = text(QT_TRANSLATE_NOOP("hcloud::dns::PrimaryNameservers", "A secondary zone needs at least one primary nameserver."));
    if (!out.problem.isEmpty())
        out.json = QJsonArray();
    return out;
}

QStringList primaryNameserverLines(const QJsonArray &primaries)
{
    QStringList lines;
    for (const QJsonValue &ns : primaries) {
        const int port = ns[QLatin1String("port")].toInt(53);
        QStringList words{ns[QLatin1String("address")].toString()};
        if (port != 53)
            words.append(QString::number(port));
        const QString key = ns[QLatin1String("tsig_key")].toString();
        if (!key.isEmpty()) {
            words.append(ns[QLatin1String("tsig_algorithm")].toString());
            words.append(key);
        }
        lines.append(words.join(QLatin1Char(' ')));
    }
    return lines;
}

} // namespace hcloud::dns
