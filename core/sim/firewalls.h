#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace hcloud::sim {

class SimProject;

inline const QString kFirewalls = QStringLiteral("firewalls");

// A firewall applies to servers named directly or matched by a label
// selector; each server lists the firewalls on it in public_net.firewalls.
// This recomputes the selectors' matches and the servers' lists from the
// firewalls' applied_to; call it after anything that changes either side
// (firewall actions, server labels, servers created or deleted).
void syncFirewalls(SimProject &project);

// An applied_to entry as the API keeps it: {type, server: {id}} or
// {type, label_selector: {selector}}. Empty when `entry` is neither.
QJsonObject appliedToEntry(const QJsonObject &entry);

}  // namespace hcloud::sim
