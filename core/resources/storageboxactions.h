#pragma once

#include "core/resources/kindactions.h"

namespace hcloud {

// What can be done with a Storage Box through the one action form: the box
// (create, rename, type, access, password, protection, delete), its
// snapshots (create, delete, roll back), its snapshot plan and its
// subaccounts. Passwords are made up by the form and shown once.
QVector<ResourceAction> storageBoxActions();

} // namespace hcloud
