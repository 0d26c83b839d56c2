#pragma once

#include <QString>

namespace hcloud::sim {

class SimRouter;

// Every read of actions the API has:
//   GET /actions?id=...               polling, ids required
//   GET /actions/{id}
//   GET /{kind}/actions               the kind's feed: id, sort, status, pages
//   GET /{kind}/actions/{id}
//   GET /{kind}/{id}/actions          one resource's actions
//   GET /{kind}/{id}/actions/{id}     deprecated (2026-04-30), still served
// for every kind whose resources have actions.
void addActionRoutes(SimRouter &router);

// The four /{kind}... reads above for one kind; the Hetzner API's Storage
// Boxes have them too ("storage_boxes", "storage_box").
void addKindActionRoutes(SimRouter &router, const QString &collection, const QString &type);

}  // namespace hcloud::sim
