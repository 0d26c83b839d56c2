#pragma once

namespace hcloud::sim {

class SimRouter;

// POST, PUT and DELETE of /ssh_keys (lists and gets are generic).
void addSshKeyRoutes(SimRouter &router);

}  // namespace hcloud::sim
