#include "core/sim/simapi.h"
#include "core/sim/simlife.h"

#include "core/sim/actionroutes.h"
#include "core/sim/readroutes.h"
#include "core/sim/serverlinks.h"
#include "core/sim/simcloud.h"
#include "core/sim/imageroutes.h"
#include "core/sim/loadbalancerroutes.h"
#include "core/sim/metricsroute.h"
#include "core/sim/networkroutes.h"
#include "core/sim/serveractionroutes.h"
#include "core/sim/serverwriteroutes.h"
#include "core/sim/certificateroutes.h"
#include "core/sim/firewallroutes.h"
#include "core/sim/floatingiproutes.h"
#include "core/sim/primaryiproutes.h"
#include "core/sim/placementgrouproutes.h"
#include "core/sim/sshkeyroutes.h"
#include "core/sim/volumeroutes.h"
#include "core/sim/rrsetroutes.h"
#include "core/sim/zoneroutes.h"
#include "core/sim/storageboxes.h"
#include "core/sim/storageboxroutes.h"

namespace hcloud::sim {

namespace {

QString bearerToken(const QByteArray &authorization)
{
    const QByteArray scheme("bearer ");
    if (authorization.size() <= scheme.size() || authorization.left(scheme.size()).toLower() != scheme)
        return QString();
    return QString::fromLatin1(authorization.mid(scheme.size()).trimmed());
}

void addRateLimitHeaders(SimReply &reply, RateLimiter &limiter, qint64 nowMs)
{
    reply.setHeader("RateLimit-Limit", QByteArray::number(limiter.limit()));
    reply.setHeader("RateLimit-Remaining", QByteArray::number(limiter.remaining(nowMs)));
    reply.setHeader("RateLimit-Reset", QByteArray::number(limiter.resetAt(nowMs)));
}

}  // namespace

SimApi::SimApi(SimCloud &cloud, Which which) : m_cloud(cloud)
{
    if (which == Which::Hetzner) {
        addKindActionRoutes(m_router, kStorageBoxes, kBoxType);
        addStorageBoxRoutes(m_router);
        addStorageBoxChildRoutes(m_router);
        return;
    }
    addReadRoutes(m_router);
    addActionRoutes(m_router);
    addSshKeyRoutes(m_router);
    addPlacementGroupRoutes(m_router);
    addNetworkRoutes(m_router);
    addLoadBalancerRoutes(m_router);
    addImageRoutes(m_router);
    addCertificateRoutes(m_router);
    addFirewallRoutes(m_router);
    addServerWriteRoutes(m_router);
    addServerActionRoutes(m_router);
    addMetricsRoute(m_router);
    addVolumeRoutes(m_router);
    addFloatingIpRoutes(m_router);
    addPrimaryIpRoutes(m_router);
    // Last: zones/{name} would take any segment a later route needs.
    addZoneRoutes(m_router);
    addRrsetRoutes(m_router);
}

SimApi::~SimApi() = default;

void SimApi::setLivelySeconds(int seconds)
{
    m_life = seconds > 0 ? std::make_unique<SimLife>(seconds) : nullptr;
}

SimReply SimApi::handle(SimRequest request, qint64 nowMs)
{
    SimReply reply;
    RateLimiter *limiter = nullptr;
    bool readOnly = false;
    SimProject *project = m_cloud.projectForToken(bearerToken(request.authorization), &readOnly);
    if (project && m_life && !m_inLife) {
        // What others did in the meantime, answered first (and unseen).
        m_inLife = true;
        for (SimRequest &happening : m_life->beforeRequest(*project, nowMs)) {
            happening.endpoint = request.endpoint;
            handle(std::move(happening), nowMs);
        }
        m_inLife = false;
    }

    if (!project) {
        limiter = &m_cloud.anonymousRateLimiter();
        reply = limiter->take(nowMs)
            ? SimReply::error(401, QStringLiteral("unauthorized"), QStringLiteral("unable to authenticate"))
            : SimReply::error(429, QStringLiteral("rate_limit_exceeded"),
                              QStringLiteral("limit of requests per hour reached"));
    } else {
        limiter = &project->rateLimiter();
        // Actions progress with time; every answer sees the state of its moment.
        if (project->actions().advance(*project, nowMs))
            syncLinks(*project);
        if (!limiter->take(nowMs)) {
            reply = SimReply::error(
                429, QStringLiteral("rate_limit_exceeded"),
                QStringLiteral("limit of %1 requests per hour reached").arg(limiter->limit()));
        } else if (readOnly && request.method != "GET" && request.method != "HEAD") {
            // A Read token may list and fetch, nothing else; the API says
            // so with 401, the status of a rejected token, and its own code.
            reply = SimReply::error(401, QStringLiteral("token_readonly"),
                                    QStringLiteral("The token is read-only and cannot be used for this request"));
        } else if (request.path.isEmpty() || request.path.first() != QLatin1String("v1")) {
            reply = SimReply::notFound(QStringLiteral("not found"));
        } else if (auto gone = m_cloud.apiDate().refuse(request)) {
            reply = *gone;
        } else {
            request.path.removeFirst();
            RouteContext context{*project, request, {}, {}, m_cloud.apiDate()};
            const RouteHandler *handler = m_router.match(request.method, request.path, &context.ids, &context.names);
            reply = handler ? (*handler)(context) : SimReply::notFound(QStringLiteral("not found"));
            m_cloud.apiDate().shape(reply);
        }
    }

    addRateLimitHeaders(reply, *limiter, nowMs);
    if (!reply.body.isEmpty())
        reply.setHeader("Content-Type", "application/json");
    return reply;
}

}  // namespace hcloud::sim
