#include "projectactions.h"

#include "models/activitymodel.h"
#include "models/resourcelistmodel.h"
#include "pendingwrite.h"
#include "projectsession.h"
#include "resources/actiontext.h"
#include "resources/resourcekind.h"

#include <QCoreApplication>
#include <QJsonArray>
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
    PendingWrite *pending = m_session->write(method, path, body);
    const QString kind = path.section(QLatin1Char('/'), 1, 1); // "/volumes/7/actions/x" -> volumes
    connect(pending, &PendingWrite::finished, this, [this, pending, description, kind] {
        const ApiError &error = pending->error();
        if (!error.isError()) {
            started(pending->json(), description, kind);
            return;
        }
        ApiError shown = error;
        if (error.kind == ApiError::Kind::Network) {
            // Never sent again by itself: the user looks at the fresh list first.
            shown.message = QCoreApplication::translate(
                                "hcloud::ProjectActions",
                                "No answer arrived (%1), so it is unknown whether this happened. The list "
                                "was refreshed: check it before trying again.")
                                .arg(error.message);
        }
        m_activity->addRefusal(description, shown);
        m_session->refreshKind(kind);
    });
    return pending;
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
