#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace hcloud::dns {

// The record types a zone holds, as the API lists them.
const QStringList &recordTypes();

struct Record
{
    QString value;    // as in a zone file: "10 mail.example.com."
    QString comment;

    bool operator==(const Record &o) const { return value == o.value && comment == o.comment; }
};

// An rrset: the records of one name and type, with their TTL.
struct RecordSet
{
    QString name;                // relative to the zone, "@" for the apex
    QString type;                // "MX"
    std::optional<qint64> ttl;   // none: the zone's default
    QVector<Record> records;
    bool changeProtected = false;
    QJsonObject labels;

    QString id() const { return name + QLatin1Char('/') + type; }
    QStringList values() const;
    bool operator==(const RecordSet &o) const;

    static RecordSet fromJson(const QJsonObject &rrset);
};

} // namespace hcloud::dns
