#include "core/sim/imageroutes.h"

#include "core/sim/kindroutes.h"
#include "core/sim/requestbody.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"

namespace hcloud::sim {

namespace {

const QString kImages = QStringLiteral("images");
const KindRef kRef{kImages, QStringLiteral("image")};

// Only the project's own images can change.
std::optional<SimReply> checkOwn(qint64 id, const QJsonObject &image)
{
    const QString type = image.value(QLatin1String("type")).toString();
    if (type == QLatin1String("snapshot") || type == QLatin1String("backup"))
        return std::nullopt;
    return SimReply::error(403, QStringLiteral("forbidden"), QStringLiteral("image %1 is a public %2 image and cannot be changed").arg(id).arg(type));
}

SimReply update(RouteContext &c, qint64 id, const QJsonObject &body)
{
    Problems problems;
    const QJsonValue description = body.value(QLatin1String("description"));
    if (!description.isUndefined() && !description.isString())
        problems.append({QStringLiteral("description"), QStringLiteral("Not a valid string.")});
    // A backup may become a snapshot, which outlives its server; nothing else.
    const QJsonValue type = body.value(QLatin1String("type"));
    if (!type.isUndefined() && type != QJsonValue(QStringLiteral("snapshot")))
        problems.append({QStringLiteral("type"), QStringLiteral("can only be snapshot")});
    checkLabels(body.value(QLatin1String("labels")), &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    QJsonObject image = c.project.collection(kImages).value(id);
    if (description.isString())
        image.insert(QStringLiteral("description"), description);
    if (!type.isUndefined()) {
        image.insert(QStringLiteral("type"), type);
        image.insert(QStringLiteral("bound_to"), QJsonValue());
    }
    if (body.contains(QLatin1String("labels")))
        image.insert(QStringLiteral("labels"), body.value(QLatin1String("labels")).toObject());
    c.project.collection(kImages).insert(id, image);
    return SimReply::json(QJsonObject{{QStringLiteral("image"), image}});
}

}  // namespace

void addImageRoutes(SimRouter &router)
{
    router.add("PUT", kImages + QStringLiteral("/{id}"), [](RouteContext &c) -> SimReply {
        const qint64 id = c.ids.first();
        if (auto missing = checkFound(c.project, kRef, id))
            return *missing;
        if (auto refused = checkOwn(id, c.project.collection(kImages).value(id)))
            return *refused;
        return withBody(c.request, [&](const QJsonObject &body) { return update(c, id, body); });
    });
    addDeleteRoute(router, kRef, [](SimProject &, qint64 id, const QJsonObject &image) { return checkOwn(id, image); });
    addChangeProtection(router, kRef, [](const QJsonObject &image, const QJsonObject &) {
        return checkOwn(image.value(QLatin1String("id")).toInteger(), image);
    });
}

}  // namespace hcloud::sim
