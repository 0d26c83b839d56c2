#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "hcloud.api")
Q_LOGGING_CATEGORY(lcModels, "hcloud.models")
Q_LOGGING_CATEGORY(lcVault, "hcloud.vault")
Q_LOGGING_CATEGORY(lcProjects, "hcloud.projects")
