#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include "core/sim/requestbody.h"
#include "core/sim/simreply.h"

#include <optional>

namespace hcloud::sim {

class SimProject;
struct LoadBalancerTypeInfo;
struct LocationInfo;

inline const QString kLoadBalancers = QStringLiteral("load_balancers");

// A new load balancer with addresses of its own and no services or targets.
QJsonObject makeLoadBalancer(SimProject &project, qint64 id, const QString &name, const LoadBalancerTypeInfo &type,
                             const LocationInfo &location, const QString &algorithm, const QJsonObject &labels);

// A service as the API keeps it, with the defaults filled in (ports, health
// check, http settings); problems name the fields that are wrong.
QJsonObject checkService(SimProject &project, const QJsonObject &in, Problems *problems);
// A service changed by an update_service body.
QJsonObject updatedService(SimProject &project, const QJsonObject &service, const QJsonObject &changes, Problems *problems);
// A target as the API keeps it (without health, which sync fills in).
QJsonObject checkTarget(SimProject &project, const QJsonObject &in, Problems *problems);

// 422 cloud_resource_ip_not_allowed for an IP target that is a server's,
// floating IP's or load balancer's own address: those are added as what
// they are, not by IP.
std::optional<SimReply> checkIpTargetAllowed(const SimProject &project, const QJsonObject &target);

// Label selector targets are resolved, each server target's health per
// service port is derived from the server (healthy while it runs), servers
// list the load balancers they are behind, and certificates the load
// balancers that use them.
void syncLoadBalancers(SimProject &project);

// One load balancer in front of the first servers, with an HTTP service.
void seedLoadBalancers(SimProject &project, qint64 createdSecs);

}  // namespace hcloud::sim
