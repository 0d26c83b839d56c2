#pragma once

#include "core/sim/simreply.h"
#include "core/sim/simrequest.h"
#include "core/sim/simrouter.h"

#include <memory>

namespace hcloud::sim {

class SimCloud;

// Turns one request into one reply, as the API would: authentication,
// the project's rate limit, routing, and the headers every answer carries.
// Knows nothing about sockets or latency.
class SimApi
{
public:
    // Which of Hetzner's APIs: the Cloud API (api.hetzner.cloud) or the
    // Hetzner API (api.hetzner.com, Storage Boxes). Both see the same
    // projects, tokens and rate limits.
    enum class Which { Cloud, Hetzner };

    explicit SimApi(SimCloud &cloud, Which which = Which::Cloud);
    ~SimApi();

    // The demo's living cloud (SimLife); 0 turns it off.
    void setLivelySeconds(int seconds);

    // `request.path` holds every segment of the URL path ("v1" first).
    SimReply handle(SimRequest request, qint64 nowMs);

private:
    SimCloud &m_cloud;
    SimRouter m_router;
    std::unique_ptr<class SimLife> m_life;
    bool m_inLife = false;
};

}  // namespace hcloud::sim
