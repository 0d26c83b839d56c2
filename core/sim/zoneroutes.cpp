#include "core/sim/zoneroutes.h"

#include "core/sim/kindroutes.h"
#include "core/sim/requestbody.h"
#include "core/sim/simproject.h"
#include "core/sim/zonefile.h"
#include "core/sim/zonerecords.h"
#include "core/sim/zones.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace hcloud::sim {

namespace {

const KindRef kRef{kZones, QStringLiteral("zone")};

// Second-level labels under which a country registers names (co.uk).
bool isPublicSuffixPair(const QString &second, const QString &top)
{
    static const QStringList seconds{QStringLiteral("co"), QStringLiteral("com"), QStringLiteral("org"),
                                     QStringLiteral("net"), QStringLiteral("ac"), QStringLiteral("gov")};
    return top.size() == 2 && seconds.contains(second);
}

QString zoneNameProblem(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (name.isEmpty())
        return QStringLiteral("Missing data for required field.");
    if (name.size() > 255)
        return QStringLiteral("must be at most 255 characters");
    if (name.endsWith(QLatin1Char('.')))
        return QStringLiteral("must not end with a dot");
    if (name != name.toLower())
        return QStringLiteral("must be in lower case");
    const QStringList parts = name.split(QLatin1Char('.'));
    for (const QString &part : parts) {
        if (!label.match(part).hasMatch())
            return QStringLiteral("must be a domain name (IDNs in Punycode, xn--...)");
    }
    if (parts.size() < 2)
        return QStringLiteral("must be a domain under a public suffix, like example.com");
    const bool pair = parts.size() == 3 && isPublicSuffixPair(parts.at(1), parts.at(2));
    if (parts.size() > 2 && !pair)
        return QStringLiteral("subdomains are not supported; create the zone of the registered domain");
    return {};
}

void checkTtl(const QJsonValue &ttl, const QString &field, Problems *problems, bool nullAllowed = false)
{
    if (ttl.isUndefined() || (nullAllowed && ttl.isNull()))
        return;
    const double value = ttl.toDouble(-1);
    if (!ttl.isDouble() || value != double(qint64(value)) || value < 60 || value > 2147483647)
        problems->append({field, QStringLiteral("must be a whole number of seconds between 60 and 2147483647")});
}

QJsonArray checkNameservers(const QJsonValue &value, Problems *problems)
{
    QJsonArray result;
    QStringList seen;
    const QJsonArray in = value.toArray();
    if (in.isEmpty())
        problems->append({QStringLiteral("primary_nameservers"), QStringLiteral("a secondary zone needs at least one primary nameserver")});
    for (int i = 0; i < in.size(); ++i) {
        const QJsonObject ns = in.at(i).toObject();
        const QString field = QStringLiteral("primary_nameservers[%1]").arg(i);
        const QString address = ns.value(QLatin1String("address")).toString();
        const QHostAddress host(address);
        if (host.isNull() || host.isLoopback() || host.isLinkLocal() || host.isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8) || host.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16) || host.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12))
            problems->append({field + QStringLiteral(".address"), QStringLiteral("must be a public IPv4 or IPv6 address")});
        else if (seen.contains(address))
            problems->append({field + QStringLiteral(".address"), QStringLiteral("is listed twice")});
        seen.append(address);
        const int port = ns.value(QLatin1String("port")).toInt(53);
        if (port < 1 || port > 65535)
            problems->append({field + QStringLiteral(".port"), QStringLiteral("must be between 1 and 65535")});
        QJsonObject out{{QStringLiteral("address"), address}, {QStringLiteral("port"), port}};
        if (ns.contains(QLatin1String("tsig_key"))) {
            const QString algorithm = ns.value(QLatin1String("tsig_algorithm")).toString();
            if (!QStringList{QStringLiteral("hmac-md5"), QStringLiteral("hmac-sha1"), QStringLiteral("hmac-sha256")}.contains(algorithm))
                problems->append({field + QStringLiteral(".tsig_algorithm"), QStringLiteral("must be hmac-md5, hmac-sha1 or hmac-sha256")});
            if (QByteArray::fromBase64Encoding(ns.value(QLatin1String("tsig_key")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors).decodingStatus
                != QByteArray::Base64DecodingStatus::Ok)
                problems->append({field + QStringLiteral(".tsig_key"), QStringLiteral("must be base64")});
            out.insert(QStringLiteral("tsig_key"), ns.value(QLatin1String("tsig_key")));
            out.insert(QStringLiteral("tsig_algorithm"), algorithm);
        }
        result.append(out);
    }
    return result;
}

