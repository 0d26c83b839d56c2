#pragma once

#include "core/sim/requestbody.h"

#include <QJsonValue>
#include <QString>

namespace hcloud::sim {

class SimRouter;

// The Hetzner API's Storage Box routes: boxes, their types and actions
// (this file), subaccounts and snapshots (storageboxchildren.cpp).
void addStorageBoxRoutes(SimRouter &router);
void addStorageBoxChildRoutes(SimRouter &router);

// What the box routes and their children check alike.
namespace boxcheck {
// A password the API takes: 12 to 128 characters with a lower and an
// upper case letter, a digit and a special character.
void password(const QJsonValue &value, const QString &field, Problems *problems);
// Booleans only, among `allowed`.
void accessSettings(const QJsonValue &value, const QString &field, const QStringList &allowed, Problems *problems);
const QStringList &boxAccessKeys();
const QStringList &subaccountAccessKeys();
}  // namespace boxcheck

}  // namespace hcloud::sim
