#include "core/api/actionwatcher.h"

#include "core/api/apiclient.h"
#include "core/api/logging.h"

#include <QJsonValue>
#include <QUrlQuery>

namespace hcloud {

ActionState ActionState::fromJson(const QJsonObject &action)
{
    ActionState s;
    s.id = action.value(QLatin1String("id")).toInteger();
    s.command = action.value(QLatin1String("command")).toString();
    s.status = action.value(QLatin1String("status")).toString();
    s.progress = action.value(QLatin1String("progress")).toInt();
    s.started = QDateTime::fromString(action.value(QLatin1String("started")).toString(), Qt::ISODate);
    s.finished = QDateTime::fromString(action.value(QLatin1String("finished")).toString(), Qt::ISODate);
    s.resources = action.value(QLatin1String("resources")).toArray();
    const QJsonObject error = action.value(QLatin1String("error")).toObject();
    if (s.status == QLatin1String("error")) {
        s.error.kind = ApiError::Kind::Api;
        s.error.code = error.value(QLatin1String("code")).toString();
        s.error.message = error.value(QLatin1String("message")).toString();
    }
    return s;
}

ActionWatcher::ActionWatcher(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ActionWatcher::poll);
}

void ActionWatcher::watch(const QJsonObject &action)
{
    const ActionState state = ActionState::fromJson(action);
    if (state.id <= 0 || m_running.contains(state.id))
        return;
    if (!state.isRunning()) {
        // Reported from the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, state] { emit finished(state); });
        return;
    }
    m_running.insert(state.id, state);
    schedule(true);
}

void ActionWatcher::watch(qint64 actionId)
{
    if (actionId <= 0 || m_running.contains(actionId))
        return;
    ActionState state;
    state.id = actionId;
    state.status = QStringLiteral("running");
    m_running.insert(actionId, state);
    schedule(true);
}

void ActionWatcher::schedule(bool soon)
{
    if (m_running.isEmpty()) {
        m_timer.stop();
        m_intervalMs = 0;
        return;
    }
    // A new action polls soon; every round after that waits longer.
    if (soon || m_intervalMs == 0)
        m_intervalMs = m_timing.firstMs;
    else
        m_intervalMs = qMin(m_timing.maxMs, int(m_intervalMs * m_timing.factor));
    if (m_inFlight == 0)
        m_timer.start(m_intervalMs);
}

void ActionWatcher::poll()
{
    if (!m_client || m_running.isEmpty() || m_inFlight > 0)
        return;
    const QList<qint64> ids = m_running.keys();
    for (int i = 0; i < ids.size(); i += kBatchSize) {
        QUrlQuery query;
        for (int j = i; j < qMin(int(ids.size()), i + kBatchSize); ++j)
            query.addQueryItem(QStringLiteral("id"), QString::number(ids.at(j)));
        query.addQueryItem(QStringLiteral("per_page"), QString::number(kBatchSize * 2));
        ApiCall *call = m_client->get(m_pollPath, query);
        ++m_inFlight;
        connect(call, &ApiCall::finished, this, [this, call] { onBatch(call->json(), call->error()); });
    }
}

void ActionWatcher::onBatch(const QJsonObject &json, const ApiError &error)
{
    --m_inFlight;
    if (error.isError()) {
        // Keep watching; the next round may reach the API again.
        qCInfo(lcApi) << "polling actions failed:" << error.code;
    } else {
        for (const QJsonValue &value : json.value(QLatin1String("actions")).toArray())
            update(ActionState::fromJson(value.toObject()));
    }
    // Back off while actions run, progress or not; a new action polls soon again.
    if (m_inFlight == 0)
        schedule(false);
}

void ActionWatcher::update(const ActionState &state)
{
    auto it = m_running.find(state.id);
    if (it == m_running.end())
        return;
    if (state.isRunning()) {
        if (it->progress == state.progress && it->status == state.status && !it->command.isEmpty())
            return;
        *it = state;
        emit progressed(state);
        return;
    }
    m_running.erase(it);
    emit finished(state);
}

} // namespace hcloud
