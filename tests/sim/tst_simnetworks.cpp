// Networks over loopback HTTP: create with its refusals, subnets and routes
// added and deleted as actions, the range grown, a change refused while
// another runs (conflict), protection, and servers attached with their
// addresses visible on both sides.
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QTest>

using namespace hcloud::sim;

class TestSimNetworks : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createAndRefusals();
    void subnetsRoutesAndRange();
    void attachDetachAndAliases();
    void protectionAndDelete();
    void serverCreatedIntoANetwork();

private:
    HttpResult post(const QString &path, const QJsonObject &body) { return m_http->send("POST", path, m_token, body); }
    QJsonObject network(qint64 id)
    {
        return m_http->get(QStringLiteral("/networks/%1").arg(id), m_token).json[QStringLiteral("network")].toObject();
    }
    QJsonObject server(qint64 id)
    {
        return m_http->get(QStringLiteral("/servers/%1").arg(id), m_token).json[QStringLiteral("server")].toObject();
    }
    static QString fieldOf(const HttpResult &r)
    {
        return r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")][0][QStringLiteral("name")].toString();
    }
    qint64 newNetwork(const QString &name, const QString &range = QStringLiteral("10.8.0.0/16"));

    QString m_token = testToken('n');
    SimServer *m_sim = nullptr;
    SimHttp *m_http = nullptr;
};

void TestSimNetworks::init()
{
    SimOptions options{{SimProjectSpec(m_token, 4, 7)}, 0};
    options.actionMs = 100;
    m_sim = new SimServer(options);
    QVERIFY(m_sim->listen(0));
    m_http = new SimHttp(m_sim->endpoint());
}

void TestSimNetworks::cleanup()
{
    delete m_http;
    delete m_sim;
}

qint64 TestSimNetworks::newNetwork(const QString &name, const QString &range)
{
    const HttpResult created = post(QStringLiteral("/networks"), {{QStringLiteral("name"), name}, {QStringLiteral("ip_range"), range}});
    return created.status == 201 ? created.json[QStringLiteral("network")][QStringLiteral("id")].toInteger() : 0;
}

void TestSimNetworks::createAndRefusals()
{
    const QJsonObject subnet{{QStringLiteral("type"), QStringLiteral("cloud")}, {QStringLiteral("network_zone"), QStringLiteral("eu-central")}};
    const HttpResult created = post(QStringLiteral("/networks"), {{QStringLiteral("name"), QStringLiteral("app")},
                                                                 {QStringLiteral("ip_range"), QStringLiteral("10.20.0.0/16")},
                                                                 {QStringLiteral("subnets"), QJsonArray{subnet}},
                                                                 {QStringLiteral("labels"), QJsonObject{{QStringLiteral("a"), QStringLiteral("b")}}}});
    QCOMPARE(created.status, 201);
    const QJsonObject n = created.json[QStringLiteral("network")].toObject();
    // Without an ip_range the subnet gets the first free /24.
    QCOMPARE(n[QStringLiteral("subnets")][0][QStringLiteral("ip_range")].toString(), QStringLiteral("10.20.0.0/24"));
    QCOMPARE(n[QStringLiteral("subnets")][0][QStringLiteral("gateway")].toString(), QStringLiteral("10.20.0.1"));

    QCOMPARE(fieldOf(post(QStringLiteral("/networks"), {{QStringLiteral("name"), QStringLiteral("x")},
                                                        {QStringLiteral("ip_range"), QStringLiteral("8.8.8.0/24")}})),
             QStringLiteral("ip_range"));
    QCOMPARE(fieldOf(post(QStringLiteral("/networks"), {{QStringLiteral("name"), QStringLiteral("x")},
                                                        {QStringLiteral("ip_range"), QStringLiteral("10.0.0.0/16")},
                                                        {QStringLiteral("subnets"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("cloud")},
                                                                                                           {QStringLiteral("network_zone"), QStringLiteral("mars")}}}}})),
             QStringLiteral("network_zone"));
    const HttpResult taken = post(QStringLiteral("/networks"), {{QStringLiteral("name"), QStringLiteral("app")},
                                                               {QStringLiteral("ip_range"), QStringLiteral("10.30.0.0/16")}});
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("uniqueness_error"));
}

