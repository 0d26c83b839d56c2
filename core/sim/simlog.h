#pragma once

#include <QLoggingCategory>

// The simulator's own category: it shares no code with the client, logging
// included. Nothing logged here may carry a token; requests are logged by
// method, path and status only.
Q_DECLARE_LOGGING_CATEGORY(lcSim)
