#pragma once

#include "core/sim/simreply.h"
#include "core/sim/simrouter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace hcloud::sim {

class SimProject;

inline const QString kZones = QStringLiteral("zones");
// Rrsets of every zone, under ids of the simulator's own; their API id is
// "name/TYPE" and `zone` says whose they are.
inline const QString kRrsets = QStringLiteral("zone_rrsets");

// Hetzner's nameservers, assigned to every zone.
const QStringList &assignedNameservers();

// The zone named by an id or a name; 0 when there is none.
qint64 zoneId(const SimProject &project, const QString &idOrName);
// The simulator's key of the zone's rrset; 0 when there is none.
qint64 rrsetKey(const SimProject &project, qint64 zone, const QString &name, const QString &type);
// The zone's rrsets, in the order they were made.
QVector<QJsonObject> zoneRrsets(const SimProject &project, qint64 zone);

QJsonObject makeRrset(qint64 zone, const QString &name, const QString &type, const QJsonValue &ttl,
                      const QJsonArray &records, const QJsonObject &labels = {});
// Adds or replaces an rrset (by name and type).
void putRrset(SimProject &project, const QJsonObject &rrset);
void removeRrset(SimProject &project, qint64 zone, const QString &name, const QString &type);

// After its records changed: record_count again, and the SOA serial one up
// in the YYYYMMDDnn form Hetzner keeps.
void zoneChanged(SimProject &project, qint64 zone);

// Starts `command` on the zone: status "updating" until it ends, when
// `apply` (if the action succeeded) changes the project.
QJsonObject startZoneAction(SimProject &project, qint64 zone, const QString &command,
                            std::function<void(SimProject &)> apply);

// A new zone's JSON (no rrsets yet).
QJsonObject makeZone(qint64 id, const QString &name, const QString &mode, qint64 ttl, const QJsonObject &labels,
                     const QJsonArray &primaryNameservers, qint64 createdSecs);
// The default SOA and NS rrsets of a new primary zone.
void addDefaultRecords(SimProject &project, qint64 zone);

// Routes on zones/{id} and zones/{name}: the zone is looked up (404 when
// missing) and handed over; {name} segments after it arrive in c.names.
using ZoneHandler = std::function<SimReply(RouteContext &, qint64 zone)>;
void addZoneRoute(SimRouter &router, const QByteArray &method, const QString &suffix, ZoneHandler handler);

// Two primary zones with records of every type and a secondary one.
void seedZones(SimProject &project, qint64 createdSecs);

}  // namespace hcloud::sim
