#pragma once

namespace hcloud::sim {

class SimRouter;

// GET /<kind> and GET /<kind>/{id} for every resource kind, plus
// GET /actions?id=..., GET /servers/{id}/actions and GET /pricing.
void addReadRoutes(SimRouter &router);

}  // namespace hcloud::sim
