#include "core/sim/ipaddresses.h"

#include "core/sim/kindroutes.h"
#include "core/sim/simproject.h"

#include <QHostAddress>

namespace hcloud::sim {

QString allocateAddress(SimProject &project, const QString &type)
{
    if (type == QLatin1String("ipv4"))
        return project.allocateIpv4();
    if (type == QLatin1String("ipv6"))
        return project.allocateIpv6Network();
    return QString();
}

QJsonArray defaultDnsPtr(const QString &ip)
{
    if (ip.contains(QLatin1Char('/')))
        return QJsonArray();
    return QJsonArray{QJsonObject{{QStringLiteral("ip"), ip},
                                  {QStringLiteral("dns_ptr"), QStringLiteral("static.%1.example.com").arg(ip)}}};
}

bool addressBelongs(const QString &ip, const QString &ownIp)
{
    const QHostAddress address(ip);
    if (address.isNull())
        return false;
    if (!ownIp.contains(QLatin1Char('/')))
        return address.isEqual(QHostAddress(ownIp));
    return address.isInSubnet(QHostAddress::parseSubnet(ownIp));
}

QJsonArray withDnsPtr(const QJsonArray &entries, const QString &ip, const QJsonValue &ptr, const QString &ownIp)
{
    QJsonArray result;
    for (const QJsonValue &entry : entries) {
        if (entry[QLatin1String("ip")].toString() != ip)
            result.append(entry);
    }
    if (ptr.isString())
        result.append(QJsonObject{{QStringLiteral("ip"), ip}, {QStringLiteral("dns_ptr"), ptr}});
    else if (!ownIp.contains(QLatin1Char('/')))
        result = defaultDnsPtr(ownIp);
    return result;
}

void addChangeDnsPtr(SimRouter &router, const KindRef &kind, std::function<void(SimProject &, qint64 id)> changed)
{
    addObjectAction(router, kind, "change_dns_ptr", [kind, changed](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &object) {
        const QString ip = body.value(QLatin1String("ip")).toString();
        const QJsonValue ptr = body.value(QLatin1String("dns_ptr"));
        Problems problems;
        if (ip.isEmpty())
            problems.append({QStringLiteral("ip"), QStringLiteral("Missing data for required field.")});
        else if (!addressBelongs(ip, object.value(QLatin1String("ip")).toString()))
            problems.append({QStringLiteral("ip"), QStringLiteral("ip does not belong to the %1").arg(kind.type)});
        if (!ptr.isNull() && !(ptr.isString() && !ptr.toString().isEmpty()))
            problems.append({QStringLiteral("dns_ptr"), QStringLiteral("must be a domain name or null")});
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        return started(startChange(c.project, kind, id, QStringLiteral("change_dns_ptr"), [id, ip, ptr, changed](SimProject &p, QJsonObject &changing) {
            changing.insert(QStringLiteral("dns_ptr"), withDnsPtr(changing.value(QLatin1String("dns_ptr")).toArray(), ip, ptr,
                                                                changing.value(QLatin1String("ip")).toString()));
            if (changed)
                changed(p, id);
        }));
    });
}

}  // namespace hcloud::sim
