#pragma once

#include "core/resources/kindactions.h"

namespace hcloud::actionparts {

// Builders the kinds' action lists share. Titles are marked with
// QT_TRANSLATE_NOOP("hcloud::KindActions", …) where they are written.
QString translated(const char *text);
ActionField field(const QString &key, const char *title, ActionField::Type type, bool required = false);
// The field starts with the object's value at a dotted path.
ActionField fromObject(ActionField f, const QString &objectPath);
// A choice filled from a list the form loads ("servers", "locations").
ActionField choice(const QString &key, const char *title, const QString &from, bool required = false);
ActionField fixedChoice(const QString &key, const char *title, const QStringList &choices);
ActionField number(const QString &key, const char *title, double min, double max, bool required = true);
// A choice among the entries of the selected object's array at `key`.
ActionField element(const QString &key, const char *title, const QStringList &keys);

ResourceAction action(const QString &id, const char *title, const QString &method, const QString &path,
                      QVector<ActionField> fields = {});

bool protectedFromDelete(const QJsonObject &o);
// Applies only when the object has (or has not) a value at a dotted path.
ResourceAction::Check needs(const QString &path, const char *reasonWhenMissing);
ResourceAction::Check needsNone(const QString &path, const char *reasonWhenPresent);

} // namespace hcloud::actionparts
