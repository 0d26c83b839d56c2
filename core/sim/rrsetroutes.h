#pragma once

namespace hcloud::sim {

class SimRouter;

// /zones/{id_or_name}/rrsets: list, create, get, labels, delete, and the
// rrset actions (records added, removed, set and commented, TTL and
// protection). Add after the other routes: {name} takes any segment.
void addRrsetRoutes(SimRouter &router);

}  // namespace hcloud::sim
