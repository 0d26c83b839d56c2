#pragma once

#include "core/sim/apidate.h"
#include "core/sim/simreply.h"
#include "core/sim/simrequest.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace hcloud::sim {

class SimProject;

// What a route handler gets: the caller's project, the request, the
// numbers captured by {id} segments and the text captured by {name}
// segments, each in order, and the API's day.
struct RouteContext
{
    SimProject &project;
    const SimRequest &request;
    QVector<qint64> ids;
    QStringList names = {};
    ApiDate apiDate;
};

using RouteHandler = std::function<SimReply(RouteContext &)>;

// Method + path pattern ("servers/{id}/actions/poweron") to handler. {id}
// matches a positive integer only, {name} any segment (zones and rrsets go
// by name). Routes are tried in the order they were added. A new endpoint
// is one add() call.
class SimRouter
{
public:
    void add(const QByteArray &method, const QString &pattern, RouteHandler handler);

    // The matching handler, or nullptr; fills *ids from the {id} segments.
    const RouteHandler *match(const QByteArray &method, const QStringList &path, QVector<qint64> *ids,
                              QStringList *names = nullptr) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        RouteHandler handler;
    };
    QVector<Route> m_routes;
};

}  // namespace hcloud::sim
