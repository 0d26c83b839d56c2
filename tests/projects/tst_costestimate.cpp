// The monthly cost estimate from the simulator's /pricing: each kind's
// rule (servers with backups, volumes by size, IPs by type and location,
// load balancers, snapshots by size), totals, and what cannot be priced.
#include "core/projects/costestimate.h"
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hcloud;

namespace {
QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

double monthly(const QJsonObject &pricing, const char *list, const char *key, const char *value, const char *location)
{
    for (const QJsonValue &entry : pricing.value(QLatin1String(list)).toArray()) {
        if (entry[QLatin1String(key)].toString() != QLatin1String(value))
            continue;
        for (const QJsonValue &p : entry[QLatin1String("prices")].toArray()) {
            if (p[QLatin1String("location")].toString() == QLatin1String(location))
                return p[QLatin1String("price_monthly")][QLatin1String("gross")].toString().toDouble();
        }
    }
    return -1;
}
} // namespace

class TestCostEstimate : public QObject
{
    Q_OBJECT
private slots:
    void everyKindPriced();
    void simulatedProjectIsPricedWhole();
    void serversPricePrimaryIpsWithoutTheirList();
};

void TestCostEstimate::everyKindPriced()
{
    const QString token = testToken('e');
    hcloud::sim::SimServer simulator({{hcloud::sim::SimProjectSpec(token, 1, 1)}, 0});
    QVERIFY(simulator.listen(0));
    const QJsonObject pricing = SimHttp(simulator.endpoint()).get(QStringLiteral("/pricing"), token).json[QStringLiteral("pricing")].toObject();
    QVERIFY(!pricing.isEmpty());

    const double server = monthly(pricing, "server_types", "name", "cpx11", "fsn1");
    const double backup = pricing[QStringLiteral("server_backup")][QStringLiteral("percentage")].toString().toDouble() / 100;
    const double gb = pricing[QStringLiteral("volume")][QStringLiteral("price_per_gb_month")][QStringLiteral("gross")].toString().toDouble();
    const double ipv4 = monthly(pricing, "primary_ips", "type", "ipv4", "fsn1");
    const double floating = monthly(pricing, "floating_ips", "type", "ipv6", "nbg1");
    const double lb = monthly(pricing, "load_balancer_types", "name", "lb11", "fsn1");
    const double image = pricing[QStringLiteral("image")][QStringLiteral("price_per_gb_month")][QStringLiteral("gross")].toString().toDouble();
    for (double price : {server, backup, gb, ipv4, floating, lb, image})
        QVERIFY(price > 0);

    QHash<QString, QVector<QJsonObject>> resources;
    resources[QStringLiteral("servers")] = {
        obj(R"({"name":"a","server_type":{"name":"cpx11"},"location":{"name":"fsn1"},"backup_window":null})"),
        obj(R"({"name":"b","server_type":{"name":"cpx11"},"location":{"name":"fsn1"},"backup_window":"22-02"})"),
        obj(R"({"name":"c","server_type":{"name":"nope"},"location":{"name":"fsn1"}})"),
    };
    resources[QStringLiteral("volumes")] = {obj(R"({"name":"v","size":100})")};
    resources[QStringLiteral("primary_ips")] = {obj(R"({"name":"p","type":"ipv4","location":{"name":"fsn1"}})")};
    resources[QStringLiteral("floating_ips")] = {obj(R"({"name":"f","type":"ipv6","home_location":{"name":"nbg1"}})")};
    resources[QStringLiteral("load_balancers")] = {obj(R"({"name":"l","load_balancer_type":{"name":"lb11"},"location":{"name":"fsn1"}})")};
    resources[QStringLiteral("images")] = {obj(R"({"type":"snapshot","image_size":2.5})"),
                                           obj(R"({"type":"system","image_size":null})"),
                                           obj(R"({"type":"backup","image_size":4})")};

    const CostEstimate e = CostEstimate::of(pricing, CostEstimate::groupsOf(resources));
    const double expected = server + server * (1 + backup) + 100 * gb + ipv4 + floating + lb + 2.5 * image;
    QVERIFY2(qAbs(e.monthly - expected) < 1e-9, qPrintable(QStringLiteral("%1 vs %2").arg(e.monthly).arg(expected)));
    QCOMPARE(e.unpriced.size(), 1);
    QVERIFY(e.unpriced.first().contains(QStringLiteral("nope")));
    QCOMPARE(e.lines.size(), 6);
    QCOMPARE(e.lines.first().kind, QStringLiteral("servers"));
    QCOMPARE(e.lines.first().count, 2);

    CostEstimate total = e;
    total += e;
    QVERIFY(qAbs(total.monthly - 2 * expected) < 1e-9);
    QCOMPARE(total.lines.first().count, 4);
}

