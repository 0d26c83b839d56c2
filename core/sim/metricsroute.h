#pragma once

namespace hcloud::sim {

class SimRouter;

// GET /servers/{id}/metrics (cpu, disk, network) and
// GET /load_balancers/{id}/metrics (open_connections, connections_per_second,
// requests_per_second, bandwidth): plausible, repeatable series for the
// asked start, end and step.
void addMetricsRoute(SimRouter &router);

}  // namespace hcloud::sim
