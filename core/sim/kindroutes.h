#pragma once

#include "core/sim/simreply.h"
#include "core/sim/simrouter.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace hcloud::sim {

class SimProject;

// What the write routes of every resource kind share.

// A kind as its routes name it: the collection ("floating_ips"), the type in
// action resources and error messages ("floating_ip") and the key of one
// object in answers (also "floating_ip").
struct KindRef
{
    QString collection;
    QString type;
};

// 404 when the object is missing, 423 locked while an action holds it.
std::optional<SimReply> checkFree(SimProject &project, const KindRef &kind, qint64 id);
// Another object of the kind already has this name.
bool nameTaken(const SimProject &project, const QString &collection, const QString &name, qint64 except = 0);
// An id sent as a number or a numeric string; 0 when neither.
qint64 idOf(const QJsonValue &value);

// 201 {"action": action}, as every action route answers.
SimReply started(const QJsonObject &action);
// 204 with no body, as DELETE answers.
SimReply noContent();

// PUT kind/{id}: name (unique in the kind) and labels, as most kinds allow.
// `extra` may take further fields and add problems; it runs before anything
// changes. `updated` runs after the change, to keep copies elsewhere in step.
using UpdateExtra = std::function<void(const QJsonObject &body, QJsonObject &object, QVector<QPair<QString, QString>> *problems)>;
using Updated = std::function<void(SimProject &project, const QJsonObject &object)>;
void addUpdateRoute(SimRouter &router, const KindRef &kind, UpdateExtra extra = {}, Updated updated = {});

// DELETE kind/{id}: 404, 423 while an action holds it, 422 protected, then
// the kind's own refusal ("still in use"); `removed` undoes the object's
// ties elsewhere once it is gone. Answers 204.
using Refusal = std::function<std::optional<SimReply>(SimProject &project, qint64 id, const QJsonObject &object)>;
using Removed = std::function<void(SimProject &project, qint64 id, const QJsonObject &object)>;
void addDeleteRoute(SimRouter &router, const KindRef &kind, Refusal refusal = {}, Removed removed = {});

// POST kind/{id}/actions/<command>: checks the object is there and free,
// reads the body and hands both to the handler.
using ObjectAction = std::function<SimReply(RouteContext &, qint64 id, const QJsonObject &body, QJsonObject &object)>;
void addObjectAction(SimRouter &router, const KindRef &kind, const char *command, ObjectAction handler);

// change_protection with "delete" (and "rebuild" where the kind has it), as
// an action that sets the protection when it ends. `check` may refuse the
// new protection for the object (a kind's own rule).
using ProtectionCheck = std::function<std::optional<SimReply>(const QJsonObject &object, const QJsonObject &protection)>;
void addChangeProtection(SimRouter &router, const KindRef &kind, ProtectionCheck check = {});

// Whether two targets (of a firewall or load balancer) name the same
// server, label selector or IP.
bool sameTarget(const QJsonObject &a, const QJsonObject &b);

// 422 protected when the object's delete protection is on.
std::optional<SimReply> checkNotProtected(const KindRef &kind, qint64 id, const QJsonObject &object);

}  // namespace hcloud::sim
