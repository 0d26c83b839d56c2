#pragma once

#include "core/sim/kindroutes.h"
#include "core/sim/simreply.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace hcloud::sim {

class SimProject;

// What server writes and server actions share.

inline const QString kServers = QStringLiteral("servers");
inline const KindRef kServerRef{kServers, QStringLiteral("server")};

QJsonObject *findServer(SimProject &project, qint64 id);
// A valid hostname (RFC 1123), as the API wants server names.
bool validServerName(const QString &name);

// An image of the project (system, snapshot or backup) by id or name, for
// the given architecture; nullptr when there is none.
const QJsonObject *findImage(const SimProject &project, const QJsonValue &idOrName, const QString &architecture);

// 404 when the server is missing, 423 locked while an action holds it.
std::optional<SimReply> checkServerFree(SimProject &project, qint64 id);

// The location of the server a new object is made with, in *location;
// 400 when there is no such server.
std::optional<SimReply> serverLocation(SimProject &project, qint64 serverId, QString *location);

// A root password as the API returns it once.
QString newRootPassword();

// A server's status before an action changed it, restored when it fails.
void setServerStatus(SimProject &project, qint64 id, const QString &status);

}  // namespace hcloud::sim
