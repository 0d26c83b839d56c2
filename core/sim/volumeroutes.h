#pragma once

namespace hcloud::sim {

class SimRouter;

// POST, PUT, DELETE /volumes and their actions: attach, detach, resize,
// change_protection (lists and gets are generic).
void addVolumeRoutes(SimRouter &router);

}  // namespace hcloud::sim
