#pragma once

#include "simreply.h"
#include "simrequest.h"
#include "simrouter.h"

namespace hcloud::sim {

class SimCloud;

// Turns one request into one reply, as the API would: authentication,
// the project's rate limit, routing, and the headers every answer carries.
// Knows nothing about sockets or latency.
class SimApi
{
public:
    explicit SimApi(SimCloud &cloud);

    // `request.path` holds every segment of the URL path ("v1" first).
    SimReply handle(SimRequest request, qint64 nowMs);

private:
    SimCloud &m_cloud;
    SimRouter m_router;
};

}  // namespace hcloud::sim
