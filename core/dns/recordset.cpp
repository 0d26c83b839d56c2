#include "core/dns/recordset.h"

#include <QJsonArray>

namespace hcloud::dns {

const QStringList &recordTypes()
{
    static const QStringList types = QStringLiteral("A AAAA CAA CNAME DS HINFO HTTPS MX NS PTR RP SOA SRV SVCB TLSA TXT").split(QLatin1Char(' '));
    return types;
}

QStringList RecordSet::values() const
{
    QStringList result;
    for (const Record &r : records)
        result.append(r.value);
    return result;
}

bool RecordSet::operator==(const RecordSet &o) const
{
    return name == o.name && type == o.type && ttl == o.ttl && records == o.records && changeProtected == o.changeProtected
        && labels == o.labels;
}

RecordSet RecordSet::fromJson(const QJsonObject &rrset)
{
    RecordSet set;
    set.name = rrset.value(QLatin1String("name")).toString();
    set.type = rrset.value(QLatin1String("type")).toString();
    const QJsonValue ttl = rrset.value(QLatin1String("ttl"));
    if (ttl.isDouble())
        set.ttl = ttl.toInteger();
    for (const QJsonValue &r : rrset.value(QLatin1String("records")).toArray())
        set.records.append({r[QLatin1String("value")].toString(), r[QLatin1String("comment")].toString()});
    set.changeProtected = rrset.value(QLatin1String("protection"))[QLatin1String("change")].toBool();
    set.labels = rrset.value(QLatin1String("labels")).toObject();
    return set;
}

} // namespace hcloud::dns
