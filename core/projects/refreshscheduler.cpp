#include "core/projects/refreshscheduler.h"

#include "core/api/apiclient.h"
#include "core/api/jsonparse.h"
#include "core/models/activitymodel.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"
#include "core/resources/actiontext.h"
#include "core/resources/nameindex.h"
#include "core/resources/resourcekind.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>

namespace hcloud {

namespace {

const QString kServers = QStringLiteral("servers");
// The kinds whose actions the API lists (GET /{kind}/actions).
const QStringList kKindsWithActions = {kServers, QStringLiteral("volumes"), QStringLiteral("floating_ips"),
                                       QStringLiteral("primary_ips"), QStringLiteral("load_balancers"),
                                       QStringLiteral("networks"), QStringLiteral("firewalls"),
                                       QStringLiteral("certificates"), QStringLiteral("images")};
constexpr int kFeedPage = 25;

// Full speed with half the budget left; below that, routine ticks thin out.
bool budgetAllows(const RateLimit &limit, int tick)
{
    if (!limit.isKnown() || limit.limit <= 0)
        return true;
    const double left = double(limit.remaining) / limit.limit;
    if (left >= 0.5)
        return true;
    const int every = int(std::min(20.0, 0.5 / std::max(left, 0.025)));
    return tick % std::max(1, every) == 0;
}

} // namespace

RefreshScheduler::RefreshScheduler(ProjectSession *session)
    : QObject(session)
    , m_session(session)
{
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::tick);
    connect(session, &ProjectSession::rateLimitChanged, this,
            [this](const RateLimit &limit) { m_rateLimit = limit; });
    restart();
}

QString RefreshScheduler::kindOfResourceType(const QString &type)
{
    return type + QLatin1Char('s');
}

int RefreshScheduler::tickMs() const
{
    if (m_share <= 0)
        return 0;
    // The share of 3600 requests an hour, less a tenth to spare.
    const int limit = m_rateLimit.isKnown() && m_rateLimit.limit > 0 ? m_rateLimit.limit : 3600;
    const double perHour = m_share * limit * 0.9;
    return int(3600.0 * 1000 / perHour / m_timeScale);
}

void RefreshScheduler::setShare(double share)
{
    m_share = std::max(0.0, share);
    restart();
}

void RefreshScheduler::setTimeScale(double scale)
{
    m_timeScale = std::max(0.001, scale);
    restart();
}

void RefreshScheduler::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    restart();
}

void RefreshScheduler::setShownKind(const QString &kindId)
{
    m_shown = kindId;
}

void RefreshScheduler::restart()
{
    if (m_paused || tickMs() <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(tickMs());
}

bool RefreshScheduler::spend(bool routine)
{
    // Routine work keeps a token for the objects a feed names.
    if (m_tokens < (routine ? 2 : 1))
        return false;
    --m_tokens;
    ++m_sent;
    emit requestSent();
    return true;
}

ApiCall *RefreshScheduler::get(const QString &path, const QUrlQuery &query)
{
    return m_session->client()->get(path, query);
}

void RefreshScheduler::tick()
{
    m_tokens = std::min(kBucket, m_tokens + 1);
    ++m_tick;
    // Nothing before the first listing has the token and the baseline.
    if (!m_session->client()->hasToken() || !m_session->existingModel(kServers)
        || !m_session->existingModel(kServers)->isLoaded())
        return;
    fetchFollowUps();
    if (!m_busy && budgetAllows(m_rateLimit, m_tick))
        routine();
}

QStringList RefreshScheduler::feedKinds() const
{
    QStringList kinds;
    for (const QString &kind : kKindsWithActions) {
        const ResourceListModel *list = m_session->existingModel(kind);
        if (kind != kServers && list && list->isLoaded())
            kinds.append(kind);
    }
    return kinds;
}

void RefreshScheduler::routine()
{
    // Even ticks: the servers' feed. Odd ones by turns: the shown kind's
    // feed, the rolling re-list, another kind's feed, a count.
    if (m_tick % 2 == 0 || !m_newestAction.contains(kServers)) {
        readFeed(kServers);
        return;
    }
    const QStringList others = feedKinds();
    switch (m_otherTurn++ % 4) {
    case 0:
        if (m_shown != kServers && others.contains(m_shown)) {
            readFeed(m_shown);
            return;
        }
        break;
    case 2:
        if (!others.isEmpty()) {
            readFeed(others.at(m_feedTurn++ % others.size()));
            return;
        }
        break;
    case 3:
        countNext();
        return;
    default:
        break;
    }
    relistPage();
}

void RefreshScheduler::readFeed(const QString &kindId)
{
    if (!spend(true))
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("id:desc"));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(kFeedPage));
    m_busy = true;
    ApiCall *call = get(QLatin1Char('/') + kindId + QStringLiteral("/actions"), query);
    connect(call, &ApiCall::finished, this, [this, call, kindId] {
        m_busy = false;
        if (!call->error().isError())
            onFeed(kindId, call->json());
    });
}

