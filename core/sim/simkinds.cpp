#include "core/sim/simkinds.h"

#include "core/sim/serverfactory.h"

namespace hcloud::sim {

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *w : list)
        result.append(QString::fromLatin1(w));
    return result;
}

// A repeatable parameter whose values must come from `allowed`; a row
// matches when its `field` holds one of the given values.
FilterParser enumFilter(const QString &param, const QString &field, const QStringList &allowed)
{
    return [=](const QueryParams &query, QVector<RowFilter> *filters) -> std::optional<SimReply> {
        QStringList wanted;
        // Repeated parameters (status=a&status=b); "a,b" is one invalid value,
        // so a client that joins them fails here as it would against the API.
        for (const QString &value : query.values(param)) {
            if (!allowed.contains(value)) {
                return SimReply::invalidInput(
                    param,
                    QStringLiteral("'%1' is not one of: %2").arg(value, allowed.join(QStringLiteral(", "))));
            }
            wanted.append(value);
        }
        if (!wanted.isEmpty()) {
            filters->append([field, wanted](const QJsonObject &row) {
                return wanted.contains(row.value(field).toString());
            });
        }
        return std::nullopt;
    };
}

std::optional<bool> parseBool(const QString &text)
{
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return std::nullopt;
}

FilterParser combine(QVector<FilterParser> parsers)
{
    return [parsers](const QueryParams &query, QVector<RowFilter> *filters) -> std::optional<SimReply> {
        for (const FilterParser &parser : parsers) {
            if (auto error = parser(query, filters))
                return error;
        }
        return std::nullopt;
    };
}

// Deprecated images are left out unless include_deprecated=true.
std::optional<SimReply> deprecatedImages(const QueryParams &query, QVector<RowFilter> *filters)
{
    bool include = false;
    if (query.contains(QStringLiteral("include_deprecated"))) {
        const auto parsed = parseBool(query.value(QStringLiteral("include_deprecated")));
        if (!parsed)
            return SimReply::invalidInput(QStringLiteral("include_deprecated"),
                                          QStringLiteral("must be true or false"));
        include = *parsed;
    }
    if (!include) {
        filters->append(
            [](const QJsonObject &row) { return row.value(QStringLiteral("deprecated")).isNull(); });
    }
    return std::nullopt;
}

// architecture=x86|arm; ISOs without an architecture fit any only when
// include_architecture_wildcard=true.
std::optional<SimReply> isoArchitecture(const QueryParams &query, QVector<RowFilter> *filters)
{
    if (!query.contains(QStringLiteral("architecture")))
        return std::nullopt;
    const QString wanted = query.value(QStringLiteral("architecture"));
    if (wanted != QLatin1String("x86") && wanted != QLatin1String("arm"))
        return SimReply::invalidInput(QStringLiteral("architecture"), QStringLiteral("must be x86 or arm"));
    const bool wildcard
        = parseBool(query.value(QStringLiteral("include_architecture_wildcard"))).value_or(false);
    filters->append([wanted, wildcard](const QJsonObject &row) {
        const QJsonValue arch = row.value(QStringLiteral("architecture"));
        return arch.isNull() ? wildcard : arch.toString() == wanted;
    });
    return std::nullopt;
}

SimKind kind(const char *name, const char *singular, const QStringList &sortFields)
{
    SimKind k;
    k.name = QString::fromLatin1(name);
    k.singular = QString::fromLatin1(singular);
    k.sortFields = sortFields;
    return k;
}

