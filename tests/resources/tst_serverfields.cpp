// Checks done before a write, and server type parsing with prices
// (labels: tst_labelstext).
#include "core/resources/labelselectorcheck.h"
#include "core/resources/serverfields.h"
#include "core/resources/servertype.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hcloud;

class TestServerFields : public QObject
{
    Q_OBJECT
private slots:
    void serverNames_data();
    void serverNames();
    void serverTypeOffers();
    void sshAddress();
    void labelSelectors_data();
    void labelSelectors();
};

void TestServerFields::labelSelectors_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << "" << true;
    QTest::newRow("exists") << "env" << true;
    QTest::newRow("absent") << "!env" << true;
    QTest::newRow("equals") << "env=prod" << true;
    QTest::newRow("double equals") << "env==prod" << true;
    QTest::newRow("not equals") << "env!=prod" << true;
    QTest::newRow("in") << "env in (prod, staging)" << true;
    QTest::newRow("notin") << "env notin (dev)" << true;
    QTest::newRow("several") << "env=prod,role in (web,api),!legacy" << true;
    QTest::newRow("prefixed") << "example.com/team=data" << true;
    QTest::newRow("trailing comma") << "env=prod," << false;
    QTest::newRow("open paren") << "env in (prod" << false;
    QTest::newRow("empty list item") << "env in (prod,)" << false;
    QTest::newRow("bad key") << "en v=prod" << false;
    QTest::newRow("bad value") << "env=pr od" << false;
    QTest::newRow("unknown operator") << "env>prod" << false;
}

void TestServerFields::labelSelectors()
{
    QFETCH(QString, selector);
    QFETCH(bool, ok);
    QCOMPARE(labelSelectorProblem(selector).isEmpty(), ok);
}

void TestServerFields::serverNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("simple") << "web-1" << true;
    QTest::newRow("fqdn") << "web-1.example.com" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("leading hyphen") << "-web" << false;
    QTest::newRow("trailing hyphen") << "web-" << false;
    QTest::newRow("underscore") << "web_1" << false;
    QTest::newRow("space") << "web 1" << false;
    QTest::newRow("empty label") << "web..example" << false;
    QTest::newRow("63 chars") << QString(63, QLatin1Char('a')) << true;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << false;
}

void TestServerFields::serverNames()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QCOMPARE(serverNameProblem(name).isEmpty(), ok);
}

void TestServerFields::serverTypeOffers()
{
    const QByteArray json = R"({
        "id": 22, "name": "cpx21", "description": "CPX 21", "cores": 3, "memory": 4, "disk": 80,
        "architecture": "x86", "storage_type": "local", "cpu_type": "shared", "deprecated": false,
        "locations": [{"id": 1, "name": "fsn1", "deprecation": null},
                      {"id": 2, "name": "hel1", "deprecation": {"announced": "2025-01-01T00:00:00Z",
                                                               "unavailable_after": "2025-04-01T00:00:00Z"}}],
        "prices": [
          {"location": "fsn1", "price_hourly": {"net": "0.0120", "gross": "0.0143"},
           "price_monthly": {"net": "7.5500", "gross": "8.9845"}},
          {"location": "hel1", "price_hourly": {"net": "0.0120", "gross": "0.0143"},
           "price_monthly": {"net": "7.5500", "gross": "8.9845"}},
          {"location": "ash", "price_hourly": {"net": "0.0200", "gross": "0.0238"},
           "price_monthly": {"net": "12.00", "gross": "14.28"}}]})";
    const ServerTypeInfo t = ServerTypeInfo::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(t.name, QStringLiteral("cpx21"));
    QCOMPARE(t.cores, 3);
    QVERIFY(t.offerIn(QStringLiteral("fsn1")));
    QCOMPARE(t.offerIn(QStringLiteral("fsn1"))->monthly, 8.9845);
    QVERIFY(!t.offerIn(QStringLiteral("fsn1"))->deprecated);
    QVERIFY(t.offerIn(QStringLiteral("hel1"))->deprecated);
    // A price for a location the type does not list is not an offer.
    QVERIFY(!t.offerIn(QStringLiteral("ash")));
    QVERIFY(t.specText().contains(QStringLiteral("3 vCPU")));
}

// Copy SSH Command, Open Terminal and reverse DNS reach the server here.
void TestServerFields::sshAddress()
{
    const auto server = [](const QJsonValue &v4, const QString &v6) {
        return QJsonObject{{QStringLiteral("public_net"),
                            QJsonObject{{QStringLiteral("ipv4"), v4},
                                        {QStringLiteral("ipv6"), QJsonObject{{QStringLiteral("ip"), v6}}}}}};
    };
    QCOMPARE(hcloud::sshAddress(server(QJsonObject{{QStringLiteral("ip"), QStringLiteral("203.0.113.5")}}, QStringLiteral("2001:db8:1::/64"))),
             QStringLiteral("203.0.113.5"));
    QCOMPARE(hcloud::sshAddress(server(QJsonValue(), QStringLiteral("2001:db8:1::/64"))), QStringLiteral("2001:db8:1::1"));
    QCOMPARE(hcloud::sshAddress(server(QJsonValue(), QStringLiteral("2001:db8:1::/56"))), QString());
    QCOMPARE(hcloud::sshAddress(QJsonObject()), QString());
}

QTEST_GUILESS_MAIN(TestServerFields)
#include "tst_serverfields.moc"
