// Load balancers over loopback HTTP: create with its refusals, services
// (defaults, duplicate ports), targets of each type with their health, the
// seeded label selector following server labels, type and algorithm
// changes, a lock while an action runs, and protection.
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace hcloud::sim;

class TestSimLoadBalancers : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createAndRefusals();
    void servicesAndPorts();
    void targetsAndHealth();
    void seededSelectorFollowsLabels();
    void typeAlgorithmAndProtection();
    void metrics();

private:
    HttpResult post(const QString &path, const QJsonObject &body) { return m_http->send("POST", path, m_token, body); }
    QJsonObject lb(qint64 id)
    {
        return m_http->get(QStringLiteral("/load_balancers/%1").arg(id), m_token).json[QStringLiteral("load_balancer")].toObject();
    }
    static QString codeOf(const HttpResult &r) { return r.json[QStringLiteral("error")][QStringLiteral("code")].toString(); }
    static QString fieldOf(const HttpResult &r)
    {
        return r.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")][0][QStringLiteral("name")].toString();
    }
    // A new lb11 in fsn1, once its create action has ended.
    void newLoadBalancer(const QString &name, qint64 *id);
    QString actionStatus(const HttpResult &started)
    {
        const qint64 action = started.json[QStringLiteral("action")][QStringLiteral("id")].toInteger();
        return m_http->get(QStringLiteral("/actions/%1").arg(action), m_token).json[QStringLiteral("action")][QStringLiteral("status")].toString();
    }

    QString m_token = testToken('l');
    SimServer *m_sim = nullptr;
    SimHttp *m_http = nullptr;
};

void TestSimLoadBalancers::init()
{
    SimOptions options{{SimProjectSpec(m_token, 5, 11)}, 0};
    options.actionMs = 100;
    m_sim = new SimServer(options);
    QVERIFY(m_sim->listen(0));
    m_http = new SimHttp(m_sim->endpoint());
}

void TestSimLoadBalancers::cleanup()
{
    delete m_http;
    delete m_sim;
}

void TestSimLoadBalancers::newLoadBalancer(const QString &name, qint64 *id)
{
    const HttpResult created = post(QStringLiteral("/load_balancers"), {{QStringLiteral("name"), name},
                                                                       {QStringLiteral("load_balancer_type"), QStringLiteral("lb11")},
                                                                       {QStringLiteral("location"), QStringLiteral("fsn1")}});
    QCOMPARE(created.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(created), QStringLiteral("success"), 5000);
    *id = created.json[QStringLiteral("load_balancer")][QStringLiteral("id")].toInteger();
}

