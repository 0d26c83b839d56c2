#include "core/projects/costpreloader.h"

#include "core/api/apiclient.h"
#include "core/projects/costestimate.h"
#include "core/projects/pricing.h"
#include "core/projects/projectsession.h"

namespace hcloud {

CostPreloader::CostPreloader(QObject *parent)
    : QObject(parent)
{
}

void CostPreloader::setSessions(const QList<ProjectSession *> &sessions)
{
    for (const QPointer<ProjectSession> &s : std::as_const(m_sessions)) {
        if (s)
            disconnect(s, nullptr, this, nullptr);
    }
    m_sessions.clear();
    for (ProjectSession *session : sessions) {
        m_sessions.append(session);
        // The token is in use once a list arrived.
        connect(session, &ProjectSession::refreshed, this, [this, session] { loadPricing(session); });
        connect(session, &ProjectSession::kindRefreshed, this, [this, session] { loadPricing(session); });
        session->listOnce(CostEstimate::listedKinds());
        loadPricing(session);
    }
}

QList<ProjectSession *> CostPreloader::sessions() const
{
    QList<ProjectSession *> alive;
    for (const QPointer<ProjectSession> &s : m_sessions) {
        if (s)
            alive.append(s);
    }
    return alive;
}

void CostPreloader::loadPricing(ProjectSession *session)
{
    Pricing *pricing = Pricing::forClient(session->client());
    if (!pricing->isLoaded() && session->client()->hasToken())
        pricing->load();
}

} // namespace hcloud
