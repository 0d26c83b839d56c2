#pragma once

namespace hcloud::sim {

class SimRouter;

// POST /servers/{id}/actions/<command>: power, rebuild, change_type,
// rescue, password, images, backups, ISO, reverse DNS, protection,
// console. Each runs as an action over time (ActionClock).
void addServerActionRoutes(SimRouter &router);

}  // namespace hcloud::sim
