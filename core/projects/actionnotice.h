#pragma once

#include "core/api/actionwatcher.h"

#include <optional>

namespace hcloud {

// What a desktop notification says when an action ends.
struct ActionNotice
{
    QString title; // "Done: Create snapshot of “web-1”"
    QString body;  // the project, and the API's error when it failed
    bool failed = false;
};

// The actions worth a notification: those that take a while (create,
// rebuild, snapshot, resize, volume and IP operations).
bool isLongAction(const QString &command);

// The notice for an action that ended, or none for a short or running one.
std::optional<ActionNotice> noticeFor(const ActionState &action, const QString &description,
                                      const QString &projectName);

} // namespace hcloud
