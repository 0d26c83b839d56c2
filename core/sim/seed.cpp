#include "core/sim/seed.h"

#include "core/sim/catalog.h"
#include "core/sim/jsonshapes.h"
#include "core/sim/loadbalancers.h"
#include "core/sim/networks.h"
#include "core/sim/prng.h"
#include "core/sim/seedkinds.h"
#include "core/sim/storageboxes.h"
#include "core/sim/zones.h"
#include "core/sim/serverfactory.h"
#include "core/sim/simproject.h"
#include "core/sim/sshkeys.h"
#include "core/sim/volumes.h"

#include <QHash>
#include <QVector>

#include <algorithm>

namespace hcloud::sim {

namespace {

struct Weighted
{
    const char *value;
    int weight;
};

template <size_t N> QString pick(Prng &prng, const Weighted (&choices)[N])
{
    int total = 0;
    for (const auto &c : choices)
        total += c.weight;
    int roll = prng.below(total);
    for (const auto &c : choices) {
        if (roll < c.weight)
            return QString::fromLatin1(c.value);
        roll -= c.weight;
    }
    return QString::fromLatin1(choices[0].value);
}

// A role gives the name and the kind of machine it runs on.
struct Role
{
    const char *name;
    int weight;
    QStringList types;
};

const QVector<Role> &roles()
{
    auto list = [](std::initializer_list<const char *> names) {
        QStringList result;
        for (const char *n : names)
            result.append(QString::fromLatin1(n));
        return result;
    };
    static const QVector<Role> all{
        {"web", 22, list({"cx22", "cx32", "cpx21", "cax11", "cax21", "cpx11"})},
        {"worker", 18, list({"cpx31", "cpx41", "cax31", "cx42", "cax21"})},
        {"db", 10, list({"ccx23", "ccx33", "cpx41", "ccx13"})},
        {"api", 12, list({"cx32", "cpx21", "cax21", "cpx31"})},
        {"cache", 6, list({"cx22", "cax11", "cpx11"})},
        {"ci", 5, list({"cpx51", "cax41", "ccx43"})},
        {"build", 4, list({"cx52", "cax41", "ccx33"})},
        {"monitor", 4, list({"cx22", "cpx11"})},
        {"mail", 3, list({"cx22", "cpx11"})},
        {"vpn", 3, list({"cx22", "cax11"})},
        {"search", 4, list({"ccx33", "cpx41", "cx42"})},
        {"k8s-node", 9, list({"cpx31", "cax31", "ccx23", "cx42"})},
    };
    return all;
}

const Role &pickRole(Prng &prng)
{
    int total = 0;
    for (const auto &r : roles())
        total += r.weight;
    int roll = prng.below(total);
    for (const auto &r : roles()) {
        if (roll < r.weight)
            return r;
        roll -= r.weight;
    }
    return roles().first();
}

const Weighted locationWeights[]
    = {{"fsn1", 34}, {"nbg1", 24}, {"hel1", 20}, {"ash", 9}, {"hil", 7}, {"sin", 6}};
const Weighted statusWeights[] = {{"running", 80}, {"off", 11},       {"starting", 3}, {"initializing", 2},
                                  {"stopping", 2}, {"rebuilding", 1}, {"migrating", 1}};
const Weighted imageWeights[]
    = {{"ubuntu-24.04", 38}, {"ubuntu-22.04", 20}, {"debian-12", 20}, {"debian-11", 5},
       {"rocky-9", 5},       {"alma-9", 4},        {"fedora-41", 4},  {"centos-stream-9", 4}};
const Weighted envWeights[] = {{"prod", 50}, {"staging", 30}, {"dev", 20}};
const Weighted teamWeights[]
    = {{"platform", 30}, {"payments", 20}, {"search", 15}, {"data", 20}, {"web", 15}};
const Weighted backupWindows[]
    = {{"22-02", 1}, {"02-06", 1}, {"06-10", 1}, {"10-14", 1}, {"14-18", 1}, {"18-22", 1}};

QString pickType(Prng &prng, const Role &role, const QString &location)
{
    QStringList fitting;
    for (const QString &name : role.types) {
        const ServerTypeInfo *type = catalog::serverType(name);
        if (type && type->locations.contains(location))
            fitting.append(name);
    }
    // Every location offers cpx; roles made of EU-only types fall back to it.
    if (fitting.isEmpty())
        fitting = {QStringLiteral("cpx21"), QStringLiteral("cpx31")};
    return fitting.at(prng.below(int(fitting.size())));
}

QJsonObject pickLabels(Prng &prng, const Role &role)
{
    QJsonObject labels;
    if (prng.chance(6))
        return labels;  // some servers carry no labels at all
    if (prng.chance(96))
        labels.insert(QStringLiteral("env"), pick(prng, envWeights));
    if (prng.chance(80))
        labels.insert(QStringLiteral("team"), pick(prng, teamWeights));
    if (prng.chance(60))
        labels.insert(QStringLiteral("role"), QString::fromLatin1(role.name));
    if (prng.chance(25))
        labels.insert(QStringLiteral("managed-by"), QStringLiteral("terraform"));
    return labels;
}

void seedCatalog(SimProject &project)
{
    for (const auto &l : catalog::locations())
        project.collection(QStringLiteral("locations")).insert(l.id, shapes::location(l));
    for (const auto &dc : catalog::datacenters())
        project.collection(QStringLiteral("datacenters")).insert(dc.id, shapes::datacenter(dc));
    for (const auto &t : catalog::serverTypes())
        project.collection(QStringLiteral("server_types")).insert(t.id, shapes::serverType(t));
    for (const auto &i : catalog::images())
        project.collection(QStringLiteral("images")).insert(i.id, shapes::image(i));
    for (const auto &i : catalog::isos())
        project.collection(QStringLiteral("isos")).insert(i.id, shapes::iso(i));
    for (const auto &t : catalog::loadBalancerTypes())
        project.collection(QStringLiteral("load_balancer_types")).insert(t.id, shapes::loadBalancerType(t));
}

// The action a server in transition is waiting for.
QString pendingCommand(const QString &status)
{
    if (status == QLatin1String("initializing"))
        return QStringLiteral("create_server");
    if (status == QLatin1String("starting"))
        return QStringLiteral("start_server");
    if (status == QLatin1String("stopping"))
        return QStringLiteral("shutdown_server");
    if (status == QLatin1String("rebuilding"))
        return QStringLiteral("rebuild_server");
    if (status == QLatin1String("migrating"))
        return QStringLiteral("change_server_type");
    return QString();
}

}  // namespace

void seedProject(SimProject &project, int count)
{
    seedCatalog(project);

    Prng prng(quint64(project.seed()) * 0x9E3779B1ULL + 1);
    constexpr qint64 threeYears = 3LL * 365 * 24 * 3600;

    QVector<ServerSpec> specs;
    specs.reserve(count);
    QHash<QString, int> counters;
    for (int i = 0; i < count; ++i) {
        const Role &role = pickRole(prng);
        ServerSpec spec;
        spec.location = pick(prng, locationWeights);
        // Some fleets put the location into the name (worker-fsn-12).
        QString prefix = QString::fromLatin1(role.name);
        if (prng.chance(35))
            prefix += QLatin1Char('-') + spec.location.left(3);
        const int n = ++counters[prefix];
        spec.name = QStringLiteral("%1-%2").arg(prefix).arg(n, 2, 10, QLatin1Char('0'));
        spec.status = pick(prng, statusWeights);
        spec.created = seedEpoch - 3600 - prng.below(int(threeYears / 60)) * 60LL;
        if (spec.status == QLatin1String("initializing"))
            spec.created = seedEpoch - prng.between(30, 600);  // still being created
        spec.serverType = pickType(prng, role, spec.location);
        spec.image = prng.chance(2) ? QString() : pick(prng, imageWeights);
        spec.withIpv4 = !prng.chance(8);
        if (prng.chance(30))
            spec.backupWindow = pick(prng, backupWindows);
        spec.protectedFromDelete = prng.chance(10);
        spec.rescueEnabled = prng.chance(2);
        const qint64 gib = 1LL << 30;
        const bool quiet = spec.status == QLatin1String("off");
        spec.outgoingTraffic = prng.below(quiet ? 20 : 2000) * gib + prng.below(1 << 30);
        spec.ingoingTraffic = prng.below(quiet ? 10 : 800) * gib + prng.below(1 << 30);
        spec.labels = pickLabels(prng, role);
        specs.append(spec);
    }

    // Ids grow with creation time, as in the real cloud.
    std::stable_sort(specs.begin(), specs.end(),
                     [](const ServerSpec &a, const ServerSpec &b) { return a.created < b.created; });
    qint64 id = 30000000 + qint64(project.seed() % 1000) * 100000;
    const QString serversKind = QStringLiteral("servers");
    const QString actionsKind = QStringLiteral("actions");
    qint64 actionId = 400000000 + qint64(project.seed() % 1000) * 100000;
    for (ServerSpec &spec : specs) {
        id += 1 + prng.below(400);
        spec.id = id;
        const QJsonObject server = makeServer(project, spec);
        if (server.isEmpty())
            continue;  // cannot happen with catalog names; keeps the seed honest
        project.collection(serversKind).insert(spec.id, server);

        const QString pending = pendingCommand(spec.status);
        if (pending != QLatin1String("create_server")) {
            actionId += 1 + prng.below(50);
            project.collection(actionsKind)
                .insert(actionId,
                        makeAction(actionId, QStringLiteral("create_server"), QStringLiteral("success"), 100,
                                   spec.created, spec.created + 20 + prng.below(40), QStringLiteral("server"),
                                   spec.id));
        }
        if (!pending.isEmpty()) {
            actionId += 1 + prng.below(50);
            const qint64 started
                = pending == QLatin1String("create_server") ? spec.created : seedEpoch - prng.between(5, 120);
            project.collection(actionsKind)
                .insert(actionId,
                        makeAction(actionId, pending, QStringLiteral("running"), prng.between(5, 90), started,
                                   0, QStringLiteral("server"), spec.id));
        }
    }

    seedVolumes(project, seedEpoch);
    seedNetworks(project, seedEpoch);
    seedLoadBalancers(project, seedEpoch);

    // Two keys a team would have.
    const QString keysKind = QStringLiteral("ssh_keys");
    const char *const keyNames[] = {"laptop", "ci-deploy"};
    for (int k = 0; k < 2; ++k) {
        const QString publicKey = seededSshKey(project.seed() * 2 + quint32(k), QStringLiteral("%1@example").arg(QLatin1String(keyNames[k])));
        const qint64 keyId = project.allocateId(keysKind);
        project.collection(keysKind).insert(
            keyId, QJsonObject{{QStringLiteral("id"), keyId},
                               {QStringLiteral("name"), QString::fromLatin1(keyNames[k])},
                               {QStringLiteral("fingerprint"), sshFingerprint(publicKey)},
                               {QStringLiteral("public_key"), publicKey},
                               {QStringLiteral("labels"), QJsonObject()},
                               {QStringLiteral("created"), shapes::timestamp(seedEpoch - 86400 * (400 - 100 * k))}});
    }

    seedOtherKinds(project);
    seedZones(project, seedEpoch);
    seedStorageBoxes(project, seedEpoch);
}

}  // namespace hcloud::sim
