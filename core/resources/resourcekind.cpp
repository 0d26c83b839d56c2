#include "resourcekind.h"

#include <QDateTime>
#include <QHostAddress>
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

} // namespace json
} // namespace hcloud
