#pragma once

#include "core/sim/requestbody.h"
#include "core/sim/simreply.h"
#include "core/sim/simrouter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace hcloud::sim {

class SimProject;

// What the rrset routes and the rrset actions share.

// 422 incorrect_zone_mode unless the zone is primary.
std::optional<SimReply> checkPrimary(const SimProject &project, qint64 zone);
QString zoneName(const SimProject &project, qint64 zone);
// A write on a zone's rrsets: the zone is primary (422 when not), then the
// body is read.
using PrimaryZoneWrite = std::function<SimReply(RouteContext &, qint64 zone, const QJsonObject &body)>;
void addPrimaryZoneWrite(SimRouter &router, const QString &suffix, PrimaryZoneWrite handler);
// Records of a request: present, distinct, each a valid value of the type.
QJsonArray checkRecords(const QString &type, const QJsonValue &in, bool commentRequired, Problems *problems);
// An rrset TTL: null, or seconds in the API's range.
void checkTtl(const QJsonValue &ttl, Problems *problems);
// A CNAME shares its name with nothing else.
std::optional<SimReply> cnameConflict(const SimProject &project, qint64 zone, const QString &name, const QString &type);
// rr_name and rr_type of the path: the rrset's key, or the reply for a bad
// type or a missing rrset.
std::optional<SimReply> findRrset(RouteContext &c, qint64 zone, qint64 *key);
// 422 protected while the rrset's change protection is on.
std::optional<SimReply> checkChangeable(const QJsonObject &rrset);
// The records of a change to an existing rrset: it must be changeable and
// the records valid for its type; otherwise the refusal.
std::optional<SimReply> readRecords(const QJsonObject &rrset, const QJsonObject &body, QJsonArray *records);

// Starts `command` on the rrset's zone; `apply` gets the rrset as it is
// when the action ends (nullopt once it is gone) and returns it changed,
// or nullopt to remove it.
using RrsetChange = std::function<std::optional<QJsonObject>(std::optional<QJsonObject>)>;
SimReply changeRrset(RouteContext &c, qint64 zone, const QString &name, const QString &type, const QString &command, RrsetChange apply,
                     int status = 201);

// The old records and those added that are not there yet.
QJsonArray mergedRecords(const QJsonArray &old, const QJsonArray &added);

inline QString nameOf(const QJsonObject &rrset) { return rrset.value(QLatin1String("name")).toString(); }
inline QString typeOf(const QJsonObject &rrset) { return rrset.value(QLatin1String("type")).toString(); }

// POST .../rrsets/{name}/{type}/actions/...: records added, removed, set
// and commented; TTL and protection.
void addRrsetActions(SimRouter &router);

}  // namespace hcloud::sim
