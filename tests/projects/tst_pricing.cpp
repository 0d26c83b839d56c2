// /pricing from the simulator: a type's gross prices in a location, as
// the API's decimal strings; unknown ones are invalid; fetched once.
#include "core/api/apiclient.h"
#include "core/projects/pricing.h"
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace hcloud;

class TestPricing : public QObject
{
    Q_OBJECT
private slots:
    void pricesFromTheApi();
};

void TestPricing::pricesFromTheApi()
{
    const QString token = testToken('p');
    sim::SimServer simulator({{sim::SimProjectSpec(token, 1, 3)}, 0});
    QVERIFY(simulator.listen(0));
    ApiClient client;
    client.setEndpoint(simulator.endpoint());
    client.setToken(token);

    Pricing *pricing = Pricing::forClient(&client);
    QCOMPARE(Pricing::forClient(&client), pricing); // one per client
    QSignalSpy loaded(pricing, &Pricing::loaded);
    pricing->load();
    pricing->load(); // folded into the one under way
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.size(), 1);
    QVERIFY(pricing->isLoaded());
    QCOMPARE(pricing->currency(), QStringLiteral("EUR"));

    // Compare with what the simulator says, read on its own.
    const QJsonObject raw = SimHttp(simulator.endpoint()).get(QStringLiteral("/pricing"), token).json[QStringLiteral("pricing")].toObject();
    const QJsonObject type = raw[QStringLiteral("server_types")][0].toObject();
    const QJsonObject price = type[QStringLiteral("prices")][0].toObject();
    const ServerPrice found = pricing->serverPrice(type[QStringLiteral("name")].toString(), price[QStringLiteral("location")].toString());
    QVERIFY(found.isValid());
    QCOMPARE(found.monthlyGross, price[QStringLiteral("price_monthly")][QStringLiteral("gross")].toString());
    QCOMPARE(found.hourlyGross, price[QStringLiteral("price_hourly")][QStringLiteral("gross")].toString());
    QVERIFY(!pricing->serverPrice(QStringLiteral("no-such-type"), QStringLiteral("fsn1")).isValid());
    QVERIFY(!pricing->serverPrice(type[QStringLiteral("name")].toString(), QStringLiteral("nowhere")).isValid());
}

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
