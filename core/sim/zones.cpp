#include "core/sim/zones.h"

#include "core/sim/actionclock.h"
#include "core/sim/jsonshapes.h"
#include "core/sim/simproject.h"
#include "core/sim/zonefile.h"

#include <QDateTime>

namespace hcloud::sim {

const QStringList &assignedNameservers()
{
    static const QStringList names{QStringLiteral("hydrogen.ns.hetzner.com"), QStringLiteral("oxygen.ns.hetzner.com"),
                                   QStringLiteral("helium.ns.hetzner.de")};
    return names;
}

qint64 zoneId(const SimProject &project, const QString &idOrName)
{
    bool numeric = false;
    const qint64 id = idOrName.toLongLong(&numeric);
    const Collection &zones = project.collection(kZones);
    if (numeric)
        return zones.contains(id) ? id : 0;
    for (const QJsonObject &zone : zones) {
        if (zone.value(QLatin1String("name")).toString() == idOrName)
            return zone.value(QLatin1String("id")).toInteger();
    }
    return 0;
}

qint64 rrsetKey(const SimProject &project, qint64 zone, const QString &name, const QString &type)
{
    const Collection &rrsets = project.collection(kRrsets);
    for (auto it = rrsets.cbegin(); it != rrsets.cend(); ++it) {
        if (it->value(QLatin1String("zone")).toInteger() == zone && it->value(QLatin1String("name")).toString() == name
            && it->value(QLatin1String("type")).toString() == type)
            return it.key();
    }
    return 0;
}

QVector<QJsonObject> zoneRrsets(const SimProject &project, qint64 zone)
{
    QVector<QJsonObject> result;
    for (const QJsonObject &rrset : project.collection(kRrsets)) {
        if (rrset.value(QLatin1String("zone")).toInteger() == zone)
            result.append(rrset);
    }
    return result;
}

QJsonObject makeRrset(qint64 zone, const QString &name, const QString &type, const QJsonValue &ttl,
                      const QJsonArray &records, const QJsonObject &labels)
{
    return QJsonObject{{QStringLiteral("id"), name + QLatin1Char('/') + type},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("ttl"), ttl.isDouble() ? ttl : QJsonValue()},
                       {QStringLiteral("labels"), labels},
                       {QStringLiteral("protection"), QJsonObject{{QStringLiteral("change"), false}}},
                       {QStringLiteral("records"), records},
                       {QStringLiteral("zone"), zone}};
}

void putRrset(SimProject &project, const QJsonObject &rrset)
{
    const qint64 zone = rrset.value(QLatin1String("zone")).toInteger();
    qint64 key = rrsetKey(project, zone, rrset.value(QLatin1String("name")).toString(), rrset.value(QLatin1String("type")).toString());
    if (!key)
        key = project.allocateId(kRrsets);
    project.collection(kRrsets).insert(key, rrset);
}

void removeRrset(SimProject &project, qint64 zone, const QString &name, const QString &type)
{
    if (const qint64 key = rrsetKey(project, zone, name, type))
        project.collection(kRrsets).remove(key);
}

void zoneChanged(SimProject &project, qint64 zone)
{
    auto it = project.collection(kZones).find(zone);
    if (it == project.collection(kZones).end())
        return;
    int count = 0;
    for (const QJsonObject &rrset : zoneRrsets(project, zone))
        count += int(rrset.value(QLatin1String("records")).toArray().size());
    it->insert(QStringLiteral("record_count"), count);
    const qint64 soaKey = rrsetKey(project, zone, QStringLiteral("@"), QStringLiteral("SOA"));
    if (!soaKey)
        return;
    QJsonObject soa = project.collection(kRrsets).value(soaKey);
    QJsonArray records = soa.value(QLatin1String("records")).toArray();
    if (records.isEmpty())
        return;
    QJsonObject record = records.first().toObject();
    QStringList words = record.value(QLatin1String("value")).toString().split(QLatin1Char(' '));
    if (words.size() != 7)
        return;
    const qint64 today = QDateTime::fromMSecsSinceEpoch(project.actions().nowMs(), Qt::UTC).toString(QStringLiteral("yyyyMMdd")).toLongLong() * 100;
    words[2] = QString::number(std::max(words.at(2).toLongLong() + 1, today));
    record.insert(QStringLiteral("value"), words.join(QLatin1Char(' ')));
    records.replace(0, record);
    soa.insert(QStringLiteral("records"), records);
    project.collection(kRrsets).insert(soaKey, soa);
}