void TestSimLoadBalancers::createAndRefusals()
{
    const HttpResult created = post(QStringLiteral("/load_balancers"),
                                    {{QStringLiteral("name"), QStringLiteral("front")},
                                     {QStringLiteral("load_balancer_type"), QStringLiteral("lb21")},
                                     {QStringLiteral("network_zone"), QStringLiteral("eu-central")},
                                     {QStringLiteral("algorithm"), QJsonObject{{QStringLiteral("type"), QStringLiteral("least_connections")}}},
                                     {QStringLiteral("services"), QJsonArray{QJsonObject{{QStringLiteral("protocol"), QStringLiteral("http")}}}}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("create_load_balancer"));
    const QJsonObject front = created.json[QStringLiteral("load_balancer")].toObject();
    QCOMPARE(front[QStringLiteral("load_balancer_type")][QStringLiteral("name")].toString(), QStringLiteral("lb21"));
    QCOMPARE(front[QStringLiteral("location")][QStringLiteral("network_zone")].toString(), QStringLiteral("eu-central"));
    QVERIFY(!front[QStringLiteral("public_net")][QStringLiteral("ipv4")][QStringLiteral("ip")].toString().isEmpty());
    // An http service gets port 80 and an http health check.
    const QJsonObject service = front[QStringLiteral("services")][0].toObject();
    QCOMPARE(service[QStringLiteral("listen_port")].toInt(), 80);
    QCOMPARE(service[QStringLiteral("destination_port")].toInt(), 80);
    QCOMPARE(service[QStringLiteral("health_check")][QStringLiteral("protocol")].toString(), QStringLiteral("http"));
    QCOMPARE(service[QStringLiteral("health_check")][QStringLiteral("http")][QStringLiteral("path")].toString(), QStringLiteral("/"));

    QCOMPARE(fieldOf(post(QStringLiteral("/load_balancers"), {{QStringLiteral("name"), QStringLiteral("x")},
                                                              {QStringLiteral("load_balancer_type"), QStringLiteral("lb99")},
                                                              {QStringLiteral("location"), QStringLiteral("fsn1")}})),
             QStringLiteral("load_balancer_type"));
    QCOMPARE(fieldOf(post(QStringLiteral("/load_balancers"), {{QStringLiteral("name"), QStringLiteral("x")},
                                                              {QStringLiteral("load_balancer_type"), QStringLiteral("lb11")}})),
             QStringLiteral("location"));
    const HttpResult https = post(QStringLiteral("/load_balancers"),
                                  {{QStringLiteral("name"), QStringLiteral("x")},
                                   {QStringLiteral("load_balancer_type"), QStringLiteral("lb11")},
                                   {QStringLiteral("location"), QStringLiteral("fsn1")},
                                   {QStringLiteral("services"), QJsonArray{QJsonObject{{QStringLiteral("protocol"), QStringLiteral("https")}}}}});
    QCOMPARE(fieldOf(https), QStringLiteral("http.certificates"));
    QCOMPARE(codeOf(post(QStringLiteral("/load_balancers"), {{QStringLiteral("name"), QStringLiteral("front")},
                                                             {QStringLiteral("load_balancer_type"), QStringLiteral("lb11")},
                                                             {QStringLiteral("location"), QStringLiteral("fsn1")}})),
             QStringLiteral("uniqueness_error"));
}

void TestSimLoadBalancers::servicesAndPorts()
{
    qint64 id = 0;
    newLoadBalancer(QStringLiteral("svc"), &id);
    if (QTest::currentTestFailed())
        return;
    const HttpResult added = post(QStringLiteral("/load_balancers/%1/actions/add_service").arg(id),
                                  {{QStringLiteral("protocol"), QStringLiteral("tcp")}, {QStringLiteral("listen_port"), 443}, {QStringLiteral("destination_port"), 8443}});
    QCOMPARE(added.status, 201);
    // The load balancer is held while the service is added.
    const HttpResult locked = post(QStringLiteral("/load_balancers/%1/actions/add_service").arg(id),
                                   {{QStringLiteral("protocol"), QStringLiteral("http")}});
    QCOMPARE(locked.status, 423);
    QTRY_COMPARE(lb(id)[QStringLiteral("services")].toArray().size(), 1);
    QCOMPARE(lb(id)[QStringLiteral("services")][0][QStringLiteral("health_check")][QStringLiteral("port")].toInt(), 8443);

    const HttpResult again = post(QStringLiteral("/load_balancers/%1/actions/add_service").arg(id),
                                  {{QStringLiteral("protocol"), QStringLiteral("tcp")}, {QStringLiteral("listen_port"), 443}});
    QCOMPARE(codeOf(again), QStringLiteral("source_port_already_used"));
    QCOMPARE(fieldOf(post(QStringLiteral("/load_balancers/%1/actions/add_service").arg(id), {{QStringLiteral("protocol"), QStringLiteral("tcp")}})),
             QStringLiteral("listen_port"));

    QCOMPARE(post(QStringLiteral("/load_balancers/%1/actions/update_service").arg(id),
                  {{QStringLiteral("listen_port"), 443}, {QStringLiteral("proxyprotocol"), true}}).status,
             201);
    QTRY_VERIFY(lb(id)[QStringLiteral("services")][0][QStringLiteral("proxyprotocol")].toBool());
    QCOMPARE(post(QStringLiteral("/load_balancers/%1/actions/delete_service").arg(id), {{QStringLiteral("listen_port"), 443}}).status, 201);
    QTRY_VERIFY(lb(id)[QStringLiteral("services")].toArray().isEmpty());
}

void TestSimLoadBalancers::targetsAndHealth()
{
    qint64 id = 0;
    newLoadBalancer(QStringLiteral("tgt"), &id);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(post(QStringLiteral("/load_balancers/%1/actions/add_service").arg(id), {{QStringLiteral("protocol"), QStringLiteral("http")}}).status, 201);
    QTRY_COMPARE(lb(id)[QStringLiteral("services")].toArray().size(), 1);

    const QJsonArray servers = m_http->get(QStringLiteral("/servers?status=running"), m_token).json[QStringLiteral("servers")].toArray();
    QVERIFY(!servers.isEmpty());
    const qint64 server = servers.last()[QStringLiteral("id")].toInteger();
    const QJsonObject target{{QStringLiteral("type"), QStringLiteral("server")}, {QStringLiteral("server"), QJsonObject{{QStringLiteral("id"), server}}}};
    QCOMPARE(post(QStringLiteral("/load_balancers/%1/actions/add_target").arg(id), target).status, 201);
    QTRY_COMPARE(lb(id)[QStringLiteral("targets")].toArray().size(), 1);
    QJsonObject added = lb(id)[QStringLiteral("targets")][0].toObject();
    QCOMPARE(added[QStringLiteral("health_status")][0][QStringLiteral("listen_port")].toInt(), 80);
    QCOMPARE(added[QStringLiteral("health_status")][0][QStringLiteral("status")].toString(), QStringLiteral("healthy"));
    QVERIFY(m_http->get(QStringLiteral("/servers/%1").arg(server), m_token).json[QStringLiteral("server")][QStringLiteral("load_balancers")].toArray().contains(id));
    QCOMPARE(codeOf(post(QStringLiteral("/load_balancers/%1/actions/add_target").arg(id), target)), QStringLiteral("target_already_defined"));

    // A stopped server fails its health check.
    QCOMPARE(post(QStringLiteral("/servers/%1/actions/poweroff").arg(server), {}).status, 201);
    QTRY_COMPARE(lb(id)[QStringLiteral("targets")][0][QStringLiteral("health_status")][0][QStringLiteral("status")].toString(), QStringLiteral("unhealthy"));

    const QJsonObject ip{{QStringLiteral("type"), QStringLiteral("ip")}, {QStringLiteral("ip"), QJsonObject{{QStringLiteral("ip"), QStringLiteral("192.0.2.10")}}}};
    QCOMPARE(post(QStringLiteral("/load_balancers/%1/actions/add_target").arg(id), ip).status, 201);
    QTRY_COMPARE(lb(id)[QStringLiteral("targets")].toArray().size(), 2);
    QCOMPARE(fieldOf(post(QStringLiteral("/load_balancers/%1/actions/add_target").arg(id),
                          {{QStringLiteral("type"), QStringLiteral("ip")}, {QStringLiteral("ip"), QJsonObject{{QStringLiteral("ip"), QStringLiteral("nonsense")}}}})),
             QStringLiteral("ip.ip"));
    // A server's own address is added as the server, not as an IP.
    QString serverIp;
    for (const QJsonValue &s : servers) {
        if (serverIp.isEmpty())
            serverIp = s[QStringLiteral("public_net")][QStringLiteral("ipv4")][QStringLiteral("ip")].toString();
    }
    QVERIFY(!serverIp.isEmpty());
    QCOMPARE(codeOf(post(QStringLiteral("/load_balancers/%1/actions/add_target").arg(id),
                         {{QStringLiteral("type"), QStringLiteral("ip")}, {QStringLiteral("ip"), QJsonObject{{QStringLiteral("ip"), serverIp}}}})),
             QStringLiteral("cloud_resource_ip_not_allowed"));

    QCOMPARE(post(QStringLiteral("/load_balancers/%1/actions/remove_target").arg(id), target).status, 201);
    QTRY_COMPARE(lb(id)[QStringLiteral("targets")].toArray().size(), 1);
    QVERIFY(!m_http->get(QStringLiteral("/servers/%1").arg(server), m_token).json[QStringLiteral("server")][QStringLiteral("load_balancers")].toArray().contains(id));
}

void TestSimLoadBalancers::seededSelectorFollowsLabels()
{
    const QJsonObject web = m_http->get(QStringLiteral("/load_balancers?name=web-lb"), m_token).json[QStringLiteral("load_balancers")][0].toObject();
    const qint64 id = web[QStringLiteral("id")].toInteger();
    const QJsonObject selector = web[QStringLiteral("targets")][1].toObject();
    QCOMPARE(selector[QStringLiteral("type")].toString(), QStringLiteral("label_selector"));
    const int before = int(selector[QStringLiteral("targets")].toArray().size());
    QCOMPARE(before, 2);
    // Labelling another server puts it behind the load balancer.
    const qint64 extra = m_sim->serverIds(0).last();
    QCOMPARE(m_http->send("PUT", QStringLiteral("/servers/%1").arg(extra), m_token,
                          {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("lb"), QStringLiteral("web-lb")}}}}).status,
             200);
    QCOMPARE(lb(id)[QStringLiteral("targets")][1][QStringLiteral("targets")].toArray().size(), before + 1);
    QVERIFY(m_http->get(QStringLiteral("/servers/%1").arg(extra), m_token).json[QStringLiteral("server")][QStringLiteral("load_balancers")].toArray().contains(id));
}

