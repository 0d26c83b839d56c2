#pragma once

namespace hcloud::sim {

class SimRouter;

// POST, PUT, DELETE /floating_ips and their actions: assign, unassign,
// change_dns_ptr, change_protection (lists and gets are generic).
void addFloatingIpRoutes(SimRouter &router);

}  // namespace hcloud::sim
