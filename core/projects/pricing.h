#pragma once

#include "core/api/apierror.h"
#include "core/projects/pricetable.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace hcloud {

class ApiCall;
class ApiClient;

// A server type's price in one location, gross (VAT included) as the API
// gives it: decimal strings, so no rounding happens before display.
struct ServerPrice
{
    QString hourlyGross;
    QString monthlyGross;
    QString currency;
    bool isValid() const { return !monthlyGross.isEmpty(); }
};

// The project's /pricing, fetched once and kept: prices change rarely and
// every details view needs them.
class Pricing : public QObject
{
    Q_OBJECT
public:
    explicit Pricing(ApiClient *client, QObject *parent = nullptr);

    // The one cache of a client (one client per project), created on demand
    // as the client's child so it dies with the project.
    static Pricing *forClient(ApiClient *client);

    // Starts the fetch unless loaded or under way; after a failure, tries again.
    void load();
    bool isLoaded() const { return !m_pricing.isEmpty(); }
    bool isLoading() const { return !m_call.isNull(); }
    const ApiError &error() const { return m_error; }

    QString currency() const;
    // The whole answer, for estimates.
    const QJsonObject &pricingJson() const { return m_pricing; }
    // The same, read into lookups once per fetch.
    const PriceTable &priceTable() const { return m_table; }
    ServerPrice serverPrice(const QString &serverType, const QString &location) const;

    // Also usable on a /pricing answer fetched elsewhere.
    static ServerPrice serverPrice(const QJsonObject &pricing, const QString &serverType,
                                   const QString &location);

signals:
    // After every fetch, successful or not (see error()).
    void loaded();

private:
    ApiClient *m_client;
    QPointer<ApiCall> m_call;
    QJsonObject m_pricing;
    PriceTable m_table;
    ApiError m_error;
};

} // namespace hcloud