void TestSimLoadBalancers::typeAlgorithmAndProtection()
{
    qint64 id = 0;
    newLoadBalancer(QStringLiteral("settings"), &id);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(post(QStringLiteral("/load_balancers/%1/actions/change_type").arg(id), {{QStringLiteral("load_balancer_type"), QStringLiteral("lb31")}}).status, 201);
    QTRY_COMPARE(lb(id)[QStringLiteral("load_balancer_type")][QStringLiteral("name")].toString(), QStringLiteral("lb31"));
    QCOMPARE(post(QStringLiteral("/load_balancers/%1/actions/change_algorithm").arg(id), {{QStringLiteral("type"), QStringLiteral("least_connections")}}).status, 201);
    QTRY_COMPARE(lb(id)[QStringLiteral("algorithm")][QStringLiteral("type")].toString(), QStringLiteral("least_connections"));
    QCOMPARE(codeOf(post(QStringLiteral("/load_balancers/%1/actions/disable_public_interface").arg(id), {})),
             QStringLiteral("load_balancer_not_attached_to_network"));

    QCOMPARE(post(QStringLiteral("/load_balancers/%1/actions/change_protection").arg(id), {{QStringLiteral("delete"), true}}).status, 201);
    QTRY_VERIFY(lb(id)[QStringLiteral("protection")][QStringLiteral("delete")].toBool());
    QCOMPARE(codeOf(m_http->send("DELETE", QStringLiteral("/load_balancers/%1").arg(id), m_token)), QStringLiteral("protected"));
    QCOMPARE(post(QStringLiteral("/load_balancers/%1/actions/change_protection").arg(id), {{QStringLiteral("delete"), false}}).status, 201);
    QTRY_VERIFY(!lb(id)[QStringLiteral("protection")][QStringLiteral("delete")].toBool());
    QCOMPARE(m_http->send("DELETE", QStringLiteral("/load_balancers/%1").arg(id), m_token).status, 204);
    QCOMPARE(m_http->get(QStringLiteral("/load_balancers/%1").arg(id), m_token).status, 404);
}

