#include "core/api/logging.h"

// Debug lines are off unless --verbose or QT_LOGGING_RULES turns them on.

Q_LOGGING_CATEGORY(lcApi, "hcloud.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "hcloud.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "hcloud.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProjects, "hcloud.projects", QtInfoMsg)
