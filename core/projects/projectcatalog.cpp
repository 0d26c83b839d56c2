#include "projectcatalog.h"

#include "api/apiclient.h"

namespace hcloud {

ProjectCatalog::ProjectCatalog(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

void ProjectCatalog::ensure(const QStringList &lists)
{
    for (const QString &list : lists) {
        if (!has(list) && !isLoading(list))
            fetch(list);
    }
}

void ProjectCatalog::reload(const QString &list)
{
    if (!isLoading(list))
        fetch(list);
}

void ProjectCatalog::fetch(const QString &list)
{
    if (!m_client)
        return;
    ListCall *call = m_client->listAll(QLatin1Char('/') + list, list);
    m_calls.insert(list, call);
    connect(call, &ListCall::finished, this, [this, call, list] {
        m_calls.remove(list);
        m_errors.insert(list, call->error());
        if (!call->error().isError())
            m_lists.insert(list, call->items());
        emit loaded(list);
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
