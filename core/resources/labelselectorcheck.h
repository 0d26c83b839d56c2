#pragma once

#include <QString>

namespace hcloud {

// Checks a label selector as the user types it, with the API's syntax:
// requirements separated by commas, each one of
//   key   !key   key=value   key==value   key!=value
//   key in (v1, v2)   key notin (v1, v2)
// Returns "" when the API would accept it, else what is wrong and where.
QString labelSelectorProblem(const QString &selector);

} // namespace hcloud