void TestSimNetworks::subnetsRoutesAndRange()
{
    const qint64 id = newNetwork(QStringLiteral("routes"), QStringLiteral("10.8.0.0/24"));
    QVERIFY(id > 0);
    const QString actions = QStringLiteral("/networks/%1/actions/").arg(id);
    const HttpResult outside = post(actions + QStringLiteral("add_subnet"), {{QStringLiteral("type"), QStringLiteral("cloud")},
                                                                            {QStringLiteral("network_zone"), QStringLiteral("eu-central")},
                                                                            {QStringLiteral("ip_range"), QStringLiteral("10.9.0.0/24")}});
    QCOMPARE(fieldOf(outside), QStringLiteral("ip_range"));
    const HttpResult added = post(actions + QStringLiteral("add_subnet"), {{QStringLiteral("type"), QStringLiteral("cloud")},
                                                                          {QStringLiteral("network_zone"), QStringLiteral("eu-central")},
                                                                          {QStringLiteral("ip_range"), QStringLiteral("10.8.0.0/25")}});
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("add_subnet"));
    // The network changes one thing at a time.
    const HttpResult busy = post(actions + QStringLiteral("add_route"), {{QStringLiteral("destination"), QStringLiteral("10.100.0.0/24")},
                                                                        {QStringLiteral("gateway"), QStringLiteral("10.8.0.10")}});
    QCOMPARE(busy.status, 409);
    QCOMPARE(busy.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("conflict"));
    QTRY_COMPARE(network(id)[QStringLiteral("subnets")].toArray().size(), 1);

    QCOMPARE(post(actions + QStringLiteral("add_route"), {{QStringLiteral("destination"), QStringLiteral("10.100.0.0/24")},
                                                         {QStringLiteral("gateway"), QStringLiteral("10.8.0.10")}}).status,
             201);
    QTRY_COMPARE(network(id)[QStringLiteral("routes")].toArray().size(), 1);
    QCOMPARE(fieldOf(post(actions + QStringLiteral("add_route"), {{QStringLiteral("destination"), QStringLiteral("10.101.0.0/24")},
                                                                  {QStringLiteral("gateway"), QStringLiteral("192.168.0.1")}})),
             QStringLiteral("gateway"));

    // Ranges only grow, from the same start.
    QCOMPARE(fieldOf(post(actions + QStringLiteral("change_ip_range"), {{QStringLiteral("ip_range"), QStringLiteral("10.8.0.0/25")}})),
             QStringLiteral("ip_range"));
    QCOMPARE(post(actions + QStringLiteral("change_ip_range"), {{QStringLiteral("ip_range"), QStringLiteral("10.8.0.0/16")}}).status, 201);
    QTRY_COMPARE(network(id)[QStringLiteral("ip_range")].toString(), QStringLiteral("10.8.0.0/16"));

    QCOMPARE(post(actions + QStringLiteral("delete_route"), {{QStringLiteral("destination"), QStringLiteral("10.100.0.0/24")},
                                                            {QStringLiteral("gateway"), QStringLiteral("10.8.0.10")}}).status,
             201);
    QTRY_VERIFY(network(id)[QStringLiteral("routes")].toArray().isEmpty());
    QCOMPARE(post(actions + QStringLiteral("delete_subnet"), {{QStringLiteral("ip_range"), QStringLiteral("10.8.0.0/25")}}).status, 201);
    QTRY_VERIFY(network(id)[QStringLiteral("subnets")].toArray().isEmpty());
}

void TestSimNetworks::attachDetachAndAliases()
{
    // The seeded network: its first two servers are on it.
    const QJsonObject backend = m_http->get(QStringLiteral("/networks?name=backend"), m_token).json[QStringLiteral("networks")][0].toObject();
    const qint64 id = backend[QStringLiteral("id")].toInteger();
    QCOMPARE(backend[QStringLiteral("servers")].toArray().size(), 2);
    const qint64 first = backend[QStringLiteral("servers")][0].toInteger();
    QCOMPARE(server(first)[QStringLiteral("private_net")][0][QStringLiteral("network")].toInteger(), id);

    const QVector<qint64> ids = m_sim->serverIds(0);
    qint64 other = 0;
    for (qint64 s : ids) {
        if (!backend[QStringLiteral("servers")].toArray().contains(s))
            other = s;
    }
    const QString actions = QStringLiteral("/servers/%1/actions/").arg(other);
    const HttpResult again = post(QStringLiteral("/servers/%1/actions/attach_to_network").arg(first), {{QStringLiteral("network"), id}});
    QCOMPARE(again.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("server_already_attached"));
    const QString usedIp = server(first)[QStringLiteral("private_net")][0][QStringLiteral("ip")].toString();
    const HttpResult used = post(actions + QStringLiteral("attach_to_network"), {{QStringLiteral("network"), id}, {QStringLiteral("ip"), usedIp}});
    QCOMPARE(used.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("ip_not_available"));

    const HttpResult attached = post(actions + QStringLiteral("attach_to_network"), {{QStringLiteral("network"), id}});
    QCOMPARE(attached.status, 201);
    QCOMPARE(attached.json[QStringLiteral("action")][QStringLiteral("resources")].toArray().size(), 2);
    QTRY_COMPARE(network(id)[QStringLiteral("servers")].toArray().size(), 3);
    const QJsonObject entry = server(other)[QStringLiteral("private_net")][0].toObject();
    QVERIFY(entry[QStringLiteral("ip")].toString().startsWith(QLatin1String("10.0.")));
    QVERIFY(entry[QStringLiteral("ip")].toString() != usedIp);
    QVERIFY(!entry[QStringLiteral("mac_address")].toString().isEmpty());

    const QString alias = QStringLiteral("10.0.%1.200").arg(entry[QStringLiteral("ip")].toString().section(QLatin1Char('.'), 2, 2));
    QCOMPARE(post(actions + QStringLiteral("change_alias_ips"), {{QStringLiteral("network"), id}, {QStringLiteral("alias_ips"), QJsonArray{alias}}}).status, 201);
    QTRY_COMPARE(server(other)[QStringLiteral("private_net")][0][QStringLiteral("alias_ips")].toArray(), QJsonArray{alias});

    QCOMPARE(post(actions + QStringLiteral("detach_from_network"), {{QStringLiteral("network"), id}}).status, 201);
    QTRY_VERIFY(server(other)[QStringLiteral("private_net")].toArray().isEmpty());
    QCOMPARE(network(id)[QStringLiteral("servers")].toArray().size(), 2);
}

