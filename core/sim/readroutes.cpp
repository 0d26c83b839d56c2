#include "readroutes.h"

#include "jsonshapes.h"
#include "listquery.h"
#include "resourcekinds.h"
#include "simproject.h"
#include "simrouter.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

SimReply listResources(const ResourceKind &kind, RouteContext &context)
{
    SimReply error;
    const auto query = ListQuery::parse(kind, context.request.query, &error);
    if (!query)
        return error;
    const SimProject &project = context.project;
    return query->page(kind, query->select(project.ordered(kind.name)), context.request, &project);
}

SimReply getResource(const ResourceKind &kind, RouteContext &context)
{
    const qint64 id = context.ids.first();
    const Collection &items = context.project.collection(kind.name);
    const auto it = items.constFind(id);
    if (it == items.cend())
        return SimReply::notFound(QStringLiteral("%1 with ID %2 not found").arg(kind.singular).arg(id));
    return SimReply::json(QJsonObject{{kind.singular, *it}});
}

// The actions of one resource, paginated and filtered like any list.
SimReply resourceActions(const QString &kind, const QString &resourceType, RouteContext &context)
{
    const qint64 id = context.ids.first();
    if (!context.project.collection(kind).contains(id))
        return SimReply::notFound(QStringLiteral("%1 with ID %2 not found").arg(resourceType).arg(id));
    const ResourceKind &actions = *resourceKind(QStringLiteral("actions"));
    SimReply error;
    const auto query = ListQuery::parse(actions, context.request.query, &error);
    if (!query)
        return error;
    Collection mine;
    for (const QJsonObject &action : context.project.collection(actions.name)) {
        for (const QJsonValue &resource : action.value(QStringLiteral("resources")).toArray()) {
            if (resource[QStringLiteral("type")].toString() == resourceType
                && resource[QStringLiteral("id")].toInteger() == id) {
                mine.insert(action.value(QStringLiteral("id")).toInteger(), action);
                break;
            }
        }
    }
    return query->page(actions, query->select(mine), context.request);
}

// Listing every action was removed from the API: ids are required.
SimReply pollActions(RouteContext &context)
{
    const QStringList ids = context.request.query.values(QStringLiteral("id"));
    if (ids.isEmpty())
        return SimReply::invalidInput(QStringLiteral("id"),
                                      QStringLiteral("at least one action id is required"));
    QVector<qint64> wanted;
    for (const QString &text : ids) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id < 1)
            return SimReply::invalidInput(QStringLiteral("id"),
                                          QStringLiteral("'%1' is not a valid ID").arg(text));
        wanted.append(id);
    }
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());

    const Collection &actions = context.project.collection(QStringLiteral("actions"));
    QJsonArray found;
    for (qint64 id : wanted) {
        const auto it = actions.constFind(id);
        if (it != actions.cend())
            found.append(*it);
    }
    return SimReply::json(QJsonObject{{QStringLiteral("actions"), found}});
}

}  // namespace

void addReadRoutes(SimRouter &router)
{
    for (const ResourceKind &kind : resourceKinds()) {
        if (kind.paginatedList) {
            router.add("GET", kind.name, [&kind](RouteContext &c) { return listResources(kind, c); });
        }
        router.add("GET", kind.name + QStringLiteral("/{id}"),
                   [&kind](RouteContext &c) { return getResource(kind, c); });
    }
    router.add("GET", QStringLiteral("actions"), pollActions);
    router.add("GET", QStringLiteral("servers/{id}/actions"), [](RouteContext &c) {
        return resourceActions(QStringLiteral("servers"), QStringLiteral("server"), c);
    });
    router.add("GET", QStringLiteral("floating_ips/{id}/actions"), [](RouteContext &c) {
        return resourceActions(QStringLiteral("floating_ips"), QStringLiteral("floating_ip"), c);
    });
    router.add("GET", QStringLiteral("primary_ips/{id}/actions"), [](RouteContext &c) {
        return resourceActions(QStringLiteral("primary_ips"), QStringLiteral("primary_ip"), c);
    });
    router.add("GET", QStringLiteral("pricing"), [](RouteContext &) {
        return SimReply::json(QJsonObject{{QStringLiteral("pricing"), shapes::pricing()}});
    });
}

}  // namespace hcloud::sim
