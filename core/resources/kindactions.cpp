#include "core/resources/kindactions.h"
#include "core/resources/actionparts.h"

#include "core/resources/resourcekind.h"
#include "core/resources/serveractionlist.h"
#include "core/resources/storageboxactions.h"
#include "core/resources/zoneactions.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>

namespace hcloud {
namespace {

using namespace actionparts;

ResourceAction create(const QString &kind, const char *title, QVector<ActionField> fields)
{
    ResourceAction a = action(QStringLiteral("create"), title, QStringLiteral("POST"), QLatin1Char('/') + kind, std::move(fields));
    a.forObject = false;
    return a;
}

ResourceAction post(const QString &kind, const QString &name, const char *title, QVector<ActionField> fields = {})
{
    return action(name, title, QStringLiteral("POST"), QStringLiteral("/%1/{id}/actions/%2").arg(kind, name), std::move(fields));
}

// The actions every kind has: edit name and labels, protection (when it has one), delete.
void addGeneric(QVector<ResourceAction> &list, const QString &kind, bool hasProtection)
{
    ResourceAction edit = action(QStringLiteral("edit"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Edit name and labels"), QStringLiteral("PUT"),
                                 QStringLiteral("/%1/{id}").arg(kind));
    edit.fields = {fromObject(field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Name"), ActionField::Text, true), QStringLiteral("name")),
                   fromObject(field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels), QStringLiteral("labels"))};
    list.append(edit);

    if (hasProtection) {
        list.append(post(kind, QStringLiteral("change_protection"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Change protection"),
                         {fromObject(field(QStringLiteral("delete"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete protection"), ActionField::Bool),
                                     QStringLiteral("protection.delete"))}));
    }

    ResourceAction del = action(QStringLiteral("delete"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete"), QStringLiteral("DELETE"),
                                QStringLiteral("/%1/{id}").arg(kind));
    del.confirmation = translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete this object? This cannot be undone."));
    del.typeNameToConfirm = true;
    if (hasProtection) {
        del.whyNot = [](const QJsonObject &o) {
            return protectedFromDelete(o) ? translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete protection is on")) : QString();
        };
    }
    list.append(del);
}

// A server action about the selected object ("attach this network to a
// server"): the server is chosen in the form, the object's id is sent as `as`.
ResourceAction onServer(const QString &command, const char *title, const QString &as, QVector<ActionField> more = {})
{
    ResourceAction a = action(command, title, QStringLiteral("POST"), QStringLiteral("/servers/{server}/actions/") + command);
    ActionField server = choice(QStringLiteral("server"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Server"), QStringLiteral("servers"), true);
    server.inPath = true;
    a.fields = QVector<ActionField>{server} + more;
    a.objectIdAs = as;
    return a;
}

// An action that picks an entry of the object's array needs one to pick.
ResourceAction picking(ResourceAction a, const char *reasonWhenEmpty)
{
    const QString key = a.fields.first().key;
    a.whyNot = [key, reasonWhenEmpty](const QJsonObject &o) {
        return o.value(key).toArray().isEmpty() ? translated(reasonWhenEmpty) : QString();
    };
    return a;
}

QVector<ResourceAction> volumes()
{
    const QString k = QStringLiteral("volumes");
    ResourceAction attach = post(k, QStringLiteral("attach"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Attach"),
                                 {choice(QStringLiteral("server"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Server"), QStringLiteral("servers"), true),
                                  field(QStringLiteral("automount"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Automount"), ActionField::Bool)});
    attach.whyNot = needsNone(QStringLiteral("server"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Already attached to a server"));
    ResourceAction detach = post(k, QStringLiteral("detach"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Detach"));
    detach.whyNot = needs(QStringLiteral("server"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Not attached to a server"));
    QVector<ResourceAction> list{
        create(k, QT_TRANSLATE_NOOP("hcloud::KindActions", "Create volume"),
               {field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Name"), ActionField::Text, true),
                number(QStringLiteral("size"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Size (GB)"), 10, 10240),
                choice(QStringLiteral("location"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Location"), QStringLiteral("locations")),
                choice(QStringLiteral("server"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Server"), QStringLiteral("servers")),
                fixedChoice(QStringLiteral("format"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Format"), {QStringLiteral("ext4"), QStringLiteral("xfs")}),
                field(QStringLiteral("automount"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Automount"), ActionField::Bool),
                field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels)}),
        attach, detach,
        post(k, QStringLiteral("resize"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Resize"),
             {fromObject(number(QStringLiteral("size"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Size (GB)"), 10, 10240), QStringLiteral("size"))})};
    addGeneric(list, k, true);
    return list;
}

QVector<ResourceAction> networks()
{
    const QString k = QStringLiteral("networks");
    const QVector<ActionField> subnet{
        fixedChoice(QStringLiteral("type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Type"), {QStringLiteral("cloud"), QStringLiteral("server"),
                                                     QStringLiteral("vswitch")}),
        field(QStringLiteral("ip_range"), QT_TRANSLATE_NOOP("hcloud::KindActions", "IP range"), ActionField::Text),
        choice(QStringLiteral("network_zone"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Network zone"), QStringLiteral("network_zones"), true),
        number(QStringLiteral("vswitch_id"), "vSwitch ID", 0, 0, false)};
    const QVector<ActionField> route{field(QStringLiteral("destination"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Destination"), ActionField::Text, true),
                                     field(QStringLiteral("gateway"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Gateway"), ActionField::Text, true)};
    const QVector<ActionField> deleteSubnet{element(QStringLiteral("subnets"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Subnet"), {QStringLiteral("ip_range")})};
    const QVector<ActionField> deleteRoute{element(QStringLiteral("routes"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Route"),
                                                   {QStringLiteral("destination"), QStringLiteral("gateway")})};
    ResourceAction detachServer = onServer(QStringLiteral("detach_from_network"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Detach a server"),
                                           QStringLiteral("network"));
    detachServer.fields.first().onlyIdsAt = QStringLiteral("servers");
    detachServer.whyNot = [](const QJsonObject &o) {
        return o.value(QStringLiteral("servers")).toArray().isEmpty() ? translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "No server is attached"))
                                                                       : QString();
    };
    QVector<ResourceAction> list{
        create(k, QT_TRANSLATE_NOOP("hcloud::KindActions", "Create network"),
               {field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Name"), ActionField::Text, true),
                field(QStringLiteral("ip_range"), QT_TRANSLATE_NOOP("hcloud::KindActions", "IP range"), ActionField::Text, true),
                field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels)}),
        post(k, QStringLiteral("add_subnet"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Add subnet"), subnet),
        picking(post(k, QStringLiteral("delete_subnet"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete subnet"), deleteSubnet),
                QT_TRANSLATE_NOOP("hcloud::KindActions", "The network has no subnets")),
        post(k, QStringLiteral("add_route"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Add route"), route),
        picking(post(k, QStringLiteral("delete_route"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete route"), deleteRoute),
                QT_TRANSLATE_NOOP("hcloud::KindActions", "The network has no routes")),
        onServer(QStringLiteral("attach_to_network"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Attach a server"), QStringLiteral("network"),
                 {field(QStringLiteral("ip"), QT_TRANSLATE_NOOP("hcloud::KindActions", "IP (empty: the next free one)"), ActionField::Text)}),
        detachServer,
        post(k, QStringLiteral("change_ip_range"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Change IP range"),
             {fromObject(field(QStringLiteral("ip_range"), QT_TRANSLATE_NOOP("hcloud::KindActions", "IP range"), ActionField::Text, true),
                         QStringLiteral("ip_range"))})};
    addGeneric(list, k, true);
    return list;
}

// Floating and primary IPs share assign, unassign and reverse DNS.
void addIpActions(QVector<ResourceAction> &list, const QString &k, const QString &assignee, const char *title)
{
    ResourceAction assign = post(k, QStringLiteral("assign"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Assign"),
                                 {choice(assignee, title, QStringLiteral("servers"), true)});
    if (k == QLatin1String("primary_ips"))
        assign.fields.append(fixedChoice(QStringLiteral("assignee_type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Assignee type"), {QStringLiteral("server")}));
    assign.whyNot = needsNone(k == QLatin1String("primary_ips") ? QStringLiteral("assignee_id") : QStringLiteral("server"),
                              QT_TRANSLATE_NOOP("hcloud::KindActions", "Already assigned"));
    ResourceAction unassign = post(k, QStringLiteral("unassign"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Unassign"));
    unassign.whyNot = needs(k == QLatin1String("primary_ips") ? QStringLiteral("assignee_id") : QStringLiteral("server"),
                            QT_TRANSLATE_NOOP("hcloud::KindActions", "Not assigned"));
    list << assign << unassign
         << post(k, QStringLiteral("change_dns_ptr"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Reverse DNS"),
                 {fromObject(field(QStringLiteral("ip"), QT_TRANSLATE_NOOP("hcloud::KindActions", "IP"), ActionField::Text, true), QStringLiteral("ip")),
                  field(QStringLiteral("dns_ptr"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Reverse DNS name"), ActionField::Text)});
}

QVector<ResourceAction> floatingIps()
{
    const QString k = QStringLiteral("floating_ips");
    QVector<ResourceAction> list{create(
        k, QT_TRANSLATE_NOOP("hcloud::KindActions", "Create floating IP"),
        {fixedChoice(QStringLiteral("type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Type"), {QStringLiteral("ipv4"), QStringLiteral("ipv6")}),
         field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Name"), ActionField::Text),
         choice(QStringLiteral("home_location"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Home location"), QStringLiteral("locations")),
         choice(QStringLiteral("server"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Server"), QStringLiteral("servers")),
         field(QStringLiteral("description"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Description"), ActionField::Text),
         field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels)})};
    addIpActions(list, k, QStringLiteral("server"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Server"));
    addGeneric(list, k, true);
    return list;
}

QVector<ResourceAction> primaryIps()
{
    const QString k = QStringLiteral("primary_ips");
    QVector<ResourceAction> list{create(
        k, QT_TRANSLATE_NOOP("hcloud::KindActions", "Create primary IP"),
        {field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Name"), ActionField::Text, true),
         fixedChoice(QStringLiteral("type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Type"), {QStringLiteral("ipv4"), QStringLiteral("ipv6")}),
         // Unassigned, so placed by location (the API dropped datacenter on 2026-07-01).
         choice(QStringLiteral("location"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Location"), QStringLiteral("locations"), true),
         field(QStringLiteral("auto_delete"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete with its server"), ActionField::Bool),
         field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels)})};
    addIpActions(list, k, QStringLiteral("assignee_id"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Server"));
    addGeneric(list, k, true);
    return list;
}

QVector<ResourceAction> loadBalancers()
{
    const QString k = QStringLiteral("load_balancers");
    // https needs a certificate; the API takes a list of them.
    ActionField certificateChoice = choice(QStringLiteral("http.certificates"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Certificate (https)"),
                                           QStringLiteral("certificates"));
    certificateChoice.asList = true;
    QVector<ResourceAction> list{
        create(k, QT_TRANSLATE_NOOP("hcloud::KindActions", "Create load balancer"),
               {field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Name"), ActionField::Text, true),
                choice(QStringLiteral("load_balancer_type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Type"), QStringLiteral("load_balancer_types"), true),
                choice(QStringLiteral("location"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Location"), QStringLiteral("locations")),
                fixedChoice(QStringLiteral("algorithm.type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Algorithm"),
                            {QStringLiteral("round_robin"), QStringLiteral("least_connections")}),
                choice(QStringLiteral("network"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Network"), QStringLiteral("networks")),
                field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels)}),
        post(k, QStringLiteral("add_service"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Add service"),
             {fixedChoice(QStringLiteral("protocol"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Protocol"),
                          {QStringLiteral("tcp"), QStringLiteral("http"), QStringLiteral("https")}),
              number(QStringLiteral("listen_port"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Listen port"), 1, 65535),
              number(QStringLiteral("destination_port"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Destination port"), 1, 65535),
              field(QStringLiteral("proxyprotocol"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Proxy protocol"), ActionField::Bool),
              certificateChoice}),
        post(k, QStringLiteral("add_target"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Add target"),
             {fixedChoice(QStringLiteral("type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Target type"),
                          {QStringLiteral("server"), QStringLiteral("label_selector"), QStringLiteral("ip")}),
              choice(QStringLiteral("server.id"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Server"), QStringLiteral("servers")),
              field(QStringLiteral("label_selector.selector"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Label selector"), ActionField::Text),
              field(QStringLiteral("ip.ip"), QT_TRANSLATE_NOOP("hcloud::KindActions", "IP"), ActionField::Text),
              field(QStringLiteral("use_private_ip"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Use private IP"), ActionField::Bool)}),
        picking(post(k, QStringLiteral("delete_service"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete service"),
                     {element(QStringLiteral("services"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Service"), {QStringLiteral("listen_port")})}),
                QT_TRANSLATE_NOOP("hcloud::KindActions", "The load balancer has no services")),
        picking(post(k, QStringLiteral("remove_target"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Remove target"),
                     {element(QStringLiteral("targets"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Target"),
                              {QStringLiteral("type"), QStringLiteral("server"), QStringLiteral("label_selector"), QStringLiteral("ip")})}),
                QT_TRANSLATE_NOOP("hcloud::KindActions", "The load balancer has no targets")),
        post(k, QStringLiteral("change_algorithm"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Change algorithm"),
             {fromObject(fixedChoice(QStringLiteral("type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Algorithm"),
                                     {QStringLiteral("round_robin"), QStringLiteral("least_connections")}),
                         QStringLiteral("algorithm.type"))}),
        post(k, QStringLiteral("change_type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Change type"),
             {choice(QStringLiteral("load_balancer_type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Type"), QStringLiteral("load_balancer_types"), true)})};
    addGeneric(list, k, true);
    return list;
}

QVector<ResourceAction> sshKeys()
{
    const QString k = QStringLiteral("ssh_keys");
    QVector<ResourceAction> list{create(k, QT_TRANSLATE_NOOP("hcloud::KindActions", "Add SSH key"),
                                        {field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Name"), ActionField::Text, true),
                                         field(QStringLiteral("public_key"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Public key"), ActionField::Multiline, true),
                                         field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels)})};
    addGeneric(list, k, false);
    return list;
}

QVector<ResourceAction> images()
{
    const QString k = QStringLiteral("images");
    ResourceAction edit = action(QStringLiteral("edit"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Edit description and labels"), QStringLiteral("PUT"),
                                 QStringLiteral("/images/{id}"));
    edit.fields = {fromObject(field(QStringLiteral("description"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Description"), ActionField::Text),
                              QStringLiteral("description")),
                   fromObject(field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels), QStringLiteral("labels"))};
    ResourceAction rebuild = action(QStringLiteral("rebuild_server"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Rebuild a server from this image"),
                                    QStringLiteral("POST"), QStringLiteral("/servers/{server}/actions/rebuild"));
    ActionField server = choice(QStringLiteral("server"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Server"), QStringLiteral("servers"), true);
    server.inPath = true;
    rebuild.fields = {server};
    rebuild.objectIdAs = QStringLiteral("image");
    rebuild.confirmation = translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "Rebuilding replaces everything on the server's disk with this image. Continue?"));
    rebuild.whyNot = [](const QJsonObject &o) {
        return o.value(QStringLiteral("status")).toString() == QLatin1String("available")
                   ? QString() : translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "The image is not available yet"));
    };
    QVector<ResourceAction> list;
    addGeneric(list, k, true);
    list[0] = edit; // images have a description, not a name
    const auto notSystem = [](const QJsonObject &o) {
        const QString type = o.value(QStringLiteral("type")).toString();
        return type == QLatin1String("system") || type == QLatin1String("app")
                   ? translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "Only snapshots and backups can be changed")) : QString();
    };
    list.prepend(rebuild);  // any image, system ones too
    for (ResourceAction &a : list) {
        if (a.id == rebuild.id)
            continue;
        const ResourceAction::Check previous = a.whyNot;
        a.whyNot = [previous, notSystem](const QJsonObject &o) {
            const QString reason = notSystem(o);
            return !reason.isEmpty() || !previous ? reason : previous(o);
        };
    }
    return list;
}

QVector<ResourceAction> certificates()
{
    const QString k = QStringLiteral("certificates");
    ResourceAction upload = create(k, QT_TRANSLATE_NOOP("hcloud::KindActions", "Upload certificate"),
                                   {field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Name"), ActionField::Text, true),
                                    field(QStringLiteral("certificate"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Certificate (PEM)"), ActionField::Multiline, true),
                                    field(QStringLiteral("private_key"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Private key (PEM)"), ActionField::Multiline, true),
                                    field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels)});
    upload.id = QStringLiteral("upload");
    ResourceAction managed = create(k, QT_TRANSLATE_NOOP("hcloud::KindActions", "Managed certificate"),
                                    {field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Name"), ActionField::Text, true),
                                     fixedChoice(QStringLiteral("type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Type"), {QStringLiteral("managed")}),
                                     field(QStringLiteral("domain_names"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Domain names (one a line)"),
                                           ActionField::Lines, true),
                                     field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels)});
    managed.id = QStringLiteral("create_managed");
    QVector<ResourceAction> list{upload, managed};
    addGeneric(list, k, false);
    return list;
}

QVector<ResourceAction> placementGroups()
{
    const QString k = QStringLiteral("placement_groups");
    QVector<ResourceAction> list{create(k, QT_TRANSLATE_NOOP("hcloud::KindActions", "Create placement group"),
                                        {field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Name"), ActionField::Text, true),
                                         fixedChoice(QStringLiteral("type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Type"), {QStringLiteral("spread")}),
                                         field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels)}),
                                 // The API wants the server powered off to join.
                                 onServer(QStringLiteral("add_to_placement_group"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Add a server (powered off)"),
                                          QStringLiteral("placement_group"))};
    // Leaving names no group: the server's own one is left.
    ResourceAction leave = onServer(QStringLiteral("remove_from_placement_group"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Remove a server"), QString());
    leave.objectIdAs.clear();
    leave.fields.first().onlyIdsAt = QStringLiteral("servers");
    leave.whyNot = [](const QJsonObject &o) {
        return o.value(QStringLiteral("servers")).toArray().isEmpty() ? translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "The group has no servers")) : QString();
    };
    list.append(leave);
    addGeneric(list, k, false);
    return list;
}

QVector<ResourceAction> firewalls()
{
    const QString k = QStringLiteral("firewalls");
    // The API takes a list of targets; the form describes one.
    const auto target = [](const QString &list) {
        QVector<ActionField> fields{
            fixedChoice(list + QStringLiteral(".type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Target type"),
                        {QStringLiteral("server"), QStringLiteral("label_selector")}),
            choice(list + QStringLiteral(".server.id"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Server"), QStringLiteral("servers")),
            field(list + QStringLiteral(".label_selector.selector"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Label selector"), ActionField::Text)};
        for (ActionField &f : fields)
            f.oneEntryOf = list;
        return fields;
    };
    ResourceAction apply = post(k, QStringLiteral("apply_to_resources"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Apply to"), target(QStringLiteral("apply_to")));
    ResourceAction remove = post(k, QStringLiteral("remove_from_resources"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Remove from"),
                                 target(QStringLiteral("remove_from")));
    remove.whyNot = [](const QJsonObject &o) {
        return o.value(QStringLiteral("applied_to")).toArray().isEmpty() ? translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "Not applied to anything")) : QString();
    };
    QVector<ResourceAction> list{create(k, QT_TRANSLATE_NOOP("hcloud::KindActions", "Create firewall"),
                                        {field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Name"), ActionField::Text, true),
                                         field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels)}),
                                 apply, remove};
    addGeneric(list, k, false);
    return list;
}

} // namespace

const QVector<ResourceAction> &kindActions(const QString &kindId)
{
    // Built once, after QCoreApplication exists, so the titles are translated.
    static const QHash<QString, QVector<ResourceAction>> all{
        {QStringLiteral("volumes"), volumes()},
        {QStringLiteral("networks"), networks()},
        {QStringLiteral("floating_ips"), floatingIps()},
        {QStringLiteral("primary_ips"), primaryIps()},
        {QStringLiteral("load_balancers"), loadBalancers()},
        {QStringLiteral("ssh_keys"), sshKeys()},
        {QStringLiteral("images"), images()},
        {QStringLiteral("certificates"), certificates()},
        {QStringLiteral("placement_groups"), placementGroups()},
        {QStringLiteral("firewalls"), firewalls()},
        {QStringLiteral("zones"), zoneActions()},
        {QStringLiteral("storage_boxes"), storageBoxActions()},
        {QStringLiteral("servers"), serverActionList()},
    };
    static const QVector<ResourceAction> none;
    const auto it = all.constFind(kindId);
    return it == all.constEnd() ? none : *it;
}

} // namespace hcloud