// A parsed import as rrsets, or the reply that refuses it.
std::optional<SimReply> importedRrsets(const QString &text, const QString &zone, qint64 zoneId, QVector<QJsonObject> *rrsets,
                                       std::optional<qint64> *defaultTtl)
{
    const ZoneFileContent content = parseZoneFile(text, zone);
    QStringList errors = content.errors;
    bool soa = false;
    QStringList ns;
    for (const ZoneFileRecord &record : content.records) {
        soa = soa || (record.type == QLatin1String("SOA") && record.name == QLatin1String("@"));
        if (record.type == QLatin1String("NS") && record.name == QLatin1String("@"))
            ns.append(record.value.toLower());
        QJsonObject *found = nullptr;
        for (QJsonObject &rrset : *rrsets) {
            if (rrset.value(QLatin1String("name")).toString() == record.name && rrset.value(QLatin1String("type")).toString() == record.type)
                found = &rrset;
        }
        if (!found) {
            rrsets->append(makeRrset(zoneId, record.name, record.type, record.ttl ? QJsonValue(*record.ttl) : QJsonValue(), {}));
            found = &rrsets->last();
        }
        QJsonArray records = found->value(QLatin1String("records")).toArray();
        const QJsonObject entry{{QStringLiteral("value"), record.value}};
        if (!records.contains(entry))
            records.append(entry);
        found->insert(QStringLiteral("records"), records);
    }
    if (errors.isEmpty() && !soa)
        errors.append(QStringLiteral("the zone file has no SOA record"));
    for (const QString &assigned : assignedNameservers()) {
        if (errors.isEmpty() && !ns.contains(assigned + QLatin1Char('.')))
            errors.append(QStringLiteral("the assigned nameserver %1. must be an NS record of the apex").arg(assigned));
    }
    if (!errors.isEmpty()) {
        QJsonArray messages;
        for (const QString &e : errors)
            messages.append(e);
        const QJsonObject details{{QStringLiteral("fields"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("zonefile")},
                                                                                   {QStringLiteral("messages"), messages}}}}};
        return SimReply::error(400, QStringLiteral("invalid_input"), QStringLiteral("invalid zone file: %1").arg(errors.first()), details);
    }
    *defaultTtl = content.defaultTtl;
    return std::nullopt;
}

void replaceRrsets(SimProject &project, qint64 zone, const QVector<QJsonObject> &rrsets)
{
    for (const QJsonObject &old : zoneRrsets(project, zone))
        removeRrset(project, zone, old.value(QLatin1String("name")).toString(), old.value(QLatin1String("type")).toString());
    for (const QJsonObject &rrset : rrsets)
        putRrset(project, rrset);
}

std::optional<SimReply> checkPrimary(const QJsonObject &zone)
{
    if (zone.value(QLatin1String("mode")).toString() != QLatin1String("primary"))
        return SimReply::error(422, QStringLiteral("incorrect_zone_mode"), QStringLiteral("this operation is only for zones in primary mode"));
    return std::nullopt;
}

