#include "core/resources/resourcekind.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace hcloud {

int ResourceKind::columnIndex(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key)
            return i;
    }
    return -1;
}

namespace json {

QVariant at(const QJsonObject &object, const QString &dottedPath)
{
    QJsonValue value(object);
    for (const QString &part : dottedPath.split(QLatin1Char('.')))
        value = value.toObject().value(part);
    return value.toVariant();
}

QString string(const QJsonObject &object, const QString &dottedPath)
{
    return at(object, dottedPath).toString();
}

QDateTime dateTime(const QJsonObject &object, const QString &dottedPath)
{
    return QDateTime::fromString(string(object, dottedPath), Qt::ISODate);
}

QString labelsText(const QJsonObject &labels)
{
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        const QString value = it.value().toString();
        parts.append(value.isEmpty() ? it.key() : it.key() + QLatin1Char('=') + value);
    }
    parts.sort();
    return parts.join(QStringLiteral(", "));
}

quint32 ipv4Number(const QString &address)
{
    bool ok = false;
    const quint32 n = QHostAddress(address).toIPv4Address(&ok);
    return ok ? n : 0;
}

QString ipSortKey(const QString &addressOrRange)
{
    const int slash = addressOrRange.indexOf(QLatin1Char('/'));
    const QHostAddress address(slash < 0 ? addressOrRange : addressOrRange.left(slash));
    if (address.isNull())
        return addressOrRange;
    // IPv4 as ::ffff:a.b.c.d, then fixed-width hex: text order is number order.
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    QString key;
    for (quint8 byte : bytes.c)
        key += QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0'));
    const int prefix = slash < 0 ? 128 : addressOrRange.mid(slash + 1).toInt();
    return key + QStringLiteral("/%1").arg(prefix, 3, 10, QLatin1Char('0'));
}

QString joined(const QJsonObject &object, const QString &dottedPath)
{
    QStringList parts;
    for (const QVariant &v : at(object, dottedPath).toList())
        parts.append(v.toString());
    parts.sort();
    return parts.join(QStringLiteral(", "));
}

int count(const QJsonObject &object, const QString &dottedPath)
{
    return int(at(object, dottedPath).toList().size());
}

QString reference(const NameIndex &names, const QString &kindId, qint64 id, const QString &fallback)
{
    const QString name = names.name(kindId, id);
    return name.isEmpty() ? fallback : name;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

} // namespace json
} // namespace hcloud
