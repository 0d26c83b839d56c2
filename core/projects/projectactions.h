#pragma once

#include "api/actionwatcher.h"

#include <QJsonObject>
#include <QObject>

namespace hcloud {

class ActivityModel;
class PendingWrite;
class ProjectSession;

// A project's writes and the actions they start: every action is listed in
// the activity model and shown in its resource's row, and watched until it
// ends; then the lists are refreshed. A write is never repeated: when its
// outcome is unclear (no answer), the lists are refreshed and the activity
// says so, so the user sees what happened before trying again.
class ProjectActions : public QObject
{
    Q_OBJECT
public:
    explicit ProjectActions(ProjectSession *session);

    ActivityModel *activity() const { return m_activity; }
    ActionWatcher *watcher() const { return m_watcher; }
    // Watches the Hetzner API's actions (Storage Boxes).
    ActionWatcher *hetznerWatcher() const { return m_hetznerWatcher; }

    // description says what, on what: "Reboot “web-1”".
    PendingWrite *run(const QString &description, const QByteArray &method, const QString &path,
                      const QJsonObject &body = {});

    // An action the project started without a write of ours (a reboot
    // from the server's console): listed and watched like the others.
    void follow(const QJsonObject &action, const QString &description) { track(action, description); }

signals:
    void actionFinished(const hcloud::ActionState &action);

private:
    void started(const QJsonObject &answer, const QString &description, const QString &kind);
    void track(const QJsonObject &action, const QString &description);
    void showInRows(const ActionState &action, bool running);
    void followWatcher(ActionWatcher *watcher);
    static QString kindOf(const QJsonObject &resource);

    ProjectSession *m_session;
    ActivityModel *m_activity;
    ActionWatcher *m_watcher;
    ActionWatcher *m_hetznerWatcher;
};

} // namespace hcloud
