#pragma once

namespace hcloud::sim {

class SimRouter;

// POST (uploaded certificates only so far), PUT and DELETE of /certificates.
void addCertificateRoutes(SimRouter &router);

}  // namespace hcloud::sim
