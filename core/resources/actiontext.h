#pragma once

#include <QString>

namespace hcloud {

// An action's command ("poweroff", "create_image", ...) in words. Unknown
// commands read as the command with spaces, so new API actions still show.
QString actionCommandText(const QString &command);

} // namespace hcloud
