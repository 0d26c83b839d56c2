#include "core/console/consolelog.h"

Q_LOGGING_CATEGORY(lcConsole, "hcloud.console")
