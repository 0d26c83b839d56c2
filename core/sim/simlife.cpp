#include "core/sim/simlife.h"

#include "core/sim/actionclock.h"
#include "core/sim/simproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace hcloud::sim {

namespace {

// Where a seeded action leaves its server, as the routes that start them do.
QString statusAfter(const QString &command)
{
    if (command == QLatin1String("shutdown_server") || command == QLatin1String("stop_server"))
        return QStringLiteral("off");
    if (command == QLatin1String("create_server") || command == QLatin1String("start_server")
        || command == QLatin1String("rebuild_server") || command == QLatin1String("change_server_type")
        || command == QLatin1String("reboot_server"))
        return QStringLiteral("running");
    return QString();
}

SimRequest post(const SimProject &project, const QString &path, const QJsonObject &body)
{
    SimRequest request;
    request.method = "POST";
    request.path = path.split(QLatin1Char('/'));
    request.authorization = "Bearer " + project.token().toLatin1();
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

} // namespace

SimLife::SimLife(int seconds, quint64 seed) : m_seconds(std::max(seconds, 1)), m_prng(seed) { }

qint64 SimLife::nextGap()
{
    // Between half and one and a half times the interval.
    return qint64(m_seconds) * 500 + m_prng.below(m_seconds * 1000);
}

void SimLife::adoptSeeded(SimProject &project, qint64 nowMs)
{
    const int actionMs = std::max(project.actions().actionMs(), 200);
    const Collection &actions = project.collection(QStringLiteral("actions"));
    QVector<qint64> running;
    for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
        if (it->value(QLatin1String("status")).toString() == QLatin1String("running"))
            running.append(it.key());
    }
    for (const qint64 id : std::as_const(running)) {
        const QJsonObject action = project.collection(QStringLiteral("actions")).value(id);
        const QString after = statusAfter(action.value(QLatin1String("command")).toString());
        const QJsonArray resources = action.value(QLatin1String("resources")).toArray();
        qint64 serverId = 0;
        for (const QJsonValue &r : resources) {
            if (r[QLatin1String("type")].toString() == QLatin1String("server"))
                serverId = r[QLatin1String("id")].toInteger();
        }
        // Ends within a few action times, progress continuing from the seeded one.
        const qint64 endMs = nowMs + qint64(actionMs) * m_prng.between(2, 8);
        const int progress = std::clamp(action.value(QLatin1String("progress")).toInt(), 0, 95);
        const qint64 startMs = nowMs - (endMs - nowMs) * progress / (100 - progress);
        project.actions().adopt(id, startMs, endMs, resources, [serverId, after](SimProject &p, bool ok) {
            Collection &servers = p.collection(QStringLiteral("servers"));
            const auto it = servers.find(serverId);
            if (ok && it != servers.end() && !after.isEmpty())
                it->insert(QStringLiteral("status"), after);
        });
    }
}

QVector<SimRequest> SimLife::beforeRequest(SimProject &project, qint64 nowMs)
{
    QVector<SimRequest> requests;
    const auto next = m_nextMs.find(&project);
    if (next == m_nextMs.end()) {
        adoptSeeded(project, nowMs);
        m_nextMs.insert(&project, nowMs + nextGap());
        return requests;
    }
    if (nowMs < *next)
        return requests;
    *next = nowMs + nextGap();

    // Someone else in the project acts on one of its running servers.
    QVector<qint64> candidates;
    const Collection &servers = project.collection(QStringLiteral("servers"));
    for (auto it = servers.cbegin(); it != servers.cend(); ++it) {
        if (it->value(QLatin1String("status")).toString() == QLatin1String("running")
            && !project.actions().busy(QStringLiteral("server"), it.key()))
            candidates.append(it.key());
    }
    if (candidates.isEmpty())
        return requests;
    const qint64 id = candidates.at(m_prng.below(int(candidates.size())));
    const QString base = QStringLiteral("v1/servers/%1/actions/").arg(id);
    if (m_prng.chance(60)) {
        requests.append(post(project, base + QStringLiteral("reboot"), {}));
    } else {
        const QString name = servers.value(id).value(QLatin1String("name")).toString();
        requests.append(post(project, base + QStringLiteral("create_image"),
                             {{QStringLiteral("type"), QStringLiteral("snapshot")},
                              {QStringLiteral("description"), QStringLiteral("%1 before deploy").arg(name)}}));
    }
    return requests;
}

}  // namespace hcloud::sim
