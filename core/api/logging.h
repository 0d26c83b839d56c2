#pragma once

#include <QLoggingCategory>

// One category per layer. Log lines that could touch request data go
// through redact() first (redact.h).
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcProjects)
