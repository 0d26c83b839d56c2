#pragma once

namespace hcloud::sim {

class SimRouter;

// POST/PUT/DELETE /load_balancers and their actions: services, targets,
// algorithm, type, public interface and protection.
void addLoadBalancerRoutes(SimRouter &router);

}  // namespace hcloud::sim
