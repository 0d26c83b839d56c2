#pragma once

namespace hcloud::sim {

class SimRouter;

// POST, PUT and DELETE of /placement_groups (lists and gets are generic).
void addPlacementGroupRoutes(SimRouter &router);

}  // namespace hcloud::sim
