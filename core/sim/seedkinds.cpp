#include "core/sim/seedkinds.h"

#include "core/sim/floatingips.h"
#include "core/sim/jsonshapes.h"
#include "core/sim/seed.h"
#include "core/sim/simproject.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hcloud::sim {

namespace {

QJsonObject protection(bool deleteProtected)
{
    return QJsonObject{{QStringLiteral("delete"), deleteProtected}};
}

// The first `count` servers by id: deterministic, and they exist in every
// project with at least that many servers.
QVector<qint64> firstServers(SimProject &project, int count)
{
    QVector<qint64> ids;
    const Collection &servers = project.collection(QStringLiteral("servers"));
    for (auto it = servers.cbegin(); it != servers.cend() && ids.size() < count; ++it)
        ids.append(it.key());
    return ids;
}

void seedFloatingIps(SimProject &project, const QVector<qint64> &servers)
{
    Collection &serverRows = project.collection(QStringLiteral("servers"));
    const QString kind = QStringLiteral("floating_ips");
    for (int i = 0; i < 2; ++i) {
        const QString ip = project.allocateIpv4();
        if (ip.isEmpty())
            return;
        const qint64 id = project.allocateId(kind);
        const qint64 serverId = i == 0 && !servers.isEmpty() ? servers.first() : 0;
        const QJsonObject location = serverId ? serverRows[serverId].value(QStringLiteral("location")).toObject()
                                   : serverRows.isEmpty() ? QJsonObject()
                                                          : serverRows.last().value(QStringLiteral("location")).toObject();
        const QString ptr = QStringLiteral("static.%1.example.com").arg(ip);
        project.collection(kind).insert(
            id, QJsonObject{{QStringLiteral("id"), id},
                            {QStringLiteral("name"), i == 0 ? QStringLiteral("web-vip") : QStringLiteral("spare-ip")},
                            {QStringLiteral("description"), i == 0 ? QJsonValue(QStringLiteral("Web entry point")) : QJsonValue()},
                            {QStringLiteral("ip"), ip},
                            {QStringLiteral("type"), QStringLiteral("ipv4")},
                            {QStringLiteral("server"), QJsonValue()},
                            {QStringLiteral("dns_ptr"), QJsonArray{QJsonObject{{QStringLiteral("ip"), ip},
                                                                               {QStringLiteral("dns_ptr"), ptr}}}},
                            {QStringLiteral("home_location"), location},
                            {QStringLiteral("blocked"), false},
                            {QStringLiteral("protection"), protection(false)},
                            {QStringLiteral("labels"), QJsonObject()},
                            {QStringLiteral("created"), shapes::timestamp(seedEpoch - 86400 * (300 - 50 * i))}});
        // Through the link, so the server lists it in public_net.floating_ips.
        if (serverId)
            linkFloatingIp(project, id, serverId);
    }
}

void seedPlacementGroups(SimProject &project, const QVector<qint64> &servers)
{
    Collection &serverRows = project.collection(QStringLiteral("servers"));
    const QString kind = QStringLiteral("placement_groups");
    const qint64 id = project.allocateId(kind);
    // The two servers after the first spread apart, the way a small HA pair is.
    QJsonArray members;
    for (int i = 1; i < servers.size() && i < 3; ++i)
        members.append(servers[i]);
    const QJsonObject group{{QStringLiteral("id"), id},
                            {QStringLiteral("name"), QStringLiteral("ha-pair")},
                            {QStringLiteral("type"), QStringLiteral("spread")},
                            {QStringLiteral("servers"), members},
                            {QStringLiteral("labels"), QJsonObject()},
                            {QStringLiteral("created"), shapes::timestamp(seedEpoch - 86400 * 120)}};
    project.collection(kind).insert(id, group);
    for (const QJsonValue &member : members)
        serverRows[member.toInteger()].insert(QStringLiteral("placement_group"), group);
}

void seedCertificates(SimProject &project)
{
    const QString kind = QStringLiteral("certificates");
    const qint64 uploadedId = project.allocateId(kind);
    // Not a real certificate: the API only echoes the PEM text back.
    const QString pem = QStringLiteral("-----BEGIN CERTIFICATE-----\nU2ltdWxhdGVkIGNlcnRpZmljYXRlICVs\n-----END CERTIFICATE-----\n");
    project.collection(kind).insert(
        uploadedId,
        QJsonObject{{QStringLiteral("id"), uploadedId},
                    {QStringLiteral("name"), QStringLiteral("legacy-wildcard")},
                    {QStringLiteral("type"), QStringLiteral("uploaded")},
                    {QStringLiteral("certificate"), pem},
                    {QStringLiteral("fingerprint"), QStringLiteral("03:c7:55:9b:2a:d1:c6:ac:70:0c:d4:4d:2b:55:5b:b4:3a:d1:7c:a9:28:51:21:a6:1d:f8:43:46:74:0e:b6:65")},
                    {QStringLiteral("domain_names"), QJsonArray{QStringLiteral("*.example.com")}},
                    {QStringLiteral("not_valid_before"), shapes::timestamp(seedEpoch - 86400 * 100)},
                    {QStringLiteral("not_valid_after"), shapes::timestamp(seedEpoch + 86400 * 265)},
                    {QStringLiteral("status"), QJsonValue()},
                    {QStringLiteral("used_by"), QJsonArray()},
                    {QStringLiteral("labels"), QJsonObject()},
                    {QStringLiteral("created"), shapes::timestamp(seedEpoch - 86400 * 100)}});
    const qint64 managedId = project.allocateId(kind);
    project.collection(kind).insert(
        managedId,
        QJsonObject{{QStringLiteral("id"), managedId},
                    {QStringLiteral("name"), QStringLiteral("shop-managed")},
                    {QStringLiteral("type"), QStringLiteral("managed")},
                    {QStringLiteral("certificate"), pem},
                    {QStringLiteral("fingerprint"), QStringLiteral("5e:1a:0f:6b:93:2c:44:d0:7e:a2:1b:c8:90:3f:6d:e4:a7:11:c2:5b:08:9d:f3:6e:21:ab:40:77:c9:1d:e8:32")},
                    {QStringLiteral("domain_names"), QJsonArray{QStringLiteral("shop.example.com"), QStringLiteral("www.shop.example.com")}},
                    {QStringLiteral("not_valid_before"), shapes::timestamp(seedEpoch - 86400 * 30)},
                    {QStringLiteral("not_valid_after"), shapes::timestamp(seedEpoch + 86400 * 60)},
                    {QStringLiteral("status"), QJsonObject{{QStringLiteral("issuance"), QStringLiteral("completed")},
                                                           {QStringLiteral("renewal"), QStringLiteral("unavailable")},
                                                           {QStringLiteral("error"), QJsonValue()}}},
                    {QStringLiteral("used_by"), QJsonArray()},
                    {QStringLiteral("labels"), QJsonObject{{QStringLiteral("app"), QStringLiteral("shop")}}},
                    {QStringLiteral("created"), shapes::timestamp(seedEpoch - 86400 * 30)}});
}

QJsonObject rule(const char *direction, const char *protocol, const QJsonValue &port, const QJsonArray &ips,
                 const char *description)
{
    const bool in = QLatin1String(direction) == QLatin1String("in");
    return QJsonObject{{QStringLiteral("direction"), QString::fromLatin1(direction)},
                       {QStringLiteral("protocol"), QString::fromLatin1(protocol)},
                       {QStringLiteral("port"), port},
                       {QStringLiteral("source_ips"), in ? ips : QJsonArray()},
                       {QStringLiteral("destination_ips"), in ? QJsonArray() : ips},
                       {QStringLiteral("description"), QString::fromLatin1(description)}};
}

// One firewall for the web tier applied to the first server (which lists it
// in public_net.firewalls), and one unused.
void seedFirewalls(SimProject &project, const QVector<qint64> &servers)
{
    Collection &serverRows = project.collection(QStringLiteral("servers"));
    const QString kind = QStringLiteral("firewalls");
    const QJsonArray anywhere{QStringLiteral("0.0.0.0/0"), QStringLiteral("::/0")};
    const qint64 webId = project.allocateId(kind);
    QJsonArray appliedTo;
    if (!servers.isEmpty()) {
        appliedTo.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("server")},
                                     {QStringLiteral("server"), QJsonObject{{QStringLiteral("id"), servers.first()}}}});
        QJsonObject &server = serverRows[servers.first()];
        QJsonObject publicNet = server.value(QStringLiteral("public_net")).toObject();
        QJsonArray firewalls = publicNet.value(QStringLiteral("firewalls")).toArray();
        firewalls.append(QJsonObject{{QStringLiteral("id"), webId}, {QStringLiteral("status"), QStringLiteral("applied")}});
        publicNet.insert(QStringLiteral("firewalls"), firewalls);
        server.insert(QStringLiteral("public_net"), publicNet);
    }
    project.collection(kind).insert(
        webId, QJsonObject{{QStringLiteral("id"), webId},
                           {QStringLiteral("name"), QStringLiteral("web")},
                           {QStringLiteral("labels"), QJsonObject{{QStringLiteral("tier"), QStringLiteral("web")}}},
                           {QStringLiteral("created"), shapes::timestamp(seedEpoch - 86400 * 250)},
                           {QStringLiteral("rules"), QJsonArray{rule("in", "tcp", QStringLiteral("443"), anywhere, "HTTPS"),
                                                                rule("in", "tcp", QStringLiteral("22"),
                                                                     QJsonArray{QStringLiteral("198.51.100.0/24")}, "SSH from office"),
                                                                rule("in", "icmp", QJsonValue(), anywhere, "ping")}},
                           {QStringLiteral("applied_to"), appliedTo}});
    const qint64 spareId = project.allocateId(kind);
    project.collection(kind).insert(
        spareId, QJsonObject{{QStringLiteral("id"), spareId},
                             {QStringLiteral("name"), QStringLiteral("lockdown")},
                             {QStringLiteral("labels"), QJsonObject()},
                             {QStringLiteral("created"), shapes::timestamp(seedEpoch - 86400 * 90)},
                             {QStringLiteral("rules"), QJsonArray()},
                             {QStringLiteral("applied_to"), QJsonArray()}});
}

