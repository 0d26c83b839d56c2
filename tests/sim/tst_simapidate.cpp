// The API by its published timeline (SimOptions::apiDate, --api-date):
// `datacenter` on servers and primary IPs until 2026-07-01, and in their
// create requests; assignee_type "unassigned" from 2026-08-01; /datacenters
// answering 410 after 2026-10-01. The default is today.
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace hcloud::sim;

class TestSimApiDate : public QObject
{
    Q_OBJECT
private slots:
    void datacenterUntilJuly_data();
    void datacenterUntilJuly();
    void createTakesDatacenterUntilJuly_data();
    void createTakesDatacenterUntilJuly();
    void unassignedFromAugust_data();
    void unassignedFromAugust();
    void datacentersGoneAfterOctober_data();
    void datacentersGoneAfterOctober();

private:
    void start(const QDate &day);
    QJsonObject unassignedPrimaryIp();

    QString m_token = testToken('d');
    std::unique_ptr<SimServer> m_sim;
    std::unique_ptr<SimHttp> m_http;
};

void TestSimApiDate::start(const QDate &day)
{
    m_http.reset();
    SimOptions options;
    options.projects = {SimProjectSpec(m_token, 6, 8)};
    options.actionMs = 0;
    options.apiDate = day;
    m_sim = std::make_unique<SimServer>(options);
    QVERIFY(m_sim->listen());
    m_http = std::make_unique<SimHttp>(m_sim->endpoint());
}

// A new primary IP in fsn1, not assigned to anything.
QJsonObject TestSimApiDate::unassignedPrimaryIp()
{
    const HttpResult r = m_http->send("POST", QStringLiteral("/primary_ips"), m_token,
                                      {{QStringLiteral("name"), QStringLiteral("spare")},
                                       {QStringLiteral("type"), QStringLiteral("ipv4")},
                                       {QStringLiteral("location"), QStringLiteral("fsn1")}});
    if (r.status != 201)
        return {};
    return m_http->get(QStringLiteral("/primary_ips/%1").arg(r.json[QStringLiteral("primary_ip")][QStringLiteral("id")].toInteger()), m_token)
        .json[QStringLiteral("primary_ip")]
        .toObject();
}

void TestSimApiDate::datacenterUntilJuly_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("datacenter");
    QTest::newRow("2026-06-30") << QDate(2026, 6, 30) << true;
    QTest::newRow("2026-07-01") << QDate(2026, 7, 1) << false;
    QTest::newRow("today") << QDate() << false;
}

void TestSimApiDate::datacenterUntilJuly()
{
    QFETCH(QDate, day);
    QFETCH(bool, datacenter);
    start(day);
    const QJsonArray servers = m_http->all(QStringLiteral("servers"), m_token);
    QCOMPARE(servers.size(), 6);
    for (const QJsonValue &s : servers) {
        QCOMPARE(s.toObject().contains(QStringLiteral("datacenter")), datacenter);
        QVERIFY(!s[QStringLiteral("location")][QStringLiteral("name")].toString().isEmpty());
        if (datacenter)
            QCOMPARE(s[QStringLiteral("datacenter")][QStringLiteral("location")], s[QStringLiteral("location")]);
    }
    const qint64 id = servers.first()[QStringLiteral("id")].toInteger();
    const QJsonObject one = m_http->get(QStringLiteral("/servers/%1").arg(id), m_token).json[QStringLiteral("server")].toObject();
    QCOMPARE(one.contains(QStringLiteral("datacenter")), datacenter);

    const QJsonArray ips = m_http->all(QStringLiteral("primary_ips"), m_token);
    QVERIFY(!ips.isEmpty());
    for (const QJsonValue &ip : ips) {
        QCOMPARE(ip.toObject().contains(QStringLiteral("datacenter")), datacenter);
        QVERIFY(!ip[QStringLiteral("location")][QStringLiteral("name")].toString().isEmpty());
    }
}

void TestSimApiDate::createTakesDatacenterUntilJuly_data()
{
    datacenterUntilJuly_data();
}

