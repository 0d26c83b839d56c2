#include "core/sim/serverfactory.h"

#include "core/sim/catalog.h"
#include "core/sim/jsonshapes.h"
#include "core/sim/primaryips.h"
#include "core/sim/simproject.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

QJsonValue ipv4Object(SimProject &project, const ServerSpec &spec)
{
    const QString ip = spec.withIpv4 ? project.allocateIpv4() : QString();
    if (ip.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("id"), project.allocatePrimaryIpId()},
        {QStringLiteral("ip"), ip},
        {QStringLiteral("blocked"), false},
        {QStringLiteral("dns_ptr"), spec.name + QStringLiteral(".example.com")},
    };
}

QJsonObject ipv6Object(SimProject &project)
{
    return QJsonObject{
        {QStringLiteral("id"), project.allocatePrimaryIpId()},
        {QStringLiteral("ip"), project.allocateIpv6Network()},
        {QStringLiteral("blocked"), false},
        {QStringLiteral("dns_ptr"), QJsonArray()},
    };
}

QJsonValue imageFor(const ServerSpec &spec, const QString &architecture, bool *ok)
{
    *ok = true;
    if (spec.image.isEmpty())
        return QJsonValue::Null;
    const ImageInfo *image = catalog::image(spec.image, architecture);
    if (!image) {
        *ok = false;
        return QJsonValue::Null;
    }
    return shapes::image(*image);
}

QJsonValue isoFor(const ServerSpec &spec, const QString &architecture)
{
    if (!spec.image.isEmpty())
        return QJsonValue::Null;
    for (const auto &iso : catalog::isos()) {
        if (iso.architecture == architecture)
            return shapes::iso(iso);
    }
    return QJsonValue::Null;
}

}  // namespace

const QStringList &serverStatuses()
{
    static const QStringList statuses{
        QStringLiteral("running"),   QStringLiteral("initializing"), QStringLiteral("starting"),
        QStringLiteral("stopping"),  QStringLiteral("off"),          QStringLiteral("deleting"),
        QStringLiteral("migrating"), QStringLiteral("rebuilding"),   QStringLiteral("unknown"),
    };
    return statuses;
}

QJsonObject makeServer(SimProject &project, const ServerSpec &spec)
{
    const ServerTypeInfo *type = catalog::serverType(spec.serverType);
    const LocationInfo *location = catalog::location(spec.location);
    const DatacenterInfo *datacenter = catalog::datacenterIn(spec.location);
    if (!type || !location || !datacenter || !type->locations.contains(spec.location))
        return QJsonObject();
    bool imageOk = false;
    const QJsonValue image = imageFor(spec, type->architecture, &imageOk);
    if (!imageOk)
        return QJsonObject();

    const QJsonObject publicNet{
        {QStringLiteral("ipv4"), ipv4Object(project, spec)},
        {QStringLiteral("ipv6"), spec.withIpv6 ? QJsonValue(ipv6Object(project)) : QJsonValue()},
        {QStringLiteral("floating_ips"), QJsonArray()},
        {QStringLiteral("firewalls"), QJsonArray()},
    };
    const bool busy = spec.status == QLatin1String("migrating") || spec.status == QLatin1String("rebuilding");

    const QJsonObject server{
        {QStringLiteral("id"), spec.id},
        {QStringLiteral("name"), spec.name},
        {QStringLiteral("status"), spec.status},
        {QStringLiteral("created"), shapes::timestamp(spec.created)},
        {QStringLiteral("public_net"), publicNet},
        {QStringLiteral("private_net"), QJsonArray()},
        {QStringLiteral("server_type"), shapes::serverType(*type)},
        {QStringLiteral("datacenter"), shapes::datacenter(*datacenter)},
        {QStringLiteral("location"), shapes::location(*location)},
        {QStringLiteral("image"), image},
        {QStringLiteral("iso"), isoFor(spec, type->architecture)},
        {QStringLiteral("rescue_enabled"), spec.rescueEnabled},
        {QStringLiteral("locked"), busy},
        {QStringLiteral("backup_window"),
         spec.backupWindow.isEmpty() ? QJsonValue() : QJsonValue(spec.backupWindow)},
        {QStringLiteral("outgoing_traffic"), spec.outgoingTraffic},
        {QStringLiteral("ingoing_traffic"), spec.ingoingTraffic},
        {QStringLiteral("included_traffic"), catalog::includedTrafficBytes(location->networkZone)},
        // The API keeps both flags equal: rebuild protection follows delete.
        {QStringLiteral("protection"),
         QJsonObject{
             {QStringLiteral("delete"), spec.protectedFromDelete},
             {QStringLiteral("rebuild"), spec.protectedFromDelete},
         }},
        {QStringLiteral("labels"), spec.labels},
        {QStringLiteral("volumes"), QJsonArray()},
        {QStringLiteral("load_balancers"), QJsonArray()},
        {QStringLiteral("primary_disk_size"), type->diskGb},
        {QStringLiteral("placement_group"), QJsonValue::Null},
    };
    // public_net names primary IPs by id: they exist as objects too.
    addServerPrimaryIps(project, server, spec.created);
    return server;
}

QJsonObject makeAction(qint64 id, const QString &command, const QString &status, int progress, qint64 started,
                       qint64 finished, const QString &resourceType, qint64 resourceId)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("command"), command},
        {QStringLiteral("status"), status},
        {QStringLiteral("progress"), progress},
        {QStringLiteral("started"), shapes::timestamp(started)},
        {QStringLiteral("finished"), finished > 0 ? QJsonValue(shapes::timestamp(finished)) : QJsonValue()},
        {QStringLiteral("resources"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), resourceId},
             {QStringLiteral("type"), resourceType},
         }}},
        {QStringLiteral("error"), QJsonValue::Null},
    };
}

}  // namespace hcloud::sim
