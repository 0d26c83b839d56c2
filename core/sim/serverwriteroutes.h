#pragma once

namespace hcloud::sim {

class SimRouter;

// POST /servers, PUT and DELETE /servers/{id}.
void addServerWriteRoutes(SimRouter &router);

}  // namespace hcloud::sim