void RefreshScheduler::onFeed(const QString &kindId, const QJsonObject &answer)
{
    const bool first = !m_newestAction.contains(kindId);
    qint64 newest = m_newestAction.value(kindId, 0);
    const qint64 before = newest;
    QSet<qint64> &running = m_running[kindId];
    for (const QJsonValue &value : answer.value(QLatin1String("actions")).toArray()) {
        const QJsonObject action = value.toObject();
        const qint64 id = action.value(QLatin1String("id")).toInteger();
        const bool isRunning = action.value(QLatin1String("status")).toString() == QLatin1String("running");
        newest = std::max(newest, id);
        // New since the last look, or ended since: what it names changed.
        const bool changed = !first && (id > before || (running.contains(id) && !isRunning));
        if (isRunning)
            running.insert(id);
        else
            running.remove(id);
        noteInActivity(action, first ? isRunning : id > before);
        for (const QJsonValue &r : action.value(QLatin1String("resources")).toArray()) {
            const QString kind = kindOfResourceType(r[QLatin1String("type")].toString());
            const qint64 objectId = r[QLatin1String("id")].toInteger();
            ResourceListModel *list = m_session->existingModel(kind);
            if (!list || !list->isLoaded())
                continue;
            // Another client's action shows in its row while it runs.
            if (isRunning)
                list->setActivity(objectId, actionCommandText(action.value(QLatin1String("command")).toString()),
                                  action.value(QLatin1String("progress")).toInt());
            else if (changed)
                list->clearActivity(objectId);
            const QPair<QString, qint64> key{kind, objectId};
            if (changed && !m_followUps.contains(key))
                m_followUps.append(key);
        }
    }
    m_newestAction.insert(kindId, newest);
    fetchFollowUps();
}

void RefreshScheduler::noteInActivity(const QJsonObject &action, bool isNew)
{
    // Actions started elsewhere (the Hetzner Console, a script, a colleague)
    // show in the Activity like our own, kept current by the feed itself.
    ActivityModel *activity = m_session->actions()->activity();
    const ActionState state = ActionState::fromJson(action);
    if (activity->find(state.id)) {
        activity->updateAction(state);
        return;
    }
    if (!isNew)
        return;
    QString name;
    for (const QJsonValue &r : state.resources) {
        const QString kind = kindOfResourceType(r[QLatin1String("type")].toString());
        const qint64 id = r[QLatin1String("id")].toInteger();
        if (name.isEmpty())
            name = m_session->names()->name(kind, id);
        const ResourceListModel *list = m_session->existingModel(kind);
        if (name.isEmpty() && list && list->rowOfKey(id) >= 0)
            name = list->rowAt(list->rowOfKey(id))->name;
    }
    const QString what = actionCommandText(state.command);
    activity->addAction(state, name.isEmpty() ? what : tr("%1 “%2”").arg(what, name));
}

void RefreshScheduler::fetchFollowUps()
{
    while (!m_followUps.isEmpty() && spend(false)) {
        const auto [kind, id] = m_followUps.takeFirst();
        ApiCall *call = get(QStringLiteral("/%1/%2").arg(kind).arg(id), {});
        connect(call, &ApiCall::finished, this, [this, call, kind = kind, id = id] {
            ResourceListModel *list = m_session->existingModel(kind);
            const ResourceKind *k = resourceKindById(kind);
            if (!list || !k)
                return;
            if (call->httpStatus() == 404) {
                list->remove(id);
                return;
            }
            // The answer's object is under the kind's singular key.
            for (auto it = call->json().constBegin(); it != call->json().constEnd(); ++it) {
                if (it.value().isObject() && it.value()[QLatin1String("id")].toInteger() == id) {
                    list->upsert(it.value().toObject());
                    return;
                }
            }
        });
    }
}

void RefreshScheduler::relistPage()
{
    // The shown kind first, then every loaded kind in turn.
    if (m_relistKind.isEmpty()) {
        QStringList loaded{m_shown};
        for (const ResourceKind *kind : resourceKinds()) {
            const ResourceListModel *list = m_session->existingModel(kind->id);
            if (kind->id != m_shown && list && list->isLoaded())
                loaded.append(kind->id);
        }
        m_relistKind = loaded.at(m_relistKindTurn++ % loaded.size());
        m_relistPage = 1;
    }
    ResourceListModel *list = m_session->existingModel(m_relistKind);
    if (!list || !list->isLoaded() || list->isListing()) {
        m_relistKind.clear();
        return;
    }
    if (!spend(true))
        return;
    m_busy = true;
    const QString kindId = m_relistKind;
    const int page = m_relistPage;
    m_session->relistPage(kindId, page, [this, kindId, page](bool ok, bool last) {
        m_busy = false;
        if (kindId != m_relistKind)
            return;
        if (!ok || last)
            m_relistKind.clear();
        else
            m_relistPage = page + 1;
    });
}

void RefreshScheduler::countNext()
{
    QStringList unloaded;
    for (const ResourceKind *kind : resourceKinds()) {
        const ResourceListModel *list = m_session->existingModel(kind->id);
        if (!list || !list->isLoaded())
            unloaded.append(kind->id);
    }
    if (unloaded.isEmpty()) {
        relistPage();
        return;
    }
    if (!spend(true))
        return;
    m_busy = true;
    m_session->countKind(unloaded.at(m_countTurn++ % unloaded.size()), [this] { m_busy = false; });
}

} // namespace hcloud
