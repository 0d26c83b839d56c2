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

// What the routes of every resource kind share.

// A kind as its routes name it: the collection ("floating_ips"), the type in
// action resources and error messages ("floating_ip") and the key of one
// object in answers (also "floating_ip").
struct KindRef
{
    QString collection;
    QString type;
};

// 404 when the object is missing.
std::optional<SimReply> checkFound(const SimProject &project, const KindRef &kind, qint64 id);
// 404 when the object is missing, 423 locked while an action holds it.
std::optional<SimReply> checkFree(SimProject &project, const KindRef &kind, qint64 id);
// Another object of the kind already has this name.
bool nameTaken(const SimProject &project, const QString &collection, const QString &name, qint64 except = 0);
// An id sent as a number or a numeric string; 0 when neither.
qint64 idOf(const QJsonValue &value);

// The last checks of a create: the body's labels, every problem found,
// then 409 `nameInUse` when another object of the collection has the name.
std::optional<SimReply> checkNew(const SimProject &project, const QString &collection, const QString &name, const QJsonObject &body,
                                 Problems problems, const QString &nameInUse);
// A new object of the collection: `fields` with its id, the name, the
// body's labels and the time it was created, stored and returned.
QJsonObject addNew(SimProject &project, const QString &collection, const QString &name, const QJsonObject &body,
                   QJsonObject fields);

// 201 {key: object, "action": action}; without an action the answer has
// none (null is sent as null).
SimReply created(const QString &key, const QJsonObject &object, const QJsonValue &action = QJsonValue::Undefined);
// 201 {"action": action}, as every action route answers.
SimReply started(const QJsonObject &action);
// Starts `command` holding the resources and answers it as started;
// `effect` runs when it succeeds.
SimReply startedOn(SimProject &project, const QString &command, const QJsonArray &resources, std::function<void(SimProject &)> effect);
// 204 with no body, as DELETE answers.
SimReply noContent();

// Starts `command` on the object; when it succeeds and the object is still
// there, `apply` changes it. `more` are further resources of the action.
using ObjectChange = std::function<void(SimProject &project, QJsonObject &object)>;
QJsonObject startChange(SimProject &project, const KindRef &kind, qint64 id, const QString &command, ObjectChange apply,
                        const QJsonArray &more = {});

// Changes of a list in an object: `entry` appended, or the entry at
// `index` (found when the change is made) removed.
ObjectChange appendEntry(const QString &list, const QJsonValue &entry);
ObjectChange removeEntry(const QString &list, std::function<int(const QJsonObject &object)> index);

// How a kind's PUT reads its body. `extra` may take further fields and add
// problems; it runs before anything changes. `updated` runs after the
// change, to keep copies elsewhere in step.
using UpdateExtra = std::function<void(const QJsonObject &body, QJsonObject &object, Problems *problems)>;
using Updated = std::function<void(SimProject &project, const QJsonObject &object)>;
struct PutRules
{
    // The fields it takes, any other answering `refusal`; empty: any.
    QStringList fields = {};
    QString refusal = {};
    // What is wrong with a new name, empty when nothing; unset: the kind
    // takes no name.
    std::function<QString(const QString &name)> nameProblem = {};
    QString nameInUse = {};  // the 409 when another object has the name
    UpdateExtra extra = {};
    std::function<void(SimProject &project, const QJsonObject &object, const QJsonObject &body)> updated = {};
};
// Changes the object by the PUT body and answers {kind.type: object}; the
// caller has found it.
SimReply applyPut(SimProject &project, const KindRef &kind, qint64 id, const QJsonObject &body, const PutRules &rules);

// PUT kind/{id}: name (unique in the kind) and labels, as most kinds allow.
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

// change_protection of a kind with one protection (`key`: "delete" of zones
// and boxes, "change" of rrsets): the body's boolean, or the 400 refusing it.
std::optional<SimReply> readProtection(const QJsonObject &body, const QString &key, QJsonObject *protection);
// The same for a kind whose actions `start` runs (zones, boxes): the
// protection is set on the object in `collection` when the action ends.
using StartKindAction = std::function<QJsonObject(SimProject &, qint64 id, const QString &command, std::function<void(SimProject &)> apply)>;
SimReply changeSingleProtection(SimProject &project, const QString &collection, qint64 id, const QJsonObject &body, const QString &key,
                                const StartKindAction &start);

// Whether two targets (of a firewall or load balancer) name the same
// server, label selector or IP.
bool sameTarget(const QJsonObject &a, const QJsonObject &b);
// Where the list holds a target the same as `target`; -1 when it does not.
int indexOfTarget(const QJsonArray &targets, const QJsonObject &target);

// 422 protected when the object's delete protection is on.
std::optional<SimReply> checkNotProtected(const KindRef &kind, qint64 id, const QJsonObject &object);

}  // namespace hcloud::sim
