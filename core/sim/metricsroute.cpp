#include "metricsroute.h"

#include "jsonshapes.h"
#include "servercommon.h"
#include "simproject.h"
#include "simrouter.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace hcloud::sim {

namespace {

// A daily rhythm plus a little per-server wobble, never below zero.
double wave(qint64 serverId, qint64 t, double base, double swing, int phase)
{
    const double day = std::sin((t % 86400) / 86400.0 * 2 * M_PI + phase);
    const double wobble = std::sin((double(t) / 300 + double(serverId % 97) + phase * 13) * 1.7);
    return std::max(0.0, base + swing * day + swing * 0.3 * wobble);
}

QJsonObject series(qint64 serverId, qint64 start, qint64 end, qint64 step, double base, double swing, int phase)
{
    QJsonArray values;
    for (qint64 t = start; t <= end; t += step)
        values.append(QJsonArray{double(t), QString::number(wave(serverId, t, base, swing, phase), 'f', 4)});
    return QJsonObject{{QStringLiteral("values"), values}};
}

SimReply metrics(RouteContext &c)
{
    const qint64 id = c.ids.first();
    if (!findServer(c.project, id))
        return serverNotFound(id);
    const QueryParams &q = c.request.query;
    QStringList types;
    for (const QString &value : q.values(QStringLiteral("type")))
        types += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (types.isEmpty())
        return SimReply::invalidInput(QStringLiteral("type"), QStringLiteral("Missing data for required field."));
    for (const QString &type : types) {
        if (type != QLatin1String("cpu") && type != QLatin1String("disk") && type != QLatin1String("network"))
            return SimReply::invalidInput(QStringLiteral("type"), QStringLiteral("'%1' is not one of: cpu, disk, network").arg(type));
    }
    const QDateTime start = QDateTime::fromString(q.value(QStringLiteral("start")), Qt::ISODate);
    const QDateTime end = QDateTime::fromString(q.value(QStringLiteral("end")), Qt::ISODate);
    if (!start.isValid())
        return SimReply::invalidInput(QStringLiteral("start"), QStringLiteral("Not a valid datetime."));
    if (!end.isValid() || end <= start)
        return SimReply::invalidInput(QStringLiteral("end"), QStringLiteral("must be a datetime after start"));
    const qint64 from = start.toSecsSinceEpoch();
    const qint64 to = end.toSecsSinceEpoch();
    qint64 step = q.value(QStringLiteral("step")).toLongLong();
    if (step <= 0)
        step = std::max<qint64>(1, (to - from) / 200);
    // As the API does, a step never yields more than a few hundred points.
    step = std::max(step, (to - from) / 500 + 1);

    QJsonObject timeSeries;
    if (types.contains(QStringLiteral("cpu")))
        timeSeries.insert(QStringLiteral("cpu"), series(id, from, to, step, 18, 12, 0));
    if (types.contains(QStringLiteral("disk"))) {
        timeSeries.insert(QStringLiteral("disk.0.iops.read"), series(id, from, to, step, 40, 25, 1));
        timeSeries.insert(QStringLiteral("disk.0.iops.write"), series(id, from, to, step, 90, 50, 2));
        timeSeries.insert(QStringLiteral("disk.0.bandwidth.read"), series(id, from, to, step, 400000, 250000, 1));
        timeSeries.insert(QStringLiteral("disk.0.bandwidth.write"), series(id, from, to, step, 1200000, 600000, 2));
    }
    if (types.contains(QStringLiteral("network"))) {
        timeSeries.insert(QStringLiteral("network.0.pps.in"), series(id, from, to, step, 300, 200, 3));
        timeSeries.insert(QStringLiteral("network.0.pps.out"), series(id, from, to, step, 250, 150, 4));
        timeSeries.insert(QStringLiteral("network.0.bandwidth.in"), series(id, from, to, step, 90000, 60000, 3));
        timeSeries.insert(QStringLiteral("network.0.bandwidth.out"), series(id, from, to, step, 150000, 90000, 4));
    }
    return SimReply::json(QJsonObject{{QStringLiteral("metrics"),
                                       QJsonObject{{QStringLiteral("start"), shapes::timestamp(from)},
                                                   {QStringLiteral("end"), shapes::timestamp(to)},
                                                   {QStringLiteral("step"), double(step)},
                                                   {QStringLiteral("time_series"), timeSeries}}}});
}

}  // namespace

void addMetricsRoute(SimRouter &router)
{
    router.add("GET", QStringLiteral("servers/{id}/metrics"), metrics);
}

}  // namespace hcloud::sim
