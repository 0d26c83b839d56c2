#pragma once

#include <QPair>
#include <QString>

class SimHttp;

// Starts one action on a resource of the kind ("volumes", "certificates"):
// change_protection where the kind has it, set_rules on a firewall, a new
// managed certificate. Returns {resource id, action id}; zeros on failure.
QPair<qint64, qint64> startKindAction(const SimHttp &http, const QString &token, const QString &kind);
