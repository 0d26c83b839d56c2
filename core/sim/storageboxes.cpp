#include "core/sim/storageboxes.h"

#include "core/sim/catalog.h"
#include "core/sim/jsonshapes.h"
#include "core/sim/kindroutes.h"
#include "core/sim/prng.h"
#include "core/sim/simproject.h"
#include "core/sim/storageboxfolders.h"

#include <QDateTime>

namespace hcloud::sim {

namespace {

constexpr qint64 kTiB = 1LL << 40;
constexpr qint64 kGiB = 1LL << 30;

QJsonObject price(const QString &net)
{
    // 19 % VAT, four decimals, as the API writes them.
    const QString gross = QString::number(net.toDouble() * 1.19, 'f', 4);
    return QJsonObject{{QStringLiteral("net"), net}, {QStringLiteral("gross"), gross}};
}

QJsonObject boxAccess(bool ssh, bool samba, bool webdav, bool zfs, bool external)
{
    return QJsonObject{{QStringLiteral("ssh_enabled"), ssh},
                       {QStringLiteral("samba_enabled"), samba},
                       {QStringLiteral("webdav_enabled"), webdav},
                       {QStringLiteral("zfs_enabled"), zfs},
                       {QStringLiteral("reachable_externally"), external}};
}

QJsonObject subaccountAccess(bool ssh, bool samba, bool webdav, bool readonly, bool external)
{
    return QJsonObject{{QStringLiteral("ssh_enabled"), ssh},
                       {QStringLiteral("samba_enabled"), samba},
                       {QStringLiteral("webdav_enabled"), webdav},
                       {QStringLiteral("readonly"), readonly},
                       {QStringLiteral("reachable_externally"), external}};
}

void addSubaccount(SimProject &project, qint64 box, const QString &name, const QString &home, const QJsonObject &access,
                   qint64 createdSecs)
{
    const QJsonObject owner = project.collection(kStorageBoxes).value(box);
    const qint64 id = project.allocateId(kSubaccounts);
    const int n = int(boxChildren(project, kSubaccounts, box).size()) + 1;
    const QString username = QStringLiteral("%1-sub%2").arg(owner.value(QLatin1String("username")).toString()).arg(n);
    project.collection(kSubaccounts).insert(id, QJsonObject{{QStringLiteral("id"), id},
                                                            {QStringLiteral("storage_box"), box},
                                                            {QStringLiteral("name"), name},
                                                            {QStringLiteral("description"), QString()},
                                                            {QStringLiteral("username"), username},
                                                            {QStringLiteral("server"), username + QStringLiteral(".your-storagebox.de")},
                                                            {QStringLiteral("home_directory"), home},
                                                            {QStringLiteral("access_settings"), access},
                                                            {QStringLiteral("labels"), QJsonObject()},
                                                            {QStringLiteral("created"), shapes::timestamp(createdSecs)}});
    addBoxFolder(project, box, home);
}

}  // namespace

const QVector<StorageBoxTypeInfo> &storageBoxTypes()
{
    static const QVector<StorageBoxTypeInfo> types{
        {1333, QStringLiteral("bx11"), QStringLiteral("BX11"), 1 * kTiB, 10, 10, 100, QStringLiteral("3.2000")},
        {1334, QStringLiteral("bx21"), QStringLiteral("BX21"), 5 * kTiB, 20, 20, 200, QStringLiteral("10.9000")},
        {1335, QStringLiteral("bx31"), QStringLiteral("BX31"), 10 * kTiB, 30, 30, 300, QStringLiteral("20.8000")},
        {1336, QStringLiteral("bx41"), QStringLiteral("BX41"), 20 * kTiB, 40, 40, 400, QStringLiteral("40.6000")},
    };
    return types;
}

const StorageBoxTypeInfo *storageBoxType(const QString &idOrName)
{
    for (const StorageBoxTypeInfo &type : storageBoxTypes()) {
        if (type.name == idOrName || QString::number(type.id) == idOrName)
            return &type;
    }
    return nullptr;
}

const QStringList &storageBoxLocations()
{
    static const QStringList locations{QStringLiteral("fsn1"), QStringLiteral("hel1")};
    return locations;
}

QJsonObject storageBoxTypeJson(const StorageBoxTypeInfo &type)
{
    QJsonArray prices;
    const QString hourly = QString::number(type.monthlyNet.toDouble() / 730.0, 'f', 4);
    for (const QString &location : storageBoxLocations()) {
        prices.append(QJsonObject{{QStringLiteral("location"), location},
                                  {QStringLiteral("price_hourly"), price(hourly)},
                                  {QStringLiteral("price_monthly"), price(type.monthlyNet)},
                                  {QStringLiteral("setup_fee"), price(QStringLiteral("0.0000"))}});
    }
    return QJsonObject{{QStringLiteral("id"), type.id},
                       {QStringLiteral("name"), type.name},
                       {QStringLiteral("description"), type.description},
                       {QStringLiteral("size"), type.sizeBytes},
                       {QStringLiteral("snapshot_limit"), type.snapshotLimit},
                       {QStringLiteral("automatic_snapshot_limit"), type.automaticSnapshotLimit},
                       {QStringLiteral("subaccounts_limit"), type.subaccountsLimit},
                       {QStringLiteral("deprecation"), QJsonValue::Null},
                       {QStringLiteral("prices"), prices}};
}

QJsonObject makeStorageBox(SimProject &project, qint64 id, const QString &name, const StorageBoxTypeInfo &type,
                           const QString &location, const QJsonObject &accessSettings, const QJsonObject &labels,
                           qint64 createdSecs)
{
    Q_UNUSED(project);
    const QString username = QStringLiteral("u%1").arg(id % 1000000);
    QJsonObject access = boxAccess(false, false, false, false, false);
    for (auto it = accessSettings.begin(); it != accessSettings.end(); ++it)
        access.insert(it.key(), it.value());
    const LocationInfo *info = catalog::location(location);
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("status"), QStringLiteral("initializing")},
                       {QStringLiteral("server"), username + QStringLiteral(".your-storagebox.de")},
                       {QStringLiteral("system"), QStringLiteral("%1-BX%2").arg(location.toUpper()).arg(100 + id % 400)},
                       {QStringLiteral("storage_box_type"), storageBoxTypeJson(type)},
                       {QStringLiteral("location"), info ? shapes::location(*info) : QJsonObject()},
                       {QStringLiteral("access_settings"), access},
                       {QStringLiteral("stats"), QJsonObject{{QStringLiteral("size"), 0},
                                                             {QStringLiteral("size_data"), 0},
                                                             {QStringLiteral("size_snapshots"), 0}}},
                       {QStringLiteral("snapshot_plan"), QJsonValue::Null},
                       {QStringLiteral("protection"), QJsonObject{{QStringLiteral("delete"), false}}},
                       {QStringLiteral("labels"), labels},
                       {QStringLiteral("created"), shapes::timestamp(createdSecs)}};
}

