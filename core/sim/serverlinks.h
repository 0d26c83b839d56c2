#pragma once

#include "core/sim/simreply.h"

#include <QJsonObject>

#include <optional>

namespace hcloud::sim {

class SimProject;

// A server's ties to other kinds that a create request may set up and a
// delete must undo, so no object points at a server that is gone.

// Checks the create body's placement_group, firewalls and networks (which
// need a free address in the server's network zone).
std::optional<SimReply> checkServerLinks(SimProject &project, const QJsonObject &body, const QString &zone);
// Joins the placement group and networks and applies the firewalls the
// body names.
void linkNewServer(SimProject &project, qint64 serverId, const QJsonObject &body);
// After a delete: volumes detach, the placement group, networks and
// firewalls lose it, floating IPs are unassigned and primary IPs deleted
// or unassigned (auto_delete).
void forgetServer(SimProject &project, qint64 serverId);

// What follows from servers' labels and states: firewalls and load
// balancer targets matched by label selectors, and target health.
void syncLinks(SimProject &project);

// Membership kept on both sides: server.placement_group holds the group
// object and group.servers the server's id.
void joinPlacementGroup(SimProject &project, qint64 serverId, qint64 groupId);
void leavePlacementGroup(SimProject &project, qint64 serverId);
// After a group changed: each member's copy of it follows.
void refreshGroupMembers(SimProject &project, const QJsonObject &group);

}  // namespace hcloud::sim
