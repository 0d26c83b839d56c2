#include "core/sim/volumeroutes.h"

#include "core/sim/catalog.h"
#include "core/sim/kindroutes.h"
#include "core/sim/requestbody.h"
#include "core/sim/servercommon.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"
#include "core/sim/volumes.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

const QString kVolume = QStringLiteral("volume");

const KindRef kVolumeRef{kVolumes, kVolume};

QJsonArray onVolume(qint64 id, qint64 serverId = 0)
{
    QJsonArray resources{actionResource(kVolume, id)};
    if (serverId > 0)
        resources.append(actionResource(QStringLiteral("server"), serverId));
    return resources;
}

// An attach that the API would refuse: the server is missing or elsewhere.
std::optional<SimReply> checkAttach(SimProject &project, const QJsonObject &volume, qint64 serverId)
{
    const QJsonObject *server = findServer(project, serverId);
    if (!server)
        return SimReply::invalidInput(QStringLiteral("server"), QStringLiteral("server not found"));
    if (server->value(QLatin1String("location"))[QLatin1String("name")] != volume.value(QLatin1String("location"))[QLatin1String("name")])
        return SimReply::error(422, QStringLiteral("invalid_input"),
                               QStringLiteral("the volume and the server are in different locations"));
    return std::nullopt;
}

ActionEffect attached(qint64 id, qint64 serverId)
{
    return ifSucceeded([id, serverId](SimProject &p) { linkVolume(p, id, serverId); });
}

SimReply create(RouteContext &c, const QJsonObject &body)
{
    Problems problems;
    const QString name = requiredName(body, QStringLiteral("Missing data for required field."), &problems);
    const int size = body.value(QLatin1String("size")).toInt();
    if (size < 10 || size > 10240)
        problems.append({QStringLiteral("size"), QStringLiteral("must be between 10 and 10240")});
    const QJsonValue format = body.value(QLatin1String("format"));
    if (!format.isUndefined() && format != QJsonValue(QStringLiteral("ext4")) && format != QJsonValue(QStringLiteral("xfs")))
        problems.append({QStringLiteral("format"), QStringLiteral("must be ext4 or xfs")});
    const bool hasServer = body.contains(QLatin1String("server"));
    if (hasServer == body.contains(QLatin1String("location")))
        problems.append({QStringLiteral("location"), QStringLiteral("give either location or server")});
    if (auto refused = checkNew(c.project, kVolumes, name, body, problems, QStringLiteral("volume name is already used")))
        return *refused;
    const qint64 serverId = hasServer ? idOf(body.value(QLatin1String("server"))) : 0;
    QString location = body.value(QLatin1String("location")).toString();
    if (hasServer) {
        if (auto refused = serverLocation(c.project, serverId, &location))
            return *refused;
    } else if (!catalog::location(location)) {
        return SimReply::invalidInput(QStringLiteral("location"), QStringLiteral("location not found"));
    }
    const qint64 id = c.project.allocateId(kVolumes);
    c.project.collection(kVolumes).insert(
        id, makeVolume(id, name, size, location, 0, format.isUndefined() ? QJsonValue() : format,
                       body.value(QLatin1String("labels")).toObject(), QStringLiteral("creating"),
                       c.project.actions().nowMs() / 1000));
    const QJsonObject action = c.project.actions().start(c.project, QStringLiteral("create_volume"), onVolume(id),
                                                         [id](SimProject &p, bool ok) {
                                                             auto it = p.collection(kVolumes).find(id);
                                                             if (it == p.collection(kVolumes).end())
                                                                 return;
                                                             if (ok)
                                                                 it->insert(QStringLiteral("status"), QStringLiteral("available"));
                                                             else
                                                                 p.collection(kVolumes).erase(it);
                                                         });
    QJsonArray next;
    if (hasServer)
        next.append(c.project.actions().start(c.project, QStringLiteral("attach_volume"), onVolume(id, serverId), attached(id, serverId), 1, 1));
    return SimReply::json(QJsonObject{{QStringLiteral("volume"), c.project.collection(kVolumes).value(id)},
                                      {QStringLiteral("action"), action},
                                      {QStringLiteral("next_actions"), next}},
                          201);
}

}  // namespace

void addVolumeRoutes(SimRouter &router)
{
    router.add("POST", kVolumes, bodyRoute(create));
    addUpdateRoute(router, kVolumeRef);
    addDeleteRoute(router, kVolumeRef, [](SimProject &, qint64 id, const QJsonObject &volume) -> std::optional<SimReply> {
        if (!volume.value(QLatin1String("server")).isNull())
            return SimReply::error(422, QStringLiteral("volume_attached"), QStringLiteral("detach volume %1 first").arg(id));
        return std::nullopt;
    });
    auto add = [&router](const char *command, ObjectAction handler) {
        addObjectAction(router, kVolumeRef, command, std::move(handler));
    };
    add("attach", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &volume) {
        if (!volume.value(QLatin1String("server")).isNull())
            return SimReply::error(422, QStringLiteral("volume_attached"), QStringLiteral("volume %1 is attached already").arg(id));
        const qint64 serverId = idOf(body.value(QLatin1String("server")));
        if (auto refused = checkAttach(c.project, volume, serverId))
            return *refused;
        return started(c.project.actions().start(c.project, QStringLiteral("attach_volume"), onVolume(id, serverId), attached(id, serverId)));
    });
    add("detach", [](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &volume) {
        const qint64 serverId = volume.value(QLatin1String("server")).toInteger();
        return startedOn(c.project, QStringLiteral("detach_volume"), onVolume(id, serverId), [id](SimProject &p) { unlinkVolume(p, id); });
    });
    add("resize", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &volume) {
        const int size = body.value(QLatin1String("size")).toInt();
        if (size <= volume.value(QLatin1String("size")).toInt() || size > 10240)
            return SimReply::invalidInput(QStringLiteral("size"), QStringLiteral("must be larger than now and at most 10240"));
        return started(startChange(c.project, kVolumeRef, id, QStringLiteral("resize_volume"),
                                   [size](SimProject &, QJsonObject &changed) { changed.insert(QStringLiteral("size"), size); }));
    });
    addChangeProtection(router, kVolumeRef);
}

}  // namespace hcloud::sim
