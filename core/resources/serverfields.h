#pragma once

#include <QJsonObject>
#include <QString>

namespace hcloud {

// Checks done before a write, the way the API checks (so the user learns
// at once, not after a round trip). Messages are for the user; "" is fine.

// A server name must be a hostname (RFC 1123).
QString serverNameProblem(const QString &name);

// Dot-separated DNS labels, at most 253 characters.
bool isHostname(const QString &name);

// The address to reach a server by ssh: its public IPv4, else ::1 of its
// IPv6 /64; "" when it has neither.
QString sshAddress(const QJsonObject &server);

} // namespace hcloud
