#pragma once

#include <QString>

class QComboBox;

namespace hcloud {

class ProjectSession;

// Fills a choice with the entries of a list the selected object owns (a
// Storage Box's snapshots), read through the session's client for the
// path's API. Shows "Loading…" until the list arrives, the error in words
// if it does not; each entry is offered by name and carries valueKey.
void fillFromOwnedList(QComboBox *combo, ProjectSession *session, const QString &path, const QString &valueKey);

} // namespace hcloud