// The simulator's own objects, as the client lists them: every one priced.
void TestCostEstimate::simulatedProjectIsPricedWhole()
{
    const QString token = testToken('w');
    hcloud::sim::SimServer simulator({{hcloud::sim::SimProjectSpec(token, 12, 4)}, 0});
    QVERIFY(simulator.listen(0));
    SimHttp http(simulator.endpoint());
    const QJsonObject pricing = http.get(QStringLiteral("/pricing"), token).json[QStringLiteral("pricing")].toObject();
    QHash<QString, QVector<QJsonObject>> resources;
    for (const char *kind : {"servers", "volumes", "primary_ips", "floating_ips", "load_balancers", "images"}) {
        for (const QJsonValue &object : http.all(QLatin1String(kind), token))
            resources[QLatin1String(kind)].append(object.toObject());
        QVERIFY2(!resources.value(QLatin1String(kind)).isEmpty(), kind);
    }
    const CostEstimate e = CostEstimate::of(pricing, CostEstimate::groupsOf(resources));
    QVERIFY2(e.unpriced.isEmpty(), qPrintable(e.unpriced.join(QLatin1Char('\n'))));
    QStringList kinds;
    for (const CostEstimate::Line &line : e.lines) {
        kinds.append(line.kind);
        QVERIFY2(line.monthly > 0, qPrintable(line.kind));
    }
    for (const char *kind : {"servers", "volumes", "primary_ips", "floating_ips", "load_balancers"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
}

// Listing primary IPs costs a request per 50; until that list is loaded a
// server's own IPv4 is priced where the server is.
void TestCostEstimate::serversPricePrimaryIpsWithoutTheirList()
{
    const QString token = testToken('p');
    hcloud::sim::SimServer simulator({{hcloud::sim::SimProjectSpec(token, 1, 1)}, 0});
    QVERIFY(simulator.listen(0));
    const QJsonObject pricing = SimHttp(simulator.endpoint()).get(QStringLiteral("/pricing"), token).json[QStringLiteral("pricing")].toObject();
    const double server = monthly(pricing, "server_types", "name", "cpx11", "fsn1");
    const double ipv4 = monthly(pricing, "primary_ips", "type", "ipv4", "fsn1");
    QHash<QString, QVector<QJsonObject>> resources;
    const QJsonObject withIp = obj(R"({"server_type":{"name":"cpx11"},"location":{"name":"fsn1"},"public_net":{"ipv4":{"id":1},"ipv6":null}})");
    const QJsonObject without = obj(R"({"server_type":{"name":"cpx11"},"location":{"name":"fsn1"},"public_net":{"ipv4":null,"ipv6":null}})");
    resources[QStringLiteral("servers")] = {withIp, withIp, without};
    const auto groups = CostEstimate::groupsOf(resources);
    QCOMPARE(groups.value(QStringLiteral("servers")).size(), 2);
    const CostEstimate e = CostEstimate::of(pricing, groups);
    QVERIFY(qAbs(e.monthly - (3 * server + 2 * ipv4)) < 1e-9);

    // With the list loaded, it counts instead (here: none).
    auto withList = groups;
    withList.insert(QStringLiteral("primary_ips"), {});
    QVERIFY(qAbs(CostEstimate::of(pricing, withList).monthly - 3 * server) < 1e-9);
}

QTEST_GUILESS_MAIN(TestCostEstimate)
#include "tst_costestimate.moc"
