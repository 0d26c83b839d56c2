#include "core/sim/serveractionroutes.h"

#include "core/sim/catalog.h"
#include "core/sim/consolehub.h"
#include "core/sim/jsonshapes.h"
#include "core/sim/primaryips.h"
#include "core/sim/requestbody.h"
#include "core/sim/servercommon.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

namespace hcloud::sim {

namespace {

const QString kServer = QStringLiteral("server");

QJsonArray onServer(qint64 id)
{
    return QJsonArray{actionResource(kServer, id)};
}

// Starts `command` on the server: its status is `during` until the action
// ends, then `after` (or what it was, when the action fails). `also` runs
// after `effect`, for copies of the server's state in other objects.
QJsonObject runOnServer(RouteContext &c, qint64 id, const QString &command, const QString &during,
                        const QString &after, std::function<void(QJsonObject &)> effect = {},
                        std::function<void(SimProject &, qint64 id)> also = {})
{
    QJsonObject *server = findServer(c.project, id);
    const QString before = server->value(QLatin1String("status")).toString();
    if (!during.isEmpty())
        server->insert(QStringLiteral("status"), during);
    return c.project.actions().start(c.project, command, onServer(id),
                                     [id, before, after, effect, also](SimProject &p, bool ok) {
                                         QJsonObject *s = findServer(p, id);
                                         if (!s)
                                             return;
                                         if (!ok) {
                                             s->insert(QStringLiteral("status"), before);
                                             return;
                                         }
                                         if (!after.isEmpty())
                                             s->insert(QStringLiteral("status"), after);
                                         if (effect)
                                             effect(*s);
                                         if (also)
                                             also(p, id);
                                     });
}

SimReply actionReply(const QJsonObject &action, QJsonObject more = {})
{
    more.insert(QStringLiteral("action"), action);
    return SimReply::json(more, 201);
}

SimReply notStopped(qint64 id)
{
    return SimReply::error(422, QStringLiteral("server_not_stopped"),
                           QStringLiteral("server %1 must be powered off for this action").arg(id));
}

const ServerTypeInfo *serverType(const QString &name)
{
    for (const ServerTypeInfo &type : catalog::serverTypes()) {
        if (type.name == name || QString::number(type.id) == name)
            return &type;
    }
    return nullptr;
}

SimReply rebuild(RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &server)
{
    if (server.value(QLatin1String("protection"))[QLatin1String("rebuild")].toBool())
        return SimReply::error(422, QStringLiteral("protected"),
                               QStringLiteral("server %1 is protected against rebuilding").arg(id));
    if (!body.contains(QLatin1String("image")))
        return SimReply::invalidInput(QStringLiteral("image"), QStringLiteral("Missing data for required field."));
    const QString arch = server.value(QLatin1String("server_type"))[QLatin1String("architecture")].toString();
    const QJsonObject *image = findImage(c.project, body.value(QLatin1String("image")), arch);
    if (!image)
        return SimReply::invalidInput(QStringLiteral("image"), QStringLiteral("image not found"));
    const QJsonObject chosen = *image;
    const QJsonObject action = runOnServer(c, id, QStringLiteral("rebuild_server"), QStringLiteral("rebuilding"),
                                           QStringLiteral("running"),
                                           [chosen](QJsonObject &s) { s.insert(QStringLiteral("image"), chosen); });
    return actionReply(action, {{QStringLiteral("root_password"), newRootPassword()}});
}

SimReply changeType(RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &server)
{
    // By name or id; the official CLI sends the id.
    const QJsonValue wanted = body.value(QLatin1String("server_type"));
    const ServerTypeInfo *type = serverType(wanted.isDouble() ? QString::number(wanted.toInteger()) : wanted.toString());
    if (!type)
        return SimReply::invalidInput(QStringLiteral("server_type"), QStringLiteral("server type not found"));
    if (!body.value(QLatin1String("upgrade_disk")).isBool())
        return SimReply::invalidInput(QStringLiteral("upgrade_disk"), QStringLiteral("Missing data for required field."));
    if (server.value(QLatin1String("status")).toString() != QLatin1String("off"))
        return notStopped(id);
    const QJsonObject current = server.value(QLatin1String("server_type")).toObject();
    if (type->architecture != current.value(QLatin1String("architecture")).toString()
        || type->diskGb < current.value(QLatin1String("disk")).toDouble())
        return SimReply::error(422, QStringLiteral("invalid_server_type"),
                               QStringLiteral("server type %1 does not fit this server").arg(type->name));
    const QJsonObject next = shapes::serverType(*type);
    const QJsonObject action = runOnServer(c, id, QStringLiteral("change_server_type"), QStringLiteral("migrating"),
                                           QStringLiteral("running"),
                                           [next](QJsonObject &s) { s.insert(QStringLiteral("server_type"), next); });
    return actionReply(action);
}

SimReply createImage(RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &server)
{
    const QString type = body.value(QLatin1String("type")).toString(QStringLiteral("snapshot"));
    if (type != QLatin1String("snapshot") && type != QLatin1String("backup"))
        return SimReply::invalidInput(QStringLiteral("type"), QStringLiteral("must be snapshot or backup"));
    Problems problems;
    checkLabels(body.value(QLatin1String("labels")), &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    const QJsonObject from = server.value(QLatin1String("image")).toObject();
    const qint64 imageId = c.project.allocateId(QStringLiteral("images"));
    QJsonObject image = from;
    image.insert(QStringLiteral("id"), imageId);
    image.insert(QStringLiteral("type"), type);
    image.insert(QStringLiteral("status"), QStringLiteral("creating"));
    image.insert(QStringLiteral("name"), QJsonValue::Null);
    image.insert(QStringLiteral("description"),
                 body.value(QLatin1String("description"))
                     .toString(QStringLiteral("%1 snapshot").arg(server.value(QLatin1String("name")).toString())));
    image.insert(QStringLiteral("image_size"), QJsonValue::Null);
    image.insert(QStringLiteral("disk_size"), server.value(QLatin1String("server_type"))[QLatin1String("disk")].toDouble());
    image.insert(QStringLiteral("created"), shapes::timestamp(c.project.actions().nowMs() / 1000));
    image.insert(QStringLiteral("created_from"), QJsonObject{{QStringLiteral("id"), id},
                                                             {QStringLiteral("name"), server.value(QLatin1String("name"))}});
    image.insert(QStringLiteral("bound_to"), type == QLatin1String("backup") ? QJsonValue(id) : QJsonValue::Null);
    image.insert(QStringLiteral("rapid_deploy"), false);
    image.insert(QStringLiteral("deprecated"), QJsonValue::Null);
    image.insert(QStringLiteral("deleted"), QJsonValue::Null);
    image.insert(QStringLiteral("protection"), QJsonObject{{QStringLiteral("delete"), false}});
    image.insert(QStringLiteral("labels"), body.value(QLatin1String("labels")).toObject());
    c.project.collection(QStringLiteral("images")).insert(imageId, image);
    // The image is ready, with its compressed size, when the action ends.
    const double size = std::max(1.0, server.value(QLatin1String("server_type"))[QLatin1String("disk")].toDouble() / 8);
    const QJsonObject action = c.project.actions().start(
        c.project, QStringLiteral("create_image"),
        QJsonArray{actionResource(kServer, id), actionResource(QStringLiteral("image"), imageId)},
        [imageId, size](SimProject &p, bool ok) {
            Collection &images = p.collection(QStringLiteral("images"));
            if (!ok) {
                images.remove(imageId);
                return;
            }
            const auto it = images.find(imageId);
            if (it == images.end())
                return;
            it->insert(QStringLiteral("status"), QStringLiteral("available"));
            it->insert(QStringLiteral("image_size"), size);
        });
    return actionReply(action, {{QStringLiteral("image"), image}});
}

} // namespace

void addServerActionRoutes(SimRouter &router)
{
    auto add = [&router](const char *command, ObjectAction handler) { addObjectAction(router, kServerRef, command, std::move(handler)); };
    add("poweron", [](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &) {
        return actionReply(runOnServer(c, id, QStringLiteral("start_server"), QStringLiteral("starting"), QStringLiteral("running")));
    });
    for (const char *command : {"poweroff", "shutdown"}) {
        const QString name = QLatin1String(command) == QLatin1String("poweroff") ? QStringLiteral("stop_server")
                                                                                 : QStringLiteral("shutdown_server");
        add(command, [name](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &) {
            return actionReply(runOnServer(c, id, name, QStringLiteral("stopping"), QStringLiteral("off")));
        });
    }
    add("reboot", [](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &) {
        return actionReply(runOnServer(c, id, QStringLiteral("reboot_server"), QStringLiteral("starting"), QStringLiteral("running")));
    });
    add("reset", [](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &) {
        return actionReply(runOnServer(c, id, QStringLiteral("reset_server"), QStringLiteral("starting"), QStringLiteral("running")));
    });
    add("rebuild", rebuild);
    add("change_type", changeType);
    add("create_image", createImage);
    add("enable_rescue", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &) {
        const QString type = body.value(QLatin1String("type")).toString(QStringLiteral("linux64"));
        if (type != QLatin1String("linux64"))
            return SimReply::invalidInput(QStringLiteral("type"), QStringLiteral("must be linux64"));
        const QJsonObject action = runOnServer(c, id, QStringLiteral("enable_rescue"), QString(), QString(),
                                               [](QJsonObject &s) { s.insert(QStringLiteral("rescue_enabled"), true); });
        return actionReply(action, {{QStringLiteral("root_password"), newRootPassword()}});
    });
    add("disable_rescue", [](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &) {
        return actionReply(runOnServer(c, id, QStringLiteral("disable_rescue"), QString(), QString(),
                                       [](QJsonObject &s) { s.insert(QStringLiteral("rescue_enabled"), false); }));
    });
    add("reset_password", [](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &server) {
        if (server.value(QLatin1String("status")).toString() != QLatin1String("running"))
            return SimReply::error(422, QStringLiteral("server_not_running"), QStringLiteral("the server is not running"));
        return actionReply(runOnServer(c, id, QStringLiteral("reset_password"), QString(), QString()),
                           {{QStringLiteral("root_password"), newRootPassword()}});
    });
    add("enable_backup", [](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &) {
        return actionReply(runOnServer(c, id, QStringLiteral("enable_backup"), QString(), QString(), [](QJsonObject &s) {
            s.insert(QStringLiteral("backup_window"), QStringLiteral("22-02"));
        }));
    });
    add("disable_backup", [](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &) {
        return actionReply(runOnServer(c, id, QStringLiteral("disable_backup"), QString(), QString(), [](QJsonObject &s) {
            s.insert(QStringLiteral("backup_window"), QJsonValue::Null);
        }));
    });
    add("attach_iso", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &) {
        const QString wanted = body.value(QLatin1String("iso")).isDouble()
            ? QString::number(body.value(QLatin1String("iso")).toInteger())
            : body.value(QLatin1String("iso")).toString();
        QJsonObject iso;
        for (const QJsonObject &candidate : c.project.collection(QStringLiteral("isos"))) {
            if (candidate.value(QLatin1String("name")).toString() == wanted
                || QString::number(candidate.value(QLatin1String("id")).toInteger()) == wanted)
                iso = candidate;
        }
        if (iso.isEmpty())
            return SimReply::invalidInput(QStringLiteral("iso"), QStringLiteral("iso not found"));
        return actionReply(runOnServer(c, id, QStringLiteral("attach_iso"), QString(), QString(),
                                       [iso](QJsonObject &s) { s.insert(QStringLiteral("iso"), iso); }));
    });
    add("detach_iso", [](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &) {
        return actionReply(runOnServer(c, id, QStringLiteral("detach_iso"), QString(), QString(),
                                       [](QJsonObject &s) { s.insert(QStringLiteral("iso"), QJsonValue::Null); }));
    });
    add("change_dns_ptr", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &server) {
        const QString ip = body.value(QLatin1String("ip")).toString();
        const QJsonValue ptr = body.value(QLatin1String("dns_ptr"));
        if (ip.isEmpty())
            return SimReply::invalidInput(QStringLiteral("ip"), QStringLiteral("Missing data for required field."));
        if (!ptr.isNull() && !ptr.isString())
            return SimReply::invalidInput(QStringLiteral("dns_ptr"), QStringLiteral("Missing data for required field."));
        const bool v4 = server.value(QLatin1String("public_net"))[QLatin1String("ipv4")][QLatin1String("ip")].toString() == ip;
        const QString v6net = server.value(QLatin1String("public_net"))[QLatin1String("ipv6")][QLatin1String("ip")].toString();
        if (!v4 && (v6net.isEmpty() || !ip.startsWith(v6net.section(QStringLiteral("::/"), 0, 0))))
            return SimReply::invalidInput(QStringLiteral("ip"), QStringLiteral("ip does not belong to the server"));
        return actionReply(runOnServer(c, id, QStringLiteral("change_dns_ptr"), QString(), QString(),
                                       [v4, ip, ptr](QJsonObject &s) {
            QJsonObject net = s.value(QLatin1String("public_net")).toObject();
            if (v4) {
                QJsonObject ipv4 = net.value(QLatin1String("ipv4")).toObject();
                ipv4.insert(QStringLiteral("dns_ptr"), ptr.isNull() ? QJsonValue(QStringLiteral("static.example.com")) : ptr);
                net.insert(QStringLiteral("ipv4"), ipv4);
            } else {
                QJsonObject ipv6 = net.value(QLatin1String("ipv6")).toObject();
                QJsonArray entries;
                for (const QJsonValue &e : ipv6.value(QLatin1String("dns_ptr")).toArray()) {
                    if (e[QLatin1String("ip")].toString() != ip)
                        entries.append(e);
                }
                if (!ptr.isNull())
                    entries.append(QJsonObject{{QStringLiteral("ip"), ip}, {QStringLiteral("dns_ptr"), ptr}});
                ipv6.insert(QStringLiteral("dns_ptr"), entries);
                net.insert(QStringLiteral("ipv6"), ipv6);
            }
            s.insert(QStringLiteral("public_net"), net);
        }, copyServerDnsPtrs));
    });
    add("change_protection", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &server) {
        QJsonObject protection = server.value(QLatin1String("protection")).toObject();
        for (const char *key : {"delete", "rebuild"}) {
            const QJsonValue v = body.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isBool())
                return SimReply::invalidInput(QLatin1String(key), QStringLiteral("Not a valid boolean."));
            if (v.isBool())
                protection.insert(QLatin1String(key), v.toBool());
        }
        // The API requires both flags alike (rebuild follows delete).
        return actionReply(runOnServer(c, id, QStringLiteral("change_protection"), QString(), QString(),
                                       [protection](QJsonObject &s) { s.insert(QStringLiteral("protection"), protection); }));
    });
    // Console access does not wait for other actions, and is registered
    // without the lock check of the others.
    router.add("POST", QStringLiteral("servers/{id}/actions/request_console"), [](RouteContext &c) -> SimReply {
        const qint64 id = c.ids.first();
        if (auto missing = checkFound(c.project, kServerRef, id))
            return *missing;
        if (findServer(c.project, id)->value(QLatin1String("status")).toString() != QLatin1String("running"))
            return SimReply::error(422, QStringLiteral("server_not_running"),
                                   QStringLiteral("server %1 is not running").arg(id));
        QJsonObject access = c.project.consoles() ? c.project.consoles()->issue(c.project, id) : QJsonObject();
        if (access.isEmpty())
            return SimReply::error(503, QStringLiteral("unavailable"), QStringLiteral("the console is not available"));
        const QJsonObject action = c.project.actions().start(c.project, QStringLiteral("request_console"), onServer(id), {});
        return actionReply(action, access);
    });
}

}  // namespace hcloud::sim
