#pragma once

#include <QtGlobal>

namespace hcloud::sim {

class SimProject;

// Keeps a floating IP's server and the server's public_net.floating_ips in
// step, as volumes.h does for volumes.
void linkFloatingIp(SimProject &project, qint64 ipId, qint64 serverId);
void unlinkFloatingIp(SimProject &project, qint64 ipId);
// A server is gone: its floating IPs stay, unassigned.
void releaseServerFloatingIps(SimProject &project, qint64 serverId);

}  // namespace hcloud::sim
