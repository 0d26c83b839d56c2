#pragma once

#include "core/sim/simreply.h"
#include "core/sim/simrouter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>

namespace hcloud::sim {

class SimProject;

// Storage Boxes live on the Hetzner API (api.hetzner.com), not the Cloud
// API; the simulator serves them on a port of their own (hetznerapi.h).
inline const QString kStorageBoxes = QStringLiteral("storage_boxes");
// Subaccounts and snapshots of every box, under their API ids; their
// `storage_box` says whose they are.
inline const QString kSubaccounts = QStringLiteral("storage_box_subaccounts");
inline const QString kBoxSnapshots = QStringLiteral("storage_box_snapshots");
inline const QString kBoxType = QStringLiteral("storage_box");
inline const QString kSubaccountType = QStringLiteral("storage_box_subaccount");

struct StorageBoxTypeInfo
{
    qint64 id;
    QString name;
    QString description;
    qint64 sizeBytes;
    int snapshotLimit;
    int automaticSnapshotLimit;
    int subaccountsLimit;
    QString monthlyNet;  // EUR before VAT, as the API writes prices
};

const QVector<StorageBoxTypeInfo> &storageBoxTypes();
const StorageBoxTypeInfo *storageBoxType(const QString &idOrName);
QJsonObject storageBoxTypeJson(const StorageBoxTypeInfo &type);
// The locations Storage Boxes are sold in.
const QStringList &storageBoxLocations();

// A new box's JSON: "initializing" until its create action ends.
QJsonObject makeStorageBox(SimProject &project, qint64 id, const QString &name, const StorageBoxTypeInfo &type,
                           const QString &location, const QJsonObject &accessSettings, const QJsonObject &labels,
                           qint64 createdSecs);

// The box's used space again, from its data and its snapshots.
void boxUsageChanged(SimProject &project, qint64 box);

// The box's subaccounts or snapshots, in id order.
QVector<QJsonObject> boxChildren(const SimProject &project, const QString &collection, qint64 box);

// Starts `command` on the box (and more resources): the box is "locked"
// while it runs, and `apply` changes the project when it succeeds.
QJsonObject startBoxAction(SimProject &project, qint64 box, const QString &command, std::function<void(SimProject &)> apply,
                           const QJsonArray &moreResources = {});

// A snapshot of the box's data now.
QJsonObject makeBoxSnapshot(SimProject &project, qint64 box, const QString &description, const QJsonObject &labels,
                            bool automatic, qint64 createdSecs);

// Routes on storage_boxes/{id}: 404 when the box is missing, else the
// handler. With `free`, 423 locked while an action holds the box.
using BoxHandler = std::function<SimReply(RouteContext &, qint64 box)>;
void addBoxRoute(SimRouter &router, const QByteArray &method, const QString &suffix, BoxHandler handler, bool free = false);

// Two boxes with subaccounts and snapshots, one with a snapshot plan.
void seedStorageBoxes(SimProject &project, qint64 createdSecs);

}  // namespace hcloud::sim
