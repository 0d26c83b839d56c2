#pragma once

#include "core/sim/simreply.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace hcloud::sim {

class SimProject;

// Primary IPs and the servers they are assigned to. The server shows its
// primary IPs in public_net.ipv4 / public_net.ipv6; these functions keep
// that copy and the primary IP's assignee_id in step.

// A primary IP as the API shows it; assigneeId 0 means unassigned.
QJsonObject makePrimaryIp(qint64 id, const QString &name, const QString &ip, const QJsonObject &datacenter,
                          qint64 assigneeId, bool autoDelete, const QJsonObject &labels, qint64 createdSecs);

// Records the primary IPs a new server's public_net names (with the
// server's ids and addresses), as the API creates them with a server.
void addServerPrimaryIps(SimProject &project, const QJsonObject &server, qint64 createdSecs);

// A new server in `location` may take this existing primary IP as its
// public_net.ipv4 / ipv6 (`type`): it exists, is free and is there.
std::optional<SimReply> checkPrimaryIpForNewServer(SimProject &project, qint64 ipId, const QString &type, const QString &location);

void assignPrimaryIp(SimProject &project, qint64 ipId, qint64 serverId);
void unassignPrimaryIp(SimProject &project, qint64 ipId);
// Writes the primary IP's state (reverse DNS) into its server's public_net.
void showPrimaryIpOnServer(SimProject &project, qint64 ipId);

// The other way round: the server's reverse DNS changed (server action
// change_dns_ptr), its primary IPs take it over.
void copyServerDnsPtrs(SimProject &project, qint64 serverId);

// A server is gone: its primary IPs with auto_delete go too, the others
// stay unassigned.
void releaseServerPrimaryIps(SimProject &project, qint64 serverId);

}  // namespace hcloud::sim