QVector<QJsonObject> boxChildren(const SimProject &project, const QString &collection, qint64 box)
{
    QVector<QJsonObject> result;
    for (const QJsonObject &child : project.collection(collection)) {
        if (child.value(QLatin1String("storage_box")).toInteger() == box)
            result.append(child);
    }
    return result;
}

void boxUsageChanged(SimProject &project, qint64 box)
{
    auto it = project.collection(kStorageBoxes).find(box);
    if (it == project.collection(kStorageBoxes).end())
        return;
    QJsonObject stats = it->value(QLatin1String("stats")).toObject();
    qint64 snapshots = 0;
    for (const QJsonObject &snapshot : boxChildren(project, kBoxSnapshots, box))
        snapshots += snapshot.value(QLatin1String("stats"))[QLatin1String("size")].toInteger();
    const qint64 data = stats.value(QLatin1String("size_data")).toInteger();
    stats.insert(QStringLiteral("size_snapshots"), snapshots);
    stats.insert(QStringLiteral("size"), data + snapshots);
    it->insert(QStringLiteral("stats"), stats);
}

QJsonObject startBoxAction(SimProject &project, qint64 box, const QString &command, std::function<void(SimProject &)> apply,
                           const QJsonArray &moreResources)
{
    QJsonArray resources{actionResource(kBoxType, box)};
    for (const QJsonValue &more : moreResources)
        resources.append(more);
    auto it = project.collection(kStorageBoxes).find(box);
    const bool creating = it != project.collection(kStorageBoxes).end()
                          && it->value(QLatin1String("status")).toString() == QLatin1String("initializing");
    if (it != project.collection(kStorageBoxes).end() && !creating)
        it->insert(QStringLiteral("status"), QStringLiteral("locked"));
    return project.actions().start(project, command, resources, [box, apply](SimProject &p, bool ok) {
        if (!p.collection(kStorageBoxes).contains(box))
            return;
        if (ok && apply)
            apply(p);
        boxUsageChanged(p, box);
        if (!p.actions().busy(kBoxType, box))
            p.collection(kStorageBoxes)[box].insert(QStringLiteral("status"), QStringLiteral("active"));
    });
}

QJsonObject makeBoxSnapshot(SimProject &project, qint64 box, const QString &description, const QJsonObject &labels,
                            bool automatic, qint64 createdSecs)
{
    const qint64 id = project.allocateId(kBoxSnapshots);
    const qint64 data = project.collection(kStorageBoxes).value(box).value(QLatin1String("stats"))[QLatin1String("size_data")].toInteger();
    // A snapshot holds what changed since: a small share of the data.
    const qint64 size = data / 50 + (id % 7) * kGiB / 8;
    // Hetzner names snapshots by their time: 2025-02-12T11-35-19.
    const QString name = QDateTime::fromSecsSinceEpoch(createdSecs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH-mm-ss"));
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("storage_box"), box},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("is_automatic"), automatic},
                       {QStringLiteral("stats"), QJsonObject{{QStringLiteral("size"), size}, {QStringLiteral("size_filesystem"), data}}},
                       {QStringLiteral("labels"), labels},
                       {QStringLiteral("created"), shapes::timestamp(createdSecs)}};
}

