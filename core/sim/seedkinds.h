#pragma once

namespace hcloud::sim {

class SimProject;

// Seeds the kinds besides servers that link to the project's seeded servers
// (floating IPs, placement groups, firewalls, a snapshot and a backup) and
// certificates. Call after the servers exist; it updates their
// `placement_group` to match.
void seedOtherKinds(SimProject &project);

}  // namespace hcloud::sim
