#pragma once

namespace hcloud::sim {

class SimRouter;

// GET /<kind> and GET /<kind>/{id} for every resource kind but actions
// (actionroutes.h), and GET /pricing.
void addReadRoutes(SimRouter &router);

}  // namespace hcloud::sim