void addBoxRoute(SimRouter &router, const QByteArray &method, const QString &suffix, BoxHandler handler, bool free)
{
    router.add(method, kStorageBoxes + QStringLiteral("/{id}") + suffix, [handler, free](RouteContext &c) -> SimReply {
        const qint64 box = c.ids.first();
        if (free) {
            if (auto refused = checkFree(c.project, KindRef{kStorageBoxes, kBoxType}, box))
                return *refused;
        } else if (!c.project.collection(kStorageBoxes).contains(box)) {
            return SimReply::notFound(QStringLiteral("storage_box with ID %1 not found").arg(box));
        }
        return handler(c, box);
    });
}

void seedStorageBoxes(SimProject &project, qint64 createdSecs)
{
    Prng prng(quint64(project.seed()) * 0x51ED27ULL + 11);
    struct Seed
    {
        const char *name;
        const char *type;
        const char *location;
        QJsonObject access;
        bool plan;
    };
    const Seed seeds[] = {
        {"backup", "bx21", "fsn1", boxAccess(true, false, false, true, true), true},
        {"media-archive", "bx11", "hel1", boxAccess(true, true, true, false, false), false},
    };
    for (const Seed &seed : seeds) {
        // Box ids of a few hundred thousand, like the real ones.
        const qint64 id = project.collection(kStorageBoxes).isEmpty() ? 480000 + qint64(project.seed() % 1000) * 100
                                                                       : project.allocateId(kStorageBoxes);
        const qint64 created = createdSecs - 86400LL * prng.between(60, 700);
        QJsonObject box = makeStorageBox(project, id, QString::fromLatin1(seed.name), *storageBoxType(QString::fromLatin1(seed.type)),
                                         QString::fromLatin1(seed.location), seed.access, QJsonObject{{QStringLiteral("env"), QStringLiteral("prod")}},
                                         created);
        box.insert(QStringLiteral("status"), QStringLiteral("active"));
        const qint64 capacity = storageBoxType(QString::fromLatin1(seed.type))->sizeBytes;
        QJsonObject stats = box.value(QLatin1String("stats")).toObject();
        stats.insert(QStringLiteral("size_data"), capacity / 100 * prng.between(8, 60) + prng.below(1 << 30));
        box.insert(QStringLiteral("stats"), stats);
        if (seed.plan) {
            box.insert(QStringLiteral("snapshot_plan"), QJsonObject{{QStringLiteral("max_snapshots"), 7},
                                                                    {QStringLiteral("minute"), 30},
                                                                    {QStringLiteral("hour"), 3},
                                                                    {QStringLiteral("day_of_week"), QJsonValue::Null},
                                                                    {QStringLiteral("day_of_month"), QJsonValue::Null}});
        }
        project.collection(kStorageBoxes).insert(id, box);
        // What a box holds besides its subaccounts' homes.
        for (const char *folder : {"backups/daily", "backups/weekly", "photos/2026"})
            addBoxFolder(project, id, QString::fromLatin1(folder));
        addSubaccount(project, id, QStringLiteral("web-uploads"), QStringLiteral("uploads"),
                      subaccountAccess(true, false, true, false, false), created + 3600);
        if (seed.plan) {
            addSubaccount(project, id, QStringLiteral("auditor"), QStringLiteral("backups/db"),
                          subaccountAccess(true, false, false, true, false), created + 7200);
        }
        const int snapshots = seed.plan ? 3 : 1;
        for (int i = 0; i < snapshots; ++i) {
            const qint64 at = createdSecs - 86400LL * (snapshots - i) + 3 * 3600 + 30 * 60;
            QJsonObject snapshot = makeBoxSnapshot(project, id, seed.plan ? QString() : QStringLiteral("before migration"), {},
                                                   seed.plan, at - at % 60);
            // Older snapshots held less: the box has grown since.
            QJsonObject snapStats = snapshot.value(QLatin1String("stats")).toObject();
            snapStats.insert(QStringLiteral("size_filesystem"), stats.value(QLatin1String("size_data")).toInteger() / 100 * (90 + 3 * i));
            snapshot.insert(QStringLiteral("stats"), snapStats);
            project.collection(kBoxSnapshots).insert(snapshot.value(QLatin1String("id")).toInteger(), snapshot);
        }
        boxUsageChanged(project, id);
    }
}

}  // namespace hcloud::sim
