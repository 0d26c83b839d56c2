#include "core/sim/actionclock.h"

#include "core/sim/jsonshapes.h"
#include "core/sim/simproject.h"

#include <algorithm>

namespace hcloud::sim {

namespace {
const QString kActions = QStringLiteral("actions");
}

ActionEffect ifSucceeded(std::function<void(SimProject &)> effect)
{
    return [effect](SimProject &project, bool succeeded) {
        if (succeeded)
            effect(project);
    };
}

QJsonObject actionResource(const QString &type, qint64 id)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("type"), type}};
}

QJsonObject ActionClock::start(SimProject &project, const QString &command, const QJsonArray &resources,
                               ActionEffect effect, int steps, int delaySteps)
{
    const qint64 id = project.allocateId(kActions);
    Pending pending;
    pending.startMs = m_nowMs + qint64(delaySteps) * m_actionMs;
    pending.endMs = pending.startMs + qint64(std::max(steps, 1)) * m_actionMs;
    pending.resources = resources;
    pending.effect = std::move(effect);
    pending.failure = m_failNext;
    m_failNext.reset();

    const QJsonObject action{
        {QStringLiteral("id"), id},
        {QStringLiteral("command"), command},
        {QStringLiteral("status"), QStringLiteral("running")},
        {QStringLiteral("progress"), 0},
        {QStringLiteral("started"), shapes::timestamp(pending.startMs / 1000)},
        {QStringLiteral("finished"), QJsonValue::Null},
        {QStringLiteral("resources"), resources},
        {QStringLiteral("error"), QJsonValue::Null},
    };
    project.collection(kActions).insert(id, action);
    m_pending.emplace(id, std::move(pending));
    return action;
}

void ActionClock::adopt(qint64 actionId, qint64 startMs, qint64 endMs, const QJsonArray &resources, ActionEffect effect)
{
    Pending pending;
    pending.startMs = startMs;
    pending.endMs = std::max(endMs, startMs + 1);
    pending.resources = resources;
    pending.effect = std::move(effect);
    m_pending.emplace(actionId, std::move(pending));
}

void ActionClock::failNext(const QString &code, const QString &message)
{
    m_failNext = Failure{code, message};
}

bool ActionClock::advance(SimProject &project, qint64 nowMs)
{
    bool ended = false;
    m_nowMs = std::max(m_nowMs, nowMs);
    Collection &actions = project.collection(kActions);
    for (;;) {
        // The due action that ends first; ties go to the older action.
        auto due = m_pending.end();
        for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
            if (it->second.endMs <= m_nowMs && (due == m_pending.end() || it->second.endMs < due->second.endMs))
                due = it;
        }
        if (due == m_pending.end())
            break;
        const qint64 id = due->first;
        const Pending pending = std::move(due->second);
        m_pending.erase(due);  // before the effect, which may start actions

        const bool ok = !pending.failure;
        const auto it = actions.find(id);
        if (it != actions.end()) {
            it->insert(QStringLiteral("status"), ok ? QStringLiteral("success") : QStringLiteral("error"));
            it->insert(QStringLiteral("progress"), 100);
            it->insert(QStringLiteral("finished"), shapes::timestamp(pending.endMs / 1000));
            if (!ok) {
                it->insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), pending.failure->code},
                                                                {QStringLiteral("message"), pending.failure->message}});
            }
        }
        if (pending.effect)
            pending.effect(project, ok);
        ended = true;
    }
    for (const auto &[id, pending] : m_pending) {
        const auto it = actions.find(id);
        if (it == actions.end())
            continue;
        const qint64 span = std::max<qint64>(pending.endMs - pending.startMs, 1);
        const qint64 done = std::clamp<qint64>(m_nowMs - pending.startMs, 0, span);
        it->insert(QStringLiteral("progress"), int(std::min<qint64>(done * 100 / span, 99)));
    }
    return ended;
}

bool ActionClock::busy(const QString &type, qint64 id) const
{
    for (const auto &[actionId, pending] : m_pending) {
        if (pending.startMs > m_nowMs)
            continue;  // a chained action that has not begun holds nothing yet
        for (const QJsonValue &resource : pending.resources) {
            if (resource[QStringLiteral("type")].toString() == type && resource[QStringLiteral("id")].toInteger() == id)
                return true;
        }
    }
    return false;
}

}  // namespace hcloud::sim