SimReply create(RouteContext &c, const QJsonObject &body)
{
    Problems problems;
    const QString name = body.value(QLatin1String("name")).toString();
    if (const QString problem = zoneNameProblem(name); !problem.isEmpty())
        problems.append({QStringLiteral("name"), problem});
    const QString mode = body.value(QLatin1String("mode")).toString();
    if (mode != QLatin1String("primary") && mode != QLatin1String("secondary"))
        problems.append({QStringLiteral("mode"), QStringLiteral("must be primary or secondary")});
    checkTtl(body.value(QLatin1String("ttl")), QStringLiteral("ttl"), &problems);
    checkLabels(body.value(QLatin1String("labels")), &problems);
    QJsonArray primaries;
    if (mode == QLatin1String("secondary"))
        primaries = checkNameservers(body.value(QLatin1String("primary_nameservers")), &problems);
    if (mode == QLatin1String("primary") && body.contains(QLatin1String("rrsets")) && body.contains(QLatin1String("zonefile")))
        problems.append({QStringLiteral("zonefile"), QStringLiteral("give rrsets or a zone file, not both")});
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (zoneId(c.project, name))
        return SimReply::uniquenessError(QStringLiteral("name"), QStringLiteral("zone %1 exists already").arg(name));

    const qint64 id = c.project.allocateId(kZones);
    QVector<QJsonObject> rrsets;
    qint64 ttl = body.value(QLatin1String("ttl")).toInteger(3600);
    if (mode == QLatin1String("primary") && body.contains(QLatin1String("zonefile"))) {
        std::optional<qint64> fileTtl;
        if (auto refused = importedRrsets(body.value(QLatin1String("zonefile")).toString(), name, id, &rrsets, &fileTtl))
            return *refused;
        ttl = fileTtl.value_or(ttl);
    } else if (mode == QLatin1String("primary")) {
        const QJsonArray in = body.value(QLatin1String("rrsets")).toArray();
        for (int i = 0; i < in.size(); ++i) {
            const QJsonObject r = in.at(i).toObject();
            const QString field = QStringLiteral("rrsets[%1]").arg(i);
            const QString rrName = r.value(QLatin1String("name")).toString();
            const QString type = r.value(QLatin1String("type")).toString();
            if (const QString problem = rrsetNameProblem(rrName, name); !problem.isEmpty())
                problems.append({field + QStringLiteral(".name"), problem});
            if (!rrsetTypes().contains(type))
                problems.append({field + QStringLiteral(".type"), QStringLiteral("is not a record type the API supports")});
            checkTtl(r.value(QLatin1String("ttl")), field + QStringLiteral(".ttl"), &problems, true);
            QJsonArray records;
            const QJsonArray inRecords = r.value(QLatin1String("records")).toArray();
            for (int k = 0; k < inRecords.size(); ++k) {
                const QString value = normalizedValue(inRecords.at(k)[QLatin1String("value")].toString());
                if (const QString problem = recordProblem(type, value); !problem.isEmpty())
                    problems.append({field + QStringLiteral(".records[%1].value").arg(k), problem});
                records.append(QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("comment"), inRecords.at(k)[QLatin1String("comment")].toString()}});
            }
            rrsets.append(makeRrset(id, rrName, type, r.value(QLatin1String("ttl")), records, r.value(QLatin1String("labels")).toObject()));
        }
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
    }
    c.project.collection(kZones).insert(id, makeZone(id, name, mode, ttl, body.value(QLatin1String("labels")).toObject(), primaries,
                                                      c.project.actions().nowMs() / 1000));
    if (mode == QLatin1String("primary")) {
        addDefaultRecords(c.project, id);
        for (const QJsonObject &rrset : rrsets)
            putRrset(c.project, rrset);
    }
    const QJsonObject action = startZoneAction(c.project, id, QStringLiteral("create_zone"), {});
    zoneChanged(c.project, id);
    return created(kRef.type, c.project.collection(kZones).value(id), action);
}

SimReply update(RouteContext &c, qint64 id)
{
    PutRules rules;
    rules.fields = QStringList{QStringLiteral("labels")};
    rules.refusal = QStringLiteral("cannot be changed; only labels can");
    return withBody(c.request, [&](const QJsonObject &body) { return applyPut(c.project, kRef, id, body, rules); });
}

SimReply remove(RouteContext &c, qint64 id)
{
    if (auto refused = checkFree(c.project, kRef, id))
        return *refused;
    if (auto refused = checkNotProtected(kRef, id, c.project.collection(kZones).value(id)))
        return *refused;
    const QJsonObject action = c.project.actions().start(c.project, QStringLiteral("delete_zone"), {actionResource(kRef.type, id)}, {});
    for (const QJsonObject &rrset : zoneRrsets(c.project, id))
        removeRrset(c.project, id, rrset.value(QLatin1String("name")).toString(), rrset.value(QLatin1String("type")).toString());
    c.project.collection(kZones).remove(id);
    return started(action);
}

// POST zones/{id_or_name}/actions/<command> with its body.
void addAction(SimRouter &router, const char *command, std::function<SimReply(RouteContext &, qint64, const QJsonObject &, const QJsonObject &)> handler)
{
    addZoneRoute(router, "POST", QStringLiteral("/actions/") + QLatin1String(command), [handler](RouteContext &c, qint64 id) {
        return withBody(c.request, [&](const QJsonObject &body) { return handler(c, id, body, c.project.collection(kZones).value(id)); });
    });
}

