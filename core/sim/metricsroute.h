#pragma once

namespace hcloud::sim {

class SimRouter;

// GET /servers/{id}/metrics: plausible, repeatable cpu, disk and network
// series for the asked start, end and step.
void addMetricsRoute(SimRouter &router);

}  // namespace hcloud::sim