QVector<SimKind> makeKinds()
{
    SimKind servers = kind("servers", "server", words({"id", "name", "created"}));
    servers.hasLabels = true;
    servers.filters = enumFilter(QStringLiteral("status"), QStringLiteral("status"), serverStatuses());

    SimKind images = kind("images", "image", words({"id", "name", "created"}));
    images.hasLabels = true;
    images.filters = combine({
        enumFilter(QStringLiteral("type"), QStringLiteral("type"),
                   words({"system", "app", "snapshot", "backup"})),
        enumFilter(QStringLiteral("status"), QStringLiteral("status"),
                   words({"available", "creating", "unavailable"})),
        enumFilter(QStringLiteral("architecture"), QStringLiteral("architecture"), words({"x86", "arm"})),
        deprecatedImages,
    });

    // The API recommends a datacenter for new servers; fsn1-dc14 here.
    SimKind datacenters = kind("datacenters", "datacenter", words({"id", "name"}));
    datacenters.listExtras = QJsonObject{{QStringLiteral("recommendation"), 4}};

    SimKind isos = kind("isos", "iso", words({"id", "name"}));
    isos.filters = isoArchitecture;

    // Actions are polled by id (GET /actions?id=...), not listed.
    SimKind actions
        = kind("actions", "action", words({"id", "command", "status", "started", "finished"}));
    actions.paginatedList = false;
    actions.filters = enumFilter(QStringLiteral("status"), QStringLiteral("status"),
                                 words({"running", "success", "error"}));

    SimKind sshKeys = kind("ssh_keys", "ssh_key", words({"id", "name"}));
    sshKeys.hasLabels = true;
    sshKeys.filters = [](const QueryParams &query, QVector<RowFilter> *filters) -> std::optional<SimReply> {
        if (query.contains(QStringLiteral("fingerprint"))) {
            const QString wanted = query.value(QStringLiteral("fingerprint"));
            filters->append([wanted](const QJsonObject &row) {
                return row.value(QStringLiteral("fingerprint")).toString() == wanted;
            });
        }
        return std::nullopt;
    };

    // Volumes and networks are seeded in their own files, the other kinds in seedkinds.cpp.
    SimKind volumes = kind("volumes", "volume", words({"id", "name", "created"}));
    volumes.hasLabels = true;
    volumes.filters = enumFilter(QStringLiteral("status"), QStringLiteral("status"), words({"available", "creating"}));
    SimKind floatingIps = kind("floating_ips", "floating_ip", words({"id", "name", "created"}));
    floatingIps.hasLabels = true;
    // Primary IPs are made with their servers (serverfactory.cpp).
    SimKind primaryIps = kind("primary_ips", "primary_ip", words({"id", "name", "created"}));
    primaryIps.hasLabels = true;
    primaryIps.filters = [](const QueryParams &query, QVector<RowFilter> *filters) -> std::optional<SimReply> {
        if (query.contains(QStringLiteral("ip"))) {
            const QString wanted = query.value(QStringLiteral("ip"));
            filters->append([wanted](const QJsonObject &row) { return row.value(QStringLiteral("ip")).toString() == wanted; });
        }
        return std::nullopt;
    };
    SimKind placementGroups = kind("placement_groups", "placement_group", words({"id", "name", "created"}));
    placementGroups.hasLabels = true;
    placementGroups.filters = enumFilter(QStringLiteral("type"), QStringLiteral("type"), words({"spread"}));
    SimKind certificates = kind("certificates", "certificate", words({"id", "name", "created"}));
    certificates.hasLabels = true;
    certificates.filters = enumFilter(QStringLiteral("type"), QStringLiteral("type"), words({"uploaded", "managed"}));
    SimKind firewalls = kind("firewalls", "firewall", words({"id", "name", "created"}));
    firewalls.hasLabels = true;
    SimKind networks = kind("networks", "network", words({"id", "name", "created"}));
    networks.hasLabels = true;
    SimKind loadBalancers = kind("load_balancers", "load_balancer", words({"id", "name", "created"}));
    loadBalancers.hasLabels = true;
    // Zones are seeded and written in zones.cpp; their rrsets are not a kind of their own.
    SimKind zones = kind("zones", "zone", words({"id", "name", "created"}));
    zones.hasLabels = true;
    zones.filters = enumFilter(QStringLiteral("mode"), QStringLiteral("mode"), words({"primary", "secondary"}));

    return {servers,
            firewalls,
            networks,
            loadBalancers,
            volumes,
            floatingIps,
            primaryIps,
            placementGroups,
            certificates,
            images,
            sshKeys,
            kind("server_types", "server_type", words({"id", "name"})),
            kind("locations", "location", words({"id", "name"})),
            kind("load_balancer_types", "load_balancer_type", words({"id", "name"})),
            datacenters,
            isos,
            actions,
            zones};
}

}  // namespace

const QVector<SimKind> &simKinds()
{
    static const QVector<SimKind> kinds = makeKinds();
    return kinds;
}

const SimKind *simKind(const QString &name)
{
    for (const auto &kind : simKinds()) {
        if (kind.name == name)
            return &kind;
    }
    return nullptr;
}

}  // namespace hcloud::sim
