#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <map>
#include <optional>

namespace hcloud::sim {

class SimProject;

// Runs at the end of an action: `succeeded` is false when it ended in error,
// so the effect can undo what starting the action changed.
using ActionEffect = std::function<void(SimProject &, bool succeeded)>;

// Actions that take time. Nothing ticks: before each request the project
// is advanced to the request's time, finishing the actions that are due
// (in the order they end) and moving the progress of the others. A test
// can therefore set the action time to 0 and see every action end by the
// next request, or keep a demo's actions visible for seconds.
class ActionClock
{
public:
    void setActionMs(int ms) { m_actionMs = ms < 0 ? 0 : ms; }
    int actionMs() const { return m_actionMs; }
    // The time of the request being handled (ms since the epoch).
    qint64 nowMs() const { return m_nowMs; }

    // Adds a running action to the project's actions and returns its JSON.
    // It starts after `delaySteps` and lasts `steps` action times (a chained
    // start_server waits for create_server).
    QJsonObject start(SimProject &project, const QString &command, const QJsonArray &resources,
                      ActionEffect effect, int steps = 1, int delaySteps = 0);

    // Lets an action already in the project's list (a seeded "running" one)
    // run on this clock: it ends at `endMs`, its progress counted from `startMs`.
    void adopt(qint64 actionId, qint64 startMs, qint64 endMs, const QJsonArray &resources, ActionEffect effect);

    // The next action started ends in error with this code and message.
    void failNext(const QString &code, const QString &message);

    // True when an action ended (its effect may have changed a server).
    bool advance(SimProject &project, qint64 nowMs);

    // Whether a running action holds this resource ("server", 42).
    bool busy(const QString &type, qint64 id) const;

private:
    struct Failure
    {
        QString code;
        QString message;
    };
    struct Pending
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        QJsonArray resources;
        ActionEffect effect;
        std::optional<Failure> failure;
    };

    int m_actionMs = 1500;
    qint64 m_nowMs = 0;
    std::map<qint64, Pending> m_pending;
    std::optional<Failure> m_failNext;
};

// An effect that runs only when the action succeeded.
ActionEffect ifSucceeded(std::function<void(SimProject &)> effect);

// {"id": id, "type": type}, an action's resource entry.
QJsonObject actionResource(const QString &type, qint64 id);

}  // namespace hcloud::sim
