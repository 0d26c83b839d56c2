#pragma once

#include <QtGlobal>

namespace hcloud::sim {

class SimProject;

// Fills a project deterministically from its seed: the catalog (locations,
// datacenters, server types, images, ISOs), `servers` servers with names,
// labels, statuses and addresses, and the actions of servers in transition.
void seedProject(SimProject &project, int servers);

// The moment seeded data is "as of" (2025-06-01T00:00:00Z): seeded dates
// lie before it, so they are in the past whenever the simulator runs.
inline constexpr qint64 seedEpoch = 1748736000;

}  // namespace hcloud::sim
