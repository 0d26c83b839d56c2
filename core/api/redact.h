#pragma once

#include <QString>

namespace hcloud {

// The one redaction helper: anything that may carry a token or an
// Authorization header passes through here before it is logged or shown.
// A 64-character token keeps its 32-character prefix; the secret half is
// replaced. A "Bearer <value>" keeps at most a token's prefix of the value
// (values under 8 characters are left alone: they are words, not secrets).
QString redact(const QString &text);

// Last line of defence for logs: every message of the process passes
// through redact() before the handler that was installed before. The app
// calls this first thing; a line that forgot redact() still carries no token.
void installLogRedaction();

// The identifying half of a token ("" when the token is not 64 characters).
QString tokenPrefix(const QString &token);

} // namespace hcloud
