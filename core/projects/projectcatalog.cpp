#include "core/projects/projectcatalog.h"

#include "core/api/apiclient.h"

#include <QUrlQuery>

namespace hcloud {
namespace {

const QString kLocations = QStringLiteral("locations");
const QString kNetworkZones = QStringLiteral("network_zones");

// Network zones have no endpoint of their own: each location names its zone.
QString sourceOf(const QString &list)
{
    return list == kNetworkZones ? kLocations : list;
}

QVector<QJsonObject> zonesOf(const QVector<QJsonObject> &locations)
{
    QVector<QJsonObject> zones;
    QStringList seen;
    for (const QJsonObject &location : locations) {
        const QString zone = location.value(QLatin1String("network_zone")).toString();
        if (!zone.isEmpty() && !seen.contains(zone)) {
            seen.append(zone);
            zones.append(QJsonObject{{QStringLiteral("name"), zone}});
        }
    }
    return zones;
}

} // namespace

ProjectCatalog::ProjectCatalog(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

void ProjectCatalog::ensure(const QStringList &lists)
{
    for (const QString &list : lists) {
        const QString source = sourceOf(list);
        if (!has(source) && !m_calls.contains(source))
            fetch(source);
    }
}

void ProjectCatalog::reload(const QString &list)
{
    if (!isLoading(list))
        fetch(sourceOf(list));
}

bool ProjectCatalog::isLoading(const QString &list) const
{
    return m_calls.contains(sourceOf(list));
}

void ProjectCatalog::fetch(const QString &list)
{
    if (!m_client)
        return;
    // New servers may still start from a deprecated image; the choice marks it.
    QUrlQuery query;
    if (list == QLatin1String("images"))
        query.addQueryItem(QStringLiteral("include_deprecated"), QStringLiteral("true"));
    ListCall *call = m_client->listAll(QLatin1Char('/') + list, list, query);
    m_calls.insert(list, call);
    connect(call, &ListCall::finished, this, [this, call, list] {
        m_calls.remove(list);
        m_errors.insert(list, call->error());
        if (!call->error().isError())
            m_lists.insert(list, call->items());
        if (list == kLocations) {
            m_errors.insert(kNetworkZones, call->error());
            if (!call->error().isError())
                m_lists.insert(kNetworkZones, zonesOf(call->items()));
        }
        emit loaded(list);
        if (list == kLocations)
            emit loaded(kNetworkZones);
    });
}

QJsonObject ProjectCatalog::find(const QString &list, const QString &idOrName) const
{
    for (const QJsonObject &o : m_lists.value(list)) {
        if (o.value(QLatin1String("name")).toString() == idOrName
            || QString::number(o.value(QLatin1String("id")).toInteger()) == idOrName)
            return o;
    }
    return {};
}

} // namespace hcloud
