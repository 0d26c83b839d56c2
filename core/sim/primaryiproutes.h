#pragma once

namespace hcloud::sim {

class SimRouter;

// POST, PUT, DELETE /primary_ips and their actions: assign, unassign,
// change_dns_ptr, change_protection (lists and gets are generic).
void addPrimaryIpRoutes(SimRouter &router);

}  // namespace hcloud::sim
