#pragma once

#include "core/resources/kindactions.h"

namespace hcloud {

// What one can do to a server, described like every other kind's actions.
// Some collect their body in a dialog of the UI's own (ResourceAction::dialog).
QVector<ResourceAction> serverActionList();

} // namespace hcloud
