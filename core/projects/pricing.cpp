#include "core/projects/pricing.h"

#include "core/api/apiclient.h"

#include <QJsonArray>

namespace hcloud {

Pricing::Pricing(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

Pricing *Pricing::forClient(ApiClient *client)
{
    if (auto *existing = client->findChild<Pricing *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new Pricing(client, client);
}

void Pricing::load()
{
    if (isLoaded() || isLoading())
        return;
    m_call = m_client->get(QStringLiteral("/pricing"));
    connect(m_call, &ApiCall::finished, this, [this, call = m_call.data()] {
        m_error = call->error();
        if (!m_error.isError()) {
            m_pricing = call->json().value(QStringLiteral("pricing")).toObject();
            m_table = PriceTable(m_pricing);
        }
        m_call.clear();
        emit loaded();
    });
}

QString Pricing::currency() const
{
    return m_pricing.value(QStringLiteral("currency")).toString();
}

ServerPrice Pricing::serverPrice(const QString &serverType, const QString &location) const
{
    return serverPrice(m_pricing, serverType, location);
}

ServerPrice Pricing::serverPrice(const QJsonObject &pricing, const QString &serverType,
                                 const QString &location)
{
    const QJsonArray types = pricing.value(QStringLiteral("server_types")).toArray();
    for (const QJsonValue &type : types) {
        if (type[QStringLiteral("name")].toString() != serverType)
            continue;
        for (const QJsonValue &p : type[QStringLiteral("prices")].toArray()) {
            if (p[QStringLiteral("location")].toString() != location)
                continue;
            return ServerPrice{p[QStringLiteral("price_hourly")][QStringLiteral("gross")].toString(),
                               p[QStringLiteral("price_monthly")][QStringLiteral("gross")].toString(),
                               pricing.value(QStringLiteral("currency")).toString()};
        }
    }
    return {};
}

} // namespace hcloud