// A snapshot taken before an upgrade, and a backup of a server that has
// backups on: the project's own images, which it can change and delete.
void seedImages(SimProject &project, const QVector<qint64> &servers)
{
    Collection &serverRows = project.collection(QStringLiteral("servers"));
    Collection &images = project.collection(QStringLiteral("images"));
    for (int i = 0; i < std::min<int>(2, servers.size()); ++i) {
        const QJsonObject server = serverRows.value(servers.at(i));
        const bool backup = i == 1;
        const qint64 id = project.allocateId(QStringLiteral("images"));
        QJsonObject image = server.value(QStringLiteral("image")).toObject();
        image.insert(QStringLiteral("id"), id);
        image.insert(QStringLiteral("type"), backup ? QStringLiteral("backup") : QStringLiteral("snapshot"));
        image.insert(QStringLiteral("status"), QStringLiteral("available"));
        image.insert(QStringLiteral("name"), QJsonValue());
        image.insert(QStringLiteral("description"), backup ? QStringLiteral("%1 nightly backup").arg(server.value(QStringLiteral("name")).toString())
                                                           : QStringLiteral("%1 before upgrade").arg(server.value(QStringLiteral("name")).toString()));
        image.insert(QStringLiteral("image_size"), 3.2 + i);
        image.insert(QStringLiteral("disk_size"), server.value(QStringLiteral("server_type"))[QStringLiteral("disk")].toDouble());
        image.insert(QStringLiteral("created"), shapes::timestamp(seedEpoch - 86400 * (20 - 10 * i)));
        image.insert(QStringLiteral("created_from"), QJsonObject{{QStringLiteral("id"), servers.at(i)},
                                                                 {QStringLiteral("name"), server.value(QStringLiteral("name"))}});
        image.insert(QStringLiteral("bound_to"), backup ? QJsonValue(servers.at(i)) : QJsonValue());
        image.insert(QStringLiteral("rapid_deploy"), false);
        image.insert(QStringLiteral("deprecated"), QJsonValue());
        image.insert(QStringLiteral("deleted"), QJsonValue());
        image.insert(QStringLiteral("protection"), QJsonObject{{QStringLiteral("delete"), false}});
        image.insert(QStringLiteral("labels"), QJsonObject());
        images.insert(id, image);
    }
}

}  // namespace

void seedOtherKinds(SimProject &project)
{
    const QVector<qint64> servers = firstServers(project, 3);
    seedFloatingIps(project, servers);
    seedPlacementGroups(project, servers);
    seedCertificates(project);
    seedImages(project, servers);
    seedFirewalls(project, servers);
}

}  // namespace hcloud::sim
