#pragma once

namespace hcloud::sim {

class SimRouter;

// POST /servers, PUT and DELETE /servers/{id}, and
// GET /servers/{id}/actions/{action_id}.
void addServerWriteRoutes(SimRouter &router);

}  // namespace hcloud::sim
