#include "core/sim/apidate.h"

#include "core/sim/simreply.h"
#include "core/sim/simrequest.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hcloud::sim {

namespace {

const QString kDatacenter = QStringLiteral("datacenter");

void shapeServer(QJsonObject &server, const ApiDate &date)
{
    if (!date.hasDatacenter())
        server.remove(kDatacenter);
}

void shapePrimaryIp(QJsonObject &ip, const ApiDate &date)
{
    if (!date.hasDatacenter())
        ip.remove(kDatacenter);
    if (date.saysUnassigned() && ip.value(QLatin1String("assignee_id")).isNull())
        ip.insert(QStringLiteral("assignee_type"), QStringLiteral("unassigned"));
}

// Applies `shape` to body[single] and to each of body[plural].
template<typename Shape>
bool shapeKey(QJsonObject &body, const QString &single, const QString &plural, Shape shape)
{
    bool changed = false;
    if (body.value(single).isObject()) {
        QJsonObject one = body.value(single).toObject();
        shape(one);
        body.insert(single, one);
        changed = true;
    }
    if (body.value(plural).isArray()) {
        QJsonArray many = body.value(plural).toArray();
        for (qsizetype i = 0; i < many.size(); ++i) {
            QJsonObject one = many.at(i).toObject();
            shape(one);
            many.replace(i, one);
        }
        body.insert(plural, many);
        changed = true;
    }
    return changed;
}

}  // namespace

std::optional<SimReply> ApiDate::refuse(const SimRequest &request) const
{
    // path: {"v1", "datacenters", ...}
    if (datacentersGone() && request.path.size() >= 2 && request.path.at(1) == QLatin1String("datacenters"))
        return SimReply::error(410, QStringLiteral("deprecated_api_endpoint"),
                               QStringLiteral("The datacenters endpoint was removed on 2026-10-01. "
                                              "Use /locations and server_types[].locations[] instead."));
    return std::nullopt;
}

std::optional<SimReply> ApiDate::refuseDatacenter(const QJsonObject &body) const
{
    if (hasDatacenter() || !body.contains(kDatacenter))
        return std::nullopt;
    return SimReply::invalidInput(kDatacenter,
                                  QStringLiteral("datacenter was removed on 2026-07-01; use location"));
}

void ApiDate::shape(SimReply &reply) const
{
    if ((hasDatacenter() && !saysUnassigned()) || reply.body.isEmpty() || reply.status >= 300)
        return;
    QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    const bool servers = shapeKey(body, QStringLiteral("server"), QStringLiteral("servers"),
                                  [this](QJsonObject &o) { shapeServer(o, *this); });
    const bool ips = shapeKey(body, QStringLiteral("primary_ip"), QStringLiteral("primary_ips"),
                              [this](QJsonObject &o) { shapePrimaryIp(o, *this); });
    if (servers || ips)
        reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QDate ApiDate::parse(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

}  // namespace hcloud::sim