QJsonObject startZoneAction(SimProject &project, qint64 zone, const QString &command, std::function<void(SimProject &)> apply)
{
    auto it = project.collection(kZones).find(zone);
    if (it != project.collection(kZones).end())
        it->insert(QStringLiteral("status"), QStringLiteral("updating"));
    return project.actions().start(project, command, {actionResource(QStringLiteral("zone"), zone)}, [zone, apply](SimProject &p, bool ok) {
        if (!p.collection(kZones).contains(zone))
            return;
        if (ok && apply)
            apply(p);
        zoneChanged(p, zone);
        if (!p.actions().busy(QStringLiteral("zone"), zone))
            p.collection(kZones)[zone].insert(QStringLiteral("status"), QStringLiteral("ok"));
    });
}

QJsonObject makeZone(qint64 id, const QString &name, const QString &mode, qint64 ttl, const QJsonObject &labels,
                     const QJsonArray &primaryNameservers, qint64 createdSecs)
{
    QJsonArray assigned;
    for (const QString &ns : assignedNameservers())
        assigned.append(ns);
    const QJsonObject authoritative{{QStringLiteral("assigned"), assigned},
                                    {QStringLiteral("delegated"), QJsonArray()},
                                    {QStringLiteral("delegation_last_check"), QJsonValue()},
                                    {QStringLiteral("delegation_status"), QStringLiteral("unknown")}};
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("created"), shapes::timestamp(createdSecs)},
                       {QStringLiteral("mode"), mode},
                       {QStringLiteral("primary_nameservers"), mode == QLatin1String("secondary") ? primaryNameservers : QJsonArray()},
                       {QStringLiteral("labels"), labels},
                       {QStringLiteral("protection"), QJsonObject{{QStringLiteral("delete"), false}}},
                       {QStringLiteral("ttl"), ttl},
                       {QStringLiteral("status"), QStringLiteral("ok")},
                       {QStringLiteral("record_count"), 0},
                       {QStringLiteral("authoritative_nameservers"), authoritative},
                       {QStringLiteral("registrar"), QStringLiteral("other")}};
}

void addDefaultRecords(SimProject &project, qint64 zone)
{
    const QString day = QDateTime::fromMSecsSinceEpoch(project.actions().nowMs(), Qt::UTC).toString(QStringLiteral("yyyyMMdd"));
    const QString soa = QStringLiteral("%1. dns.hetzner.com. %200 86400 10800 3600000 3600").arg(assignedNameservers().first(), day);
    putRrset(project, makeRrset(zone, QStringLiteral("@"), QStringLiteral("SOA"), QJsonValue(), {QJsonObject{{QStringLiteral("value"), soa}}}));
    QJsonArray ns;
    for (const QString &name : assignedNameservers())
        ns.append(QJsonObject{{QStringLiteral("value"), name + QLatin1Char('.')}});
    putRrset(project, makeRrset(zone, QStringLiteral("@"), QStringLiteral("NS"), QJsonValue(), ns));
    zoneChanged(project, zone);
}

void addZoneRoute(SimRouter &router, const QByteArray &method, const QString &suffix, ZoneHandler handler)
{
    router.add(method, QStringLiteral("zones/{id}") + suffix, [handler](RouteContext &c) -> SimReply {
        const qint64 id = c.ids.first();
        if (!c.project.collection(kZones).contains(id))
            return SimReply::notFound(QStringLiteral("zone with ID %1 not found").arg(id));
        return handler(c, id);
    });
    router.add(method, QStringLiteral("zones/{name}") + suffix, [handler](RouteContext &c) -> SimReply {
        const QString name = c.names.takeFirst();
        const qint64 id = zoneId(c.project, name);
        if (!id)
            return SimReply::notFound(QStringLiteral("zone %1 not found").arg(name));
        return handler(c, id);
    });
}

