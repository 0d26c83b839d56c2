#pragma once

#include "core/api/ratelimit.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrlQuery>

namespace hcloud {

class ApiCall;
class ProjectSession;

// What keeps a project's lists current while nobody asks, within a share
// of its API budget (10 % of 3600 requests an hour by default), whatever
// the project's size. Each tick may spend one request:
//  - the action feeds (GET /{kind}/actions?sort=id:desc), servers every
//    other tick and the shown kind's now and then, and then a GET of every
//    object a new or finished action names, at once;
//  - a rolling re-list, one page a tick, for what makes no action (renames,
//    labels), and the sidebar counts (per_page=1), by turns.
// A request spent is never more than the share allows over any 5 minutes:
// a bucket of 3 refills by one a tick, and routine work leaves one in it
// for the objects a feed names. F5 (ProjectSession::refreshKind) is apart.
class RefreshScheduler : public QObject
{
    Q_OBJECT
public:
    explicit RefreshScheduler(ProjectSession *session);

    static constexpr double kDefaultShare = 0.10;
    static constexpr int kBucket = 3;

    // The share of the hourly budget it may spend; 0 stops it.
    void setShare(double share);
    double share() const { return m_share; }
    // Tests and benchmarks run time faster (10: a tick every 1.1 s).
    void setTimeScale(double scale);
    void setPaused(bool paused);
    bool isRunning() const { return m_timer.isActive(); }
    // The kind on screen: its feed is read too, and its re-list comes first.
    void setShownKind(const QString &kindId);

    int tickMs() const;
    int requestsSent() const { return m_sent; }

    // Resource type in an action ("floating_ip") to its kind ("floating_ips").
    static QString kindOfResourceType(const QString &type);

signals:
    void requestSent();

private:
    void restart();
    void tick();
    bool spend(bool routine);
    void routine();
    void readFeed(const QString &kindId);
    void onFeed(const QString &kindId, const QJsonObject &answer);
    void noteInActivity(const QJsonObject &action, bool isNew);
    void fetchFollowUps();
    void relistPage();
    void countNext();
    QStringList feedKinds() const;
    ApiCall *get(const QString &path, const QUrlQuery &query);

    ProjectSession *m_session;
    QTimer m_timer;
    double m_share = kDefaultShare;
    double m_timeScale = 1;
    bool m_paused = false;
    int m_tokens = 1;
    int m_tick = 0;
    int m_sent = 0;
    QString m_shown = QStringLiteral("servers");
    RateLimit m_rateLimit;

    // Per kind: the newest action seen, and the actions seen running.
    QHash<QString, qint64> m_newestAction;
    QHash<QString, QSet<qint64>> m_running;
    QList<QPair<QString, qint64>> m_followUps; // kind, object id
    int m_feedTurn = 0;
    int m_otherTurn = 0;
    // The rolling re-list: which kind, and its next page.
    QString m_relistKind;
    int m_relistPage = 1;
    int m_relistKindTurn = 0;
    int m_countTurn = 0;
    bool m_busy = false; // one routine request at a time
};

} // namespace hcloud
