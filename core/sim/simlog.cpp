#include "core/sim/simlog.h"

Q_LOGGING_CATEGORY(lcSim, "hcloud.sim", QtInfoMsg)
