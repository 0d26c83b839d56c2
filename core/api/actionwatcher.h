#pragma once

#include "core/api/apierror.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace hcloud {

class ApiClient;

// What the API says of one action.
struct ActionState
{
    qint64 id = 0;
    QString command;       // "create_server", "poweroff", ...
    QString status;        // "running", "success", "error"
    int progress = 0;      // 0..100
    QDateTime started;
    QDateTime finished;
    QJsonArray resources;  // [{id, type}]
    ApiError error;        // kind Api with the action's code and message when status is "error"

    bool isRunning() const { return status == QLatin1String("running"); }
    static ActionState fromJson(const QJsonObject &action);
};

// Polls running actions with GET /actions?id=…&id=… in batches, starting
// fast and backing off while they run. Every watched action reports
// its progress and, once, its end.
class ActionWatcher : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int firstMs = 500;
        double factor = 1.5;
        int maxMs = 5000;
    };

    explicit ActionWatcher(ApiClient *client, QObject *parent = nullptr);

    void setTiming(const Timing &timing) { m_timing = timing; }
    // Where the ids are polled: "/actions" on the Cloud API, the kind's
    // feed elsewhere ("/storage_boxes/actions" on the Hetzner API).
    void setPollPath(const QString &path) { m_pollPath = path; }
    // Starts watching (an action object from a write's answer). Finished
    // actions are reported at once; an id already watched is ignored.
    void watch(const QJsonObject &action);
    void watch(qint64 actionId);

    QList<ActionState> running() const { return m_running.values(); }
    bool isWatching(qint64 actionId) const { return m_running.contains(actionId); }
    int currentIntervalMs() const { return m_intervalMs; }

    // Ids asked for in one request; the API pages at 50.
    static constexpr int kBatchSize = 25;

signals:
    void progressed(const hcloud::ActionState &action);
    void finished(const hcloud::ActionState &action);

private:
    void schedule(bool soon);
    void poll();
    void onBatch(const QJsonObject &json, const ApiError &error);
    void update(const ActionState &state);

    QPointer<ApiClient> m_client;
    Timing m_timing;
    QString m_pollPath = QStringLiteral("/actions");
    QHash<qint64, ActionState> m_running;
    QTimer m_timer;
    int m_intervalMs = 0;
    int m_inFlight = 0;
};

} // namespace hcloud