void TestSimLoadBalancers::metrics()
{
    qint64 id = 0;
    newLoadBalancer(QStringLiteral("watched"), &id);
    if (QTest::currentTestFailed())
        return;
    const QString window = QStringLiteral("start=2026-11-28T10:00:00Z&end=2026-11-28T11:00:00Z&step=60");
    const HttpResult r = m_http->get(
        QStringLiteral("/load_balancers/%1/metrics?type=open_connections&type=bandwidth&%2").arg(id).arg(window), m_token);
    QCOMPARE(r.status, 200);
    const QJsonObject metrics = r.json[QStringLiteral("metrics")].toObject();
    QCOMPARE(metrics[QStringLiteral("step")].toDouble(), 60.0);
    const QJsonObject series = metrics[QStringLiteral("time_series")].toObject();
    QCOMPARE(series.keys(), (QStringList{QStringLiteral("bandwidth.in"), QStringLiteral("bandwidth.out"),
                                         QStringLiteral("open_connections")}));
    const QJsonArray values = series[QStringLiteral("open_connections")][QStringLiteral("values")].toArray();
    QCOMPARE(values.size(), 61);
    QCOMPARE(values[0][0].toDouble(), double(QDateTime::fromString(QStringLiteral("2026-11-28T10:00:00Z"), Qt::ISODate).toSecsSinceEpoch()));
    QVERIFY(values[0][1].isString());
    // Server metric types are not the load balancer's, and the id must exist.
    const HttpResult cpu = m_http->get(QStringLiteral("/load_balancers/%1/metrics?type=cpu&%2").arg(id).arg(window), m_token);
    QCOMPARE(codeOf(cpu), QStringLiteral("invalid_input"));
    QCOMPARE(fieldOf(cpu), QStringLiteral("type"));
    QCOMPARE(m_http->get(QStringLiteral("/load_balancers/%1/metrics?type=bandwidth&%2").arg(id + 1000).arg(window), m_token).status, 404);
}

QTEST_MAIN(TestSimLoadBalancers)
#include "tst_simloadbalancers.moc"
