#include "core/sim/metricsroute.h"

#include "core/sim/jsonshapes.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace hcloud::sim {

namespace {

// A daily rhythm plus a little per-resource wobble, never below zero.
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

// One series of a metrics type: its name and the shape of its wave.
struct Series
{
    const char *name;
    double base;
    double swing;
    int phase;
};

// What GET /{kind}/{id}/metrics offers for one kind: the type parameter's
// values, each with the series it answers with.
struct MetricsKind
{
    QString collection;
    QString type;  // in "... with ID n not found"
    QVector<QPair<QString, QVector<Series>>> types;
};

const MetricsKind &serverMetrics()
{
    static const MetricsKind kind{
        QStringLiteral("servers"), QStringLiteral("server"),
        {{QStringLiteral("cpu"), {{"cpu", 18, 12, 0}}},
         {QStringLiteral("disk"),
          {{"disk.0.iops.read", 40, 25, 1},
           {"disk.0.iops.write", 90, 50, 2},
           {"disk.0.bandwidth.read", 400000, 250000, 1},
           {"disk.0.bandwidth.write", 1200000, 600000, 2}}},
         {QStringLiteral("network"),
          {{"network.0.pps.in", 300, 200, 3},
           {"network.0.pps.out", 250, 150, 4},
           {"network.0.bandwidth.in", 90000, 60000, 3},
           {"network.0.bandwidth.out", 150000, 90000, 4}}}}};
    return kind;
}

const MetricsKind &loadBalancerMetrics()
{
    static const MetricsKind kind{
        QStringLiteral("load_balancers"), QStringLiteral("load_balancer"),
        {{QStringLiteral("open_connections"), {{"open_connections", 120, 80, 0}}},
         {QStringLiteral("connections_per_second"), {{"connections_per_second", 35, 25, 1}}},
         {QStringLiteral("requests_per_second"), {{"requests_per_second", 60, 40, 1}}},
         {QStringLiteral("bandwidth"), {{"bandwidth.in", 250000, 150000, 3}, {"bandwidth.out", 900000, 500000, 4}}}}};
    return kind;
}

SimReply metrics(const MetricsKind &kind, RouteContext &c)
{
    const qint64 id = c.ids.first();
    if (!c.project.collection(kind.collection).contains(id))
        return SimReply::notFound(QStringLiteral("%1 with ID %2 not found").arg(kind.type).arg(id));
    const QueryParams &q = c.request.query;
    QStringList types;
    for (const QString &value : q.values(QStringLiteral("type")))
        types += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (types.isEmpty())
        return SimReply::invalidInput(QStringLiteral("type"), QStringLiteral("Missing data for required field."));
    QStringList known;
    for (const auto &type : kind.types)
        known.append(type.first);
    for (const QString &type : types) {
        if (!known.contains(type))
            return SimReply::invalidInput(QStringLiteral("type"), QStringLiteral("'%1' is not one of: %2").arg(type, known.join(QStringLiteral(", "))));
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
    for (const auto &type : kind.types) {
        if (!types.contains(type.first))
            continue;
        for (const Series &s : type.second)
            timeSeries.insert(QLatin1String(s.name), series(id, from, to, step, s.base, s.swing, s.phase));
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
    router.add("GET", QStringLiteral("servers/{id}/metrics"),
               [](RouteContext &c) { return metrics(serverMetrics(), c); });
    router.add("GET", QStringLiteral("load_balancers/{id}/metrics"),
               [](RouteContext &c) { return metrics(loadBalancerMetrics(), c); });
}

}  // namespace hcloud::sim
