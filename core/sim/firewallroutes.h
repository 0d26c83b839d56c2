#pragma once

namespace hcloud::sim {

class SimRouter;

// POST (without apply_to so far), PUT and DELETE of /firewalls.
void addFirewallRoutes(SimRouter &router);

}  // namespace hcloud::sim
