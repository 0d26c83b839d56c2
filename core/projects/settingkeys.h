#pragma once

#include <QString>

namespace hcloud::settings {

// The QSettings keys the Settings dialog writes and the app reads, in one
// place so that every reader spells them alike.
inline QString notificationsEnabled() { return QStringLiteral("notifications/enabled"); } // bool, true
inline QString backgroundPercent() { return QStringLiteral("view/backgroundRefreshPercent"); } // int: % of the API budget, 0 = off
inline QString cacheEnabled() { return QStringLiteral("cache/enabled"); }                 // bool, true
inline QString language() { return QStringLiteral("ui/language"); }                       // "", "en", "de"
inline QString cloudEndpoint() { return QStringLiteral("endpoints/cloud"); }              // URL for new projects
inline QString hetznerEndpoint() { return QStringLiteral("endpoints/hetzner"); }          // api.hetzner.com (Storage Boxes)
inline QString backupLabel() { return QStringLiteral("attention/backupLabel"); }          // "backup"

} // namespace hcloud::settings
