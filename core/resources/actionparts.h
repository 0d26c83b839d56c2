#pragma once

#include "kindactions.h"

namespace hcloud::actionparts {

// Builders the kinds' action lists share. Titles are marked with
// QT_TRANSLATE_NOOP("hcloud::KindActions", …) where they are written.
QString translated(const char *text);
ActionField field(const QString &key, const char *title, ActionField::Type type, bool required = false);
// The field starts with the object's value at a dotted path.
ActionField fromObject(ActionField f, const QString &objectPath);

} // namespace hcloud::actionparts
