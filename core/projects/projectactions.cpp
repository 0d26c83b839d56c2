#include "core/projects/projectactions.h"

#include "core/models/activitymodel.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/outcomecheck.h"
#include "core/projects/pendingwrite.h"
#include "core/projects/projectsession.h"
#include "core/resources/actiontext.h"
#include "core/resources/resourcekind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QSet>

namespace hcloud {

ProjectActions::ProjectActions(ProjectSession *session)
    : QObject(session)
    , m_session(session)
    , m_activity(new ActivityModel(this))
    , m_watcher(new ActionWatcher(session->client(), this))
    , m_hetznerWatcher(new ActionWatcher(session->client(ResourceKind::Api::Hetzner), this))
{
    m_hetznerWatcher->setPollPath(QStringLiteral("/storage_boxes/actions"));
    followWatcher(m_watcher);
    followWatcher(m_hetznerWatcher);
}

void ProjectActions::followWatcher(ActionWatcher *watcher)
{
    connect(watcher, &ActionWatcher::progressed, this, [this](const ActionState &action) {
        m_activity->updateAction(action);
        showInRows(action, true);
    });
    connect(watcher, &ActionWatcher::finished, this, [this](const ActionState &action) {
        m_activity->updateAction(action);
        showInRows(action, false);
        // The lists of what the action touched show its outcome.
        QSet<QString> kinds{QStringLiteral("servers")};
        for (const QJsonValue &value : action.resources)
            kinds.insert(kindOf(value.toObject()));
        for (const QString &kind : std::as_const(kinds))
            m_session->refreshKind(kind);
        emit actionFinished(action);
    });
}

PendingWrite *ProjectActions::run(const QString &description, const QByteArray &method, const QString &path,
                                  const QJsonObject &body)
{
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    PendingWrite *inner = m_session->write(method, path, body);
    auto *outer = new PendingWrite(this);
    const QString kind = path.section(QLatin1Char('/'), 1, 1); // "/volumes/7/actions/x" -> volumes
    connect(inner, &PendingWrite::finished, this,
            [this, inner, outer, description, method, path, body, sentAt, kind] {
        const ApiError &error = inner->error();
        if (!error.isError()) {
            started(inner->json(), description, kind);
            outer->finish(inner->json(), error);
            return;
        }
        if (inner->outcomeUnknown()) {
            checkOutcome(inner, outer, description, method, path, body, sentAt, kind);
            return;
        }
        m_activity->addRefusal(description, error);
        m_session->refreshKind(kind);
        outer->finish(inner->json(), error);
    });
    return outer;
}

void ProjectActions::checkOutcome(PendingWrite *inner, PendingWrite *outer, const QString &description,
                                  const QByteArray &method, const QString &path, const QJsonObject &body,
                                  const QDateTime &sentAt, const QString &kind)
{
    const ApiError error = inner->error();
    QPointer<PendingWrite> guard(outer);
    // Never sent again by itself: a fresh look at the object decides first.
    // The writer: it holds the token the write was sent with.
    OutcomeCheck::run(m_session->writer(), method, path, body, sentAt, this,
                      [this, guard, error, description, method, path, body, kind](const OutcomeCheck::Outcome &o) {
        m_session->refreshKind(kind);
        ApiError shown = error;
        switch (o.verdict) {
        case OutcomeCheck::Verdict::Happened: {
            // Done after all: shown and reported like an answered write.
            QJsonObject answer;
            if (!o.action.isEmpty()) {
                answer.insert(QStringLiteral("action"), o.action);
                track(o.action, description);
            } else {
                ActionState done;
                done.id = --m_lastNoActionKey;
                done.status = QStringLiteral("success");
                done.progress = 100;
                done.started = done.finished = QDateTime::currentDateTimeUtc();
                m_activity->addAction(done, description);
            }
            if (!o.object.isEmpty())
                answer.insert(kind.chopped(1), o.object);
            if (guard)
                guard->finish(answer, {}, true);
            return;
        }
        case OutcomeCheck::Verdict::NotHappened:
            shown.message = QCoreApplication::translate(
                "hcloud::ProjectActions",
                "No answer arrived (%1). A fresh look shows it was not done, so it can be tried again.")
                                .arg(error.message);
            m_offers.append({description, method, path, body});
            emit retryOffersChanged();
            break;
        case OutcomeCheck::Verdict::Unknown:
            shown.message = QCoreApplication::translate(
                "hcloud::ProjectActions",
                "No answer arrived (%1), and a fresh look could not tell whether it was done (%2). "
                "Check the list before trying again.")
                                .arg(error.message, o.why);
            break;
        }
        m_activity->addRefusal(description, shown);
        if (guard) {
            guard->setRetryIsSafe(o.verdict == OutcomeCheck::Verdict::NotHappened);
            guard->finish({}, shown, true);
        }
    });
}

PendingWrite *ProjectActions::retry(int index)
{
    if (index < 0 || index >= m_offers.size())
        return nullptr;
    const RetryOffer offer = m_offers.takeAt(index);
    emit retryOffersChanged();
    return run(offer.description, offer.method, offer.path, offer.body);
}

void ProjectActions::dismissOffer(int index)
{
    if (index < 0 || index >= m_offers.size())
        return;
    m_offers.removeAt(index);
    emit retryOffersChanged();
}

void ProjectActions::started(const QJsonObject &answer, const QString &description, const QString &kind)
{
    if (answer.contains(QLatin1String("server")) && m_session->servers())
        m_session->servers()->upsert(answer.value(QLatin1String("server")).toObject());
    bool any = false;
    if (answer.value(QLatin1String("action")).isObject()) {
        track(answer.value(QLatin1String("action")).toObject(), description);
        any = true;
    }
    for (const QLatin1String key : {QLatin1String("next_actions"), QLatin1String("actions")}) {
        for (const QJsonValue &next : answer.value(key).toArray()) {
            const QJsonObject action = next.toObject();
            track(action, actionCommandText(action.value(QLatin1String("command")).toString()));
            any = true;
        }
    }
    // A write without an action (rename, labels) is done at once.
    if (!any)
        m_session->refreshKind(kind);
}

void ProjectActions::track(const QJsonObject &action, const QString &description)
{
    const ActionState state = ActionState::fromJson(action);
    if (state.id <= 0)
        return;
    m_activity->addAction(state, description);
    showInRows(state, state.isRunning());
    // Each API polls its own actions: a Storage Box's are the Hetzner API's.
    const ResourceKind *kind = nullptr;
    for (const QJsonValue &resource : state.resources) {
        if (!kind)
            kind = resourceKindById(kindOf(resource.toObject()));
    }
    (kind && kind->api == ResourceKind::Api::Hetzner ? m_hetznerWatcher : m_watcher)->watch(action);
}

QString ProjectActions::kindOf(const QJsonObject &resource)
{
    // An action's resource types are the kinds' singular: "floating_ip",
    // "storage_box".
    const QString type = resource.value(QLatin1String("type")).toString();
    return type + (type.endsWith(QLatin1Char('x')) ? QStringLiteral("es") : QStringLiteral("s"));
}

void ProjectActions::showInRows(const ActionState &action, bool running)
{
    for (const QJsonValue &value : action.resources) {
        const QJsonObject resource = value.toObject();
        ResourceListModel *list = m_session->existingModel(kindOf(resource));
        if (!list)
            continue;
        const qint64 id = resource.value(QLatin1String("id")).toInteger();
        if (running)
            list->setActivity(id, actionCommandText(action.command), action.progress);
        else
            list->clearActivity(id);
    }
}

} // namespace hcloud
