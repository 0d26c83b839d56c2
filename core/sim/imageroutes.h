#pragma once

namespace hcloud::sim {

class SimRouter;

// PUT and DELETE /images/{id} and change_protection, for the project's
// snapshots and backups; system images are Hetzner's and refuse.
void addImageRoutes(SimRouter &router);

}  // namespace hcloud::sim
