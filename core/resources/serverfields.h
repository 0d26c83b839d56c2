#pragma once

#include <QString>

namespace hcloud {

// Checks done before a write, the way the API checks (so the user learns
// at once, not after a round trip). Messages are for the user; "" is fine.

// A server name must be a hostname (RFC 1123).
QString serverNameProblem(const QString &name);

// Dot-separated DNS labels, at most 253 characters.
bool isHostname(const QString &name);

} // namespace hcloud