namespace {

// Every type the API lists, most of them at once.
const char *const kExampleCom = R"(; the seeded shop's zone
$ORIGIN example.com.
$TTL 3600
@        IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. (
                2025060101 ; serial
                86400 10800 3600000 3600 )
@        IN NS  hydrogen.ns.hetzner.com.
         IN NS  oxygen.ns.hetzner.com.
         IN NS  helium.ns.hetzner.de.
@        IN A     203.0.113.10
@        IN AAAA  2001:db8::10
www   300 IN A     203.0.113.10
www   300 IN A     203.0.113.11
www      IN AAAA  2001:db8::10
shop     IN CNAME www
@        IN MX    10 mail.example.com.
@        IN MX    20 mx-backup.example.net.
mail     IN A     203.0.113.25
@        IN TXT   "v=spf1 mx -all"
_dmarc   IN TXT   "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"
sel1._domainkey IN TXT ( "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu5bU0mSq3Jf8kPqS"
                         "Zh1d5uVQwM8V0gYk3hB7X2bq1qzN0Xq9hQ==" )
_sip._tcp IN SRV  10 60 5060 sip.example.com.
sip      IN A     203.0.113.30
@        IN CAA   0 issue "letsencrypt.org"
@        IN CAA   0 iodef "mailto:security@example.com"
_443._tcp.www IN TLSA 3 1 1 0C72AC70B745AC19998811B131D662C9AC69DBDBE7CB23E5B514B56664C5D3D6
sub      IN NS    ns1.example.net.
sub      IN DS    12345 13 2 3A7C5B0E1F2D4C6B8A9E0D1C2B3A4F5E6D7C8B9A0F1E2D3C4B5A6F7E8D9C0B1A
@        IN HTTPS 1 . alpn=h2,h3
_svc     IN SVCB  1 svc.example.com. port=8443
10       IN PTR   host10.example.com.
host     IN HINFO "x86_64" "Linux"
@        IN RP    admin.example.com. info.example.com.
info     IN TXT   "Contact the admins"
)";

const char *const kExampleOrg = R"($ORIGIN example.org.
$TTL 7200
@    IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 2025050101 86400 10800 3600000 3600
@    IN NS hydrogen.ns.hetzner.com.
@    IN NS oxygen.ns.hetzner.com.
@    IN NS helium.ns.hetzner.de.
@    IN A 198.51.100.7
www  IN CNAME example.org.
)";

qint64 seedPrimary(SimProject &project, const QString &name, const char *text, qint64 createdSecs, const QJsonObject &labels)
{
    const ZoneFileContent content = parseZoneFile(QString::fromUtf8(text), name);
    const qint64 id = project.allocateId(kZones);
    project.collection(kZones).insert(id, makeZone(id, name, QStringLiteral("primary"), content.defaultTtl.value_or(3600), labels, {}, createdSecs));
    for (const ZoneFileRecord &record : content.records) {
        const qint64 key = rrsetKey(project, id, record.name, record.type);
        QJsonObject rrset = key ? project.collection(kRrsets).value(key)
                                : makeRrset(id, record.name, record.type, record.ttl ? QJsonValue(*record.ttl) : QJsonValue(), {});
        QJsonArray records = rrset.value(QLatin1String("records")).toArray();
        records.append(QJsonObject{{QStringLiteral("value"), record.value}});
        rrset.insert(QStringLiteral("records"), records);
        putRrset(project, rrset);
    }
    int count = 0;
    for (const QJsonObject &rrset : zoneRrsets(project, id))
        count += int(rrset.value(QLatin1String("records")).toArray().size());
    project.collection(kZones)[id].insert(QStringLiteral("record_count"), count);
    return id;
}

}  // namespace

void seedZones(SimProject &project, qint64 createdSecs)
{
    seedPrimary(project, QStringLiteral("example.com"), kExampleCom, createdSecs - 86400 * 200,
                {{QStringLiteral("env"), QStringLiteral("prod")}});
    const qint64 org = seedPrimary(project, QStringLiteral("example.org"), kExampleOrg, createdSecs - 86400 * 40, {});
    // The apex A of example.org is protected against changes.
    if (const qint64 key = rrsetKey(project, org, QStringLiteral("@"), QStringLiteral("A")))
        project.collection(kRrsets)[key].insert(QStringLiteral("protection"), QJsonObject{{QStringLiteral("change"), true}});
    const qint64 id = project.allocateId(kZones);
    const QJsonArray primaries{QJsonObject{{QStringLiteral("address"), QStringLiteral("198.51.100.53")}, {QStringLiteral("port"), 53}}};
    QJsonObject secondary = makeZone(id, QStringLiteral("example.net"), QStringLiteral("secondary"), 3600, {}, primaries, createdSecs - 86400 * 10);
    project.collection(kZones).insert(id, secondary);
}

}  // namespace hcloud::sim