void TestSimNetworks::protectionAndDelete()
{
    const QJsonObject backend = m_http->get(QStringLiteral("/networks?name=backend"), m_token).json[QStringLiteral("networks")][0].toObject();
    const qint64 id = backend[QStringLiteral("id")].toInteger();
    const qint64 member = backend[QStringLiteral("servers")][0].toInteger();
    QCOMPARE(post(QStringLiteral("/networks/%1/actions/change_protection").arg(id), {{QStringLiteral("delete"), true}}).status, 201);
    QTRY_VERIFY(network(id)[QStringLiteral("protection")][QStringLiteral("delete")].toBool());
    const HttpResult refused = m_http->send("DELETE", QStringLiteral("/networks/%1").arg(id), m_token);
    QCOMPARE(refused.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("protected"));
    QCOMPARE(post(QStringLiteral("/networks/%1/actions/change_protection").arg(id), {{QStringLiteral("delete"), false}}).status, 201);
    QTRY_VERIFY(!network(id)[QStringLiteral("protection")][QStringLiteral("delete")].toBool());

    // Deleting detaches the servers.
    QCOMPARE(m_http->send("DELETE", QStringLiteral("/networks/%1").arg(id), m_token).status, 204);
    QVERIFY(server(member)[QStringLiteral("private_net")].toArray().isEmpty());
    QCOMPARE(m_http->get(QStringLiteral("/networks/%1").arg(id), m_token).status, 404);
}

void TestSimNetworks::serverCreatedIntoANetwork()
{
    const qint64 backend = m_http->get(QStringLiteral("/networks?name=backend"), m_token).json[QStringLiteral("networks")][0][QStringLiteral("id")].toInteger();
    const QJsonObject body{{QStringLiteral("name"), QStringLiteral("joined")},
                           {QStringLiteral("server_type"), QStringLiteral("cpx11")},
                           {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")},
                           {QStringLiteral("location"), QStringLiteral("nbg1")},
                           {QStringLiteral("networks"), QJsonArray{backend}}};
    const HttpResult created = post(QStringLiteral("/servers"), body);
    QCOMPARE(created.status, 201);
    const QJsonObject entry = created.json[QStringLiteral("server")][QStringLiteral("private_net")][0].toObject();
    QCOMPARE(entry[QStringLiteral("network")].toInteger(), backend);
    QVERIFY(entry[QStringLiteral("ip")].toString().startsWith(QLatin1String("10.0.")));
    QVERIFY(network(backend)[QStringLiteral("servers")].toArray().contains(created.json[QStringLiteral("server")][QStringLiteral("id")]));

    QJsonObject unknown = body;
    unknown.insert(QStringLiteral("name"), QStringLiteral("joined-2"));
    unknown.insert(QStringLiteral("networks"), QJsonArray{987654});
    QCOMPARE(fieldOf(post(QStringLiteral("/servers"), unknown)), QStringLiteral("networks"));
    // A network without a subnet in the server's zone has no address for it.
    const qint64 empty = newNetwork(QStringLiteral("no-subnets"));
    unknown.insert(QStringLiteral("networks"), QJsonArray{empty});
    const HttpResult noSubnet = post(QStringLiteral("/servers"), unknown);
    QCOMPARE(noSubnet.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("no_subnet_available"));
}

QTEST_MAIN(TestSimNetworks)
#include "tst_simnetworks.moc"
