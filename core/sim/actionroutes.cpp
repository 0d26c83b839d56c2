#include "core/sim/actionroutes.h"

#include "core/sim/listquery.h"
#include "core/sim/simkinds.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"

#include <QJsonArray>

#include <algorithm>

namespace hcloud::sim {

namespace {

const QString kActions = QStringLiteral("actions");

// A kind with actions: its collection and the type its action resources name.
struct ActionKind
{
    QString collection;
    QString type;
};

const QVector<ActionKind> &actionKinds()
{
    static const QVector<ActionKind> kinds{
        {QStringLiteral("servers"), QStringLiteral("server")},
        {QStringLiteral("volumes"), QStringLiteral("volume")},
        {QStringLiteral("floating_ips"), QStringLiteral("floating_ip")},
        {QStringLiteral("primary_ips"), QStringLiteral("primary_ip")},
        {QStringLiteral("load_balancers"), QStringLiteral("load_balancer")},
        {QStringLiteral("networks"), QStringLiteral("network")},
        {QStringLiteral("firewalls"), QStringLiteral("firewall")},
        {QStringLiteral("certificates"), QStringLiteral("certificate")},
        {QStringLiteral("images"), QStringLiteral("image")},
    };
    return kinds;
}

// Whether the action names a resource of this type (and this id, unless 0).
bool concerns(const QJsonObject &action, const QString &type, qint64 id = 0)
{
    const QJsonArray resources = action.value(QStringLiteral("resources")).toArray();
    return std::any_of(resources.cbegin(), resources.cend(), [&](const QJsonValue &resource) {
        return resource[QStringLiteral("type")].toString() == type
            && (id == 0 || resource[QStringLiteral("id")].toInteger() == id);
    });
}

// The repeated id parameter, sorted and without duplicates; nullopt and
// an invalid_input reply when one is not an action id.
std::optional<QVector<qint64>> actionIds(const QueryParams &query, SimReply *error)
{
    QVector<qint64> ids;
    for (const QString &text : query.values(QStringLiteral("id"))) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id < 1) {
            *error = SimReply::invalidInput(QStringLiteral("id"),
                                            QStringLiteral("'%1' is not a valid ID").arg(text));
            return std::nullopt;
        }
        ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// Storage Box actions share the project's action clock but are the
// Hetzner API's: the Cloud API's /actions does not know them.
bool onHetznerApi(const QJsonObject &action)
{
    return concerns(action, QStringLiteral("storage_box"));
}

SimReply actionNotFound(qint64 id)
{
    return SimReply::notFound(QStringLiteral("action with ID %1 not found").arg(id));
}

// A page of `rows` read with the actions' sort, status, page and per_page.
SimReply pageOf(const Collection &rows, RouteContext &context)
{
    const SimKind &actions = *simKind(kActions);
    SimReply error;
    const auto query = ListQuery::parse(actions, context.request.query, &error);
    if (!query)
        return error;
    return query->page(actions, query->select(rows), context.request);
}

// Listing every action was removed from the API: ids are required.
SimReply pollActions(RouteContext &context)
{
    if (!context.request.query.contains(QStringLiteral("id")))
        return SimReply::invalidInput(QStringLiteral("id"),
                                      QStringLiteral("at least one action id is required"));
    SimReply error;
    const auto ids = actionIds(context.request.query, &error);
    if (!ids)
        return error;
    const Collection &actions = context.project.collection(kActions);
    QJsonArray found;
    for (qint64 id : *ids) {
        const auto it = actions.constFind(id);
        if (it != actions.cend() && !onHetznerApi(*it))
            found.append(*it);
    }
    return SimReply::json(QJsonObject{{kActions, found}});
}

// GET /{kind}/actions: the actions touching any resource of the kind,
// optionally only the given ids.
SimReply kindFeed(const ActionKind &kind, RouteContext &context)
{
    SimReply error;
    const auto ids = actionIds(context.request.query, &error);
    if (!ids)
        return error;
    Collection mine;
    const Collection &actions = context.project.collection(kActions);
    for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
        if ((ids->isEmpty() || ids->contains(it.key())) && concerns(*it, kind.type))
            mine.insert(it.key(), *it);
    }
    return pageOf(mine, context);
}

// One action, when it touches the given type (and resource).
SimReply oneAction(qint64 actionId, const QString &type, qint64 resourceId, RouteContext &context)
{
    const Collection &actions = context.project.collection(kActions);
    const auto it = actions.constFind(actionId);
    if (it == actions.cend() || !concerns(*it, type, resourceId))
        return actionNotFound(actionId);
    return SimReply::json(QJsonObject{{QStringLiteral("action"), *it}});
}

std::optional<SimReply> missingResource(const ActionKind &kind, qint64 id, RouteContext &context)
{
    if (context.project.collection(kind.collection).contains(id))
        return std::nullopt;
    return SimReply::notFound(QStringLiteral("%1 with ID %2 not found").arg(kind.type).arg(id));
}

SimReply resourceActions(const ActionKind &kind, RouteContext &context)
{
    const qint64 id = context.ids.first();
    if (auto missing = missingResource(kind, id, context))
        return *missing;
    Collection mine;
    const Collection &actions = context.project.collection(kActions);
    for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
        if (concerns(*it, kind.type, id))
            mine.insert(it.key(), *it);
    }
    return pageOf(mine, context);
}

}  // namespace

void addActionRoutes(SimRouter &router)
{
    router.add("GET", kActions, pollActions);
    router.add("GET", QStringLiteral("actions/{id}"), [](RouteContext &c) {
        const Collection &actions = c.project.collection(kActions);
        const auto it = actions.constFind(c.ids.first());
        if (it == actions.cend() || onHetznerApi(*it))
            return actionNotFound(c.ids.first());
        return SimReply::json(QJsonObject{{QStringLiteral("action"), *it}});
    });
    for (const ActionKind &kind : actionKinds())
        addKindActionRoutes(router, kind.collection, kind.type);
}

void addKindActionRoutes(SimRouter &router, const QString &collection, const QString &type)
{
    const ActionKind kind{collection, type};
    router.add("GET", kind.collection + QStringLiteral("/actions"), [kind](RouteContext &c) { return kindFeed(kind, c); });
    router.add("GET", kind.collection + QStringLiteral("/actions/{id}"),
               [kind](RouteContext &c) { return oneAction(c.ids.first(), kind.type, 0, c); });
    router.add("GET", kind.collection + QStringLiteral("/{id}/actions"), [kind](RouteContext &c) { return resourceActions(kind, c); });
    router.add("GET", kind.collection + QStringLiteral("/{id}/actions/{id}"), [kind](RouteContext &c) {
        if (auto missing = missingResource(kind, c.ids.first(), c))
            return *missing;
        return oneAction(c.ids.at(1), kind.type, c.ids.first(), c);
    });
}

}  // namespace hcloud::sim
