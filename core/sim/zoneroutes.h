#pragma once

namespace hcloud::sim {

class SimRouter;

// GET /zones/{name}, POST/PUT/DELETE /zones, the zone actions and the zone
// file export. Add after the other routes: {name} takes any segment.
void addZoneRoutes(SimRouter &router);

}  // namespace hcloud::sim
