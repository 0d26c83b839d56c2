#pragma once

#include "core/api/actionwatcher.h"

#include <QDateTime>
#include <QJsonObject>
#include <QVector>
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

    // description says what, on what: "Reboot “web-1”". When no answer
    // comes, the returned write finishes only after a fresh look has shown
    // what happened (OutcomeCheck): as done when it was, as an error that
    // offers a retry when it was not.
    PendingWrite *run(const QString &description, const QByteArray &method, const QString &path,
                      const QJsonObject &body = {});

    // An action the project started without a write of ours (a reboot
    // from the server's console): listed and watched like the others.
    void follow(const QJsonObject &action, const QString &description) { track(action, description); }
    // Writes that got no answer and, by a fresh look, did not happen: they
    // may be sent again, by the user's choice. Newest last.
    struct RetryOffer
    {
        QString description;
        QByteArray method;
        QString path;
        QJsonObject body;
    };
    const QVector<RetryOffer> &retryOffers() const { return m_offers; }
    // Sends offer `index` again (once) and withdraws it.
    PendingWrite *retry(int index);
    void dismissOffer(int index);

signals:
    void actionFinished(const hcloud::ActionState &action);
    void retryOffersChanged();

private:
    void checkOutcome(PendingWrite *inner, PendingWrite *outer, const QString &description,
                      const QByteArray &method, const QString &path, const QJsonObject &body,
                      const QDateTime &sentAt, const QString &kind);
    void started(const QJsonObject &answer, const QString &description, const QString &kind);
    void track(const QJsonObject &action, const QString &description);
    void showInRows(const ActionState &action, bool running);
    void followWatcher(ActionWatcher *watcher);
    static QString kindOf(const QJsonObject &resource);

    ProjectSession *m_session;
    ActivityModel *m_activity;
    ActionWatcher *m_watcher;
    QVector<RetryOffer> m_offers;
    qint64 m_lastNoActionKey = -(qint64(1) << 40); // activity keys for done writes without an action
    ActionWatcher *m_hetznerWatcher;
};

} // namespace hcloud
