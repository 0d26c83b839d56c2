#pragma once

#include <QLoggingCategory>

// The console's own category. Nothing logged here carries the console
// password or URL token.
Q_DECLARE_LOGGING_CATEGORY(lcConsole)
