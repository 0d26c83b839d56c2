#pragma once

namespace hcloud::sim {

class SimRouter;

// POST/PUT/DELETE /networks, their actions, and the servers' attach,
// detach and alias actions.
void addNetworkRoutes(SimRouter &router);

}  // namespace hcloud::sim