void TestSimApiDate::createTakesDatacenterUntilJuly()
{
    QFETCH(QDate, day);
    QFETCH(bool, datacenter);
    start(day);
    const QJsonObject server{{QStringLiteral("name"), QStringLiteral("placed")},
                             {QStringLiteral("server_type"), QStringLiteral("cx22")},
                             {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")},
                             {QStringLiteral("datacenter"), QStringLiteral("nbg1-dc3")}};
    const HttpResult byDatacenter = m_http->send("POST", QStringLiteral("/servers"), m_token, server);
    const QJsonObject ip{{QStringLiteral("name"), QStringLiteral("placed")},
                         {QStringLiteral("type"), QStringLiteral("ipv6")},
                         {QStringLiteral("assignee_type"), QStringLiteral("server")},
                         {QStringLiteral("datacenter"), QStringLiteral("nbg1-dc3")}};
    const HttpResult ipByDatacenter = m_http->send("POST", QStringLiteral("/primary_ips"), m_token, ip);
    if (datacenter) {
        QCOMPARE(byDatacenter.status, 201);
        QCOMPARE(byDatacenter.json[QStringLiteral("server")][QStringLiteral("datacenter")][QStringLiteral("name")].toString(), QStringLiteral("nbg1-dc3"));
        QCOMPARE(ipByDatacenter.status, 201);
        QCOMPARE(ipByDatacenter.json[QStringLiteral("primary_ip")][QStringLiteral("location")][QStringLiteral("name")].toString(), QStringLiteral("nbg1"));
    } else {
        for (const HttpResult *r : {&byDatacenter, &ipByDatacenter}) {
            QCOMPARE(r->status, 400);
            QCOMPARE(r->errorCode(), QStringLiteral("invalid_input"));
            QCOMPARE(r->json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")][0][QStringLiteral("name")].toString(),
                     QStringLiteral("datacenter"));
        }
    }
    // location works on every day.
    QJsonObject byLocation = server;
    byLocation.remove(QStringLiteral("datacenter"));
    byLocation.insert(QStringLiteral("name"), QStringLiteral("located"));
    byLocation.insert(QStringLiteral("location"), QStringLiteral("nbg1"));
    const HttpResult located = m_http->send("POST", QStringLiteral("/servers"), m_token, byLocation);
    QCOMPARE(located.status, 201);
    QCOMPARE(located.json[QStringLiteral("server")][QStringLiteral("location")][QStringLiteral("name")].toString(), QStringLiteral("nbg1"));
    QCOMPARE(located.json[QStringLiteral("server")].toObject().contains(QStringLiteral("datacenter")), datacenter);
}

void TestSimApiDate::unassignedFromAugust_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("assigneeType");
    QTest::newRow("2026-07-31") << QDate(2026, 7, 31) << "server";
    QTest::newRow("2026-08-01") << QDate(2026, 8, 1) << "unassigned";
    QTest::newRow("today") << QDate() << "unassigned";
}

void TestSimApiDate::unassignedFromAugust()
{
    QFETCH(QDate, day);
    QFETCH(QString, assigneeType);
    start(day);
    const QJsonObject spare = unassignedPrimaryIp();
    QVERIFY(!spare.isEmpty());
    QVERIFY(spare[QStringLiteral("assignee_id")].isNull());
    QCOMPARE(spare[QStringLiteral("assignee_type")].toString(), assigneeType);
    // An assigned one says server on every day.
    for (const QJsonValue &ip : m_http->all(QStringLiteral("primary_ips"), m_token)) {
        if (!ip[QStringLiteral("assignee_id")].isNull())
            QCOMPARE(ip[QStringLiteral("assignee_type")].toString(), QStringLiteral("server"));
        else
            QCOMPARE(ip[QStringLiteral("assignee_type")].toString(), assigneeType);
    }
}

void TestSimApiDate::datacentersGoneAfterOctober_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("served");
    QTest::newRow("2026-10-01") << QDate(2026, 10, 1) << true;
    QTest::newRow("2026-10-02") << QDate(2026, 10, 2) << false;
    QTest::newRow("today") << QDate() << false;
}

void TestSimApiDate::datacentersGoneAfterOctober()
{
    QFETCH(QDate, day);
    QFETCH(bool, served);
    start(day);
    const HttpResult list = m_http->get(QStringLiteral("/datacenters"), m_token);
    const HttpResult one = m_http->get(QStringLiteral("/datacenters/4"), m_token);
    if (served) {
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json[QStringLiteral("datacenters")].toArray().size(), 6);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json[QStringLiteral("datacenter")][QStringLiteral("name")].toString(), QStringLiteral("fsn1-dc14"));
    } else {
        for (const HttpResult *r : {&list, &one}) {
            QCOMPARE(r->status, 410);
            QCOMPARE(r->errorCode(), QStringLiteral("deprecated_api_endpoint"));
            QVERIFY(!r->json[QStringLiteral("error")][QStringLiteral("message")].toString().isEmpty());
        }
    }
    QCOMPARE(m_http->get(QStringLiteral("/locations"), m_token).status, 200);
}

QTEST_GUILESS_MAIN(TestSimApiDate)
#include "tst_simapidate.moc"
