#include "core/projects/othersactions.h"

#include "core/api/apiclient.h"
#include "core/models/activitymodel.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"
#include "core/resources/actiontext.h"
#include "core/resources/nameindex.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace hcloud {

OthersActions::OthersActions(ProjectSession *session)
    : QObject(session)
    , m_session(session)
{
    connect(session, &ProjectSession::refreshed, this, &OthersActions::look);
}

void OthersActions::look()
{
    if (m_asking)
        return;
    m_asking = true;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("running"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("50"));
    ApiCall *call = m_session->client()->get(QStringLiteral("/servers/actions"), query);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        m_asking = false;
        if (call->error().isError())
            return; // the lists show the project's problems; this is extra
        ProjectActions *actions = m_session->actions();
        for (const QJsonValue &value : call->json().value(QLatin1String("actions")).toArray()) {
            const QJsonObject action = value.toObject();
            if (actions->activity()->find(action.value(QLatin1String("id")).toInteger()))
                continue;
            QString server;
            for (const QJsonValue &r : action.value(QLatin1String("resources")).toArray()) {
                if (r[QLatin1String("type")].toString() == QLatin1String("server"))
                    server = m_session->names()->name(QStringLiteral("servers"), r[QLatin1String("id")].toInteger());
            }
            const QString what = actionCommandText(action.value(QLatin1String("command")).toString());
            actions->follow(action, server.isEmpty() ? what : tr("%1 “%2”").arg(what, server));
        }
    });
}

} // namespace hcloud
