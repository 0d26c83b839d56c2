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

// A kind of the project's own resources: labelled, sorted by id, name or
// creation.
SimKind labelled(const char *name, const char *singular, FilterParser filters = {})
{
    SimKind k = kind(name, singular, words({"id", "name", "created"}));
    k.hasLabels = true;
    k.filters = std::move(filters);
    return k;
}

// A row matches when its `param` field is the parameter's value.
FilterParser equalFilter(const QString &param)
{
    return [param](const QueryParams &query, QVector<RowFilter> *filters) -> std::optional<SimReply> {
        if (query.contains(param)) {
            const QString wanted = query.value(param);
            filters->append([param, wanted](const QJsonObject &row) { return row.value(param).toString() == wanted; });
        }
        return std::nullopt;
    };
}

FilterParser oneOf(const char *param, std::initializer_list<const char *> allowed)
{
    return enumFilter(QString::fromLatin1(param), QString::fromLatin1(param), words(allowed));
}

QVector<SimKind> makeKinds()
{
    SimKind servers = labelled("servers", "server", enumFilter(QStringLiteral("status"), QStringLiteral("status"), serverStatuses()));
    SimKind images = labelled("images", "image",
                              combine({oneOf("type", {"system", "app", "snapshot", "backup"}),
                                       oneOf("status", {"available", "creating", "unavailable"}), oneOf("architecture", {"x86", "arm"}),
                                       deprecatedImages}));

    // The API recommends a datacenter for new servers; fsn1-dc14 here.
    SimKind datacenters = kind("datacenters", "datacenter", words({"id", "name"}));
    datacenters.listExtras = QJsonObject{{QStringLiteral("recommendation"), 4}};

    SimKind isos = kind("isos", "iso", words({"id", "name"}));
    isos.filters = isoArchitecture;

    // Actions are polled by id (GET /actions?id=...), not listed.
    SimKind actions = kind("actions", "action", words({"id", "command", "status", "started", "finished"}));
    actions.paginatedList = false;
    actions.filters = oneOf("status", {"running", "success", "error"});

    SimKind sshKeys = labelled("ssh_keys", "ssh_key", equalFilter(QStringLiteral("fingerprint")));
    sshKeys.sortFields = words({"id", "name"});

    // Volumes and networks are seeded in their own files, the other kinds in seedkinds.cpp.
    SimKind volumes = labelled("volumes", "volume", oneOf("status", {"available", "creating"}));
    SimKind floatingIps = labelled("floating_ips", "floating_ip");
    // Primary IPs are made with their servers (serverfactory.cpp).
    SimKind primaryIps = labelled("primary_ips", "primary_ip", equalFilter(QStringLiteral("ip")));
    SimKind placementGroups = labelled("placement_groups", "placement_group", oneOf("type", {"spread"}));
    SimKind certificates = labelled("certificates", "certificate", oneOf("type", {"uploaded", "managed"}));
    SimKind firewalls = labelled("firewalls", "firewall");
    SimKind networks = labelled("networks", "network");
    SimKind loadBalancers = labelled("load_balancers", "load_balancer");
    // Zones are seeded and written in zones.cpp; their rrsets are not a kind of their own.
    SimKind zones = labelled("zones", "zone", oneOf("mode", {"primary", "secondary"}));

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
