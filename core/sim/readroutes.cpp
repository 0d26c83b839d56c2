#include "core/sim/readroutes.h"

#include "core/sim/jsonshapes.h"
#include "core/sim/listquery.h"
#include "core/sim/simkinds.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

SimReply listResources(const SimKind &kind, RouteContext &context)
{
    SimReply error;
    const auto query = ListQuery::parse(kind, context.request.query, &error);
    if (!query)
        return error;
    const SimProject &project = context.project;
    return query->page(kind, query->select(project.ordered(kind.name)), context.request, &project);
}

SimReply getResource(const SimKind &kind, RouteContext &context)
{
    const qint64 id = context.ids.first();
    const Collection &items = context.project.collection(kind.name);
    const auto it = items.constFind(id);
    if (it == items.cend())
        return SimReply::notFound(QStringLiteral("%1 with ID %2 not found").arg(kind.singular).arg(id));
    return SimReply::json(QJsonObject{{kind.singular, *it}});
}

}  // namespace

void addReadRoutes(SimRouter &router)
{
    for (const SimKind &kind : simKinds()) {
        if (kind.name == QLatin1String("actions"))
            continue;  // actionroutes.cpp
        if (kind.paginatedList) {
            router.add("GET", kind.name, [&kind](RouteContext &c) { return listResources(kind, c); });
        }
        router.add("GET", kind.name + QStringLiteral("/{id}"),
                   [&kind](RouteContext &c) { return getResource(kind, c); });
    }
    router.add("GET", QStringLiteral("pricing"), [](RouteContext &) {
        return SimReply::json(QJsonObject{{QStringLiteral("pricing"), shapes::pricing()}});
    });
}

}  // namespace hcloud::sim