void addActions(SimRouter &router)
{
    addAction(router, "change_protection", [](RouteContext &c, qint64 id, const QJsonObject &body, const QJsonObject &) {
        return changeSingleProtection(c.project, kZones, id, body, QStringLiteral("delete"), startZoneAction);
    });
    addAction(router, "change_ttl", [](RouteContext &c, qint64 id, const QJsonObject &body, const QJsonObject &zone) {
        if (auto refused = checkPrimary(zone))
            return *refused;
        Problems problems;
        if (!body.contains(QLatin1String("ttl")))
            problems.append({QStringLiteral("ttl"), QStringLiteral("Missing data for required field.")});
        checkTtl(body.value(QLatin1String("ttl")), QStringLiteral("ttl"), &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        const qint64 ttl = body.value(QLatin1String("ttl")).toInteger();
        return started(startZoneAction(c.project, id, QStringLiteral("change_ttl"),
                                       [id, ttl](SimProject &p) { p.collection(kZones)[id].insert(QStringLiteral("ttl"), ttl); }));
    });
    addAction(router, "change_primary_nameservers", [](RouteContext &c, qint64 id, const QJsonObject &body, const QJsonObject &zone) {
        if (zone.value(QLatin1String("mode")).toString() != QLatin1String("secondary"))
            return SimReply::error(422, QStringLiteral("incorrect_zone_mode"), QStringLiteral("this operation is only for zones in secondary mode"));
        Problems problems;
        const QJsonArray primaries = checkNameservers(body.value(QLatin1String("primary_nameservers")), &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        return started(startZoneAction(c.project, id, QStringLiteral("change_primary_nameservers"), [id, primaries](SimProject &p) {
            p.collection(kZones)[id].insert(QStringLiteral("primary_nameservers"), primaries);
        }));
    });
    addAction(router, "import_zonefile", [](RouteContext &c, qint64 id, const QJsonObject &body, const QJsonObject &zone) {
        if (auto refused = checkPrimary(zone))
            return *refused;
        if (!body.value(QLatin1String("zonefile")).isString())
            return SimReply::invalidInput(QStringLiteral("zonefile"), QStringLiteral("Missing data for required field."));
        for (const QJsonObject &rrset : zoneRrsets(c.project, id)) {
            if (rrset.value(QLatin1String("protection"))[QLatin1String("change")].toBool())
                return SimReply::error(422, QStringLiteral("protected"),
                                       QStringLiteral("rrset %1 is protected against changes; the import would replace it")
                                           .arg(rrset.value(QLatin1String("id")).toString()));
        }
        QVector<QJsonObject> rrsets;
        std::optional<qint64> ttl;
        if (auto refused = importedRrsets(body.value(QLatin1String("zonefile")).toString(), zone.value(QLatin1String("name")).toString(), id,
                                          &rrsets, &ttl))
            return *refused;
        return started(startZoneAction(c.project, id, QStringLiteral("import_zonefile"), [id, rrsets, ttl](SimProject &p) {
            replaceRrsets(p, id, rrsets);
            if (ttl)
                p.collection(kZones)[id].insert(QStringLiteral("ttl"), *ttl);
        }));
    });
}

}  // namespace

void addZoneRoutes(SimRouter &router)
{
    router.add("POST", kZones, bodyRoute(create));
    addZoneRoute(router, "GET", QString(), [](RouteContext &c, qint64 id) {
        return SimReply::json(QJsonObject{{QStringLiteral("zone"), c.project.collection(kZones).value(id)}});
    });
    addZoneRoute(router, "PUT", QString(), update);
    addZoneRoute(router, "DELETE", QString(), remove);
    addZoneRoute(router, "GET", QStringLiteral("/zonefile"), [](RouteContext &c, qint64 id) {
        const QJsonObject zone = c.project.collection(kZones).value(id);
        if (auto refused = checkPrimary(zone))
            return *refused;
        QJsonArray rrsets;
        for (const QJsonObject &rrset : zoneRrsets(c.project, id))
            rrsets.append(rrset);
        const QString text = writeZoneFile(zone.value(QLatin1String("name")).toString(), zone.value(QLatin1String("ttl")).toInteger(), rrsets);
        return SimReply::json(QJsonObject{{QStringLiteral("zonefile"), text}});
    });
    addActions(router);
}

}  // namespace hcloud::sim
