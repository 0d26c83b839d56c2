// Floating IP writes and primary IPs over loopback HTTP: creation and its
// refusals, assignments as the server sees them, reverse DNS, protection,
// locks while an action runs, and the primary IPs behind every server.
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QTest>

using namespace hcloud::sim;

class TestSimIps : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void floatingIpCreateRefusals();
    void floatingIpAssignShowsOnServer();
    void floatingIpCreateWithServer();
    void floatingIpUpdate();
    void floatingIpDnsPtr();
    void floatingIpProtectionAndDelete();
    void lockedWhileActionRuns();
    void primaryIpsMatchServers();
    void serverDnsPtrReachesPrimaryIp();
    void primaryIpCreateAssignUnassign();
    void primaryIpRefusals();
    void serverDeleteReleasesIps();
    void serverCreateTakesPrimaryIp();

private:
    HttpResult post(const QString &path, const QJsonObject &body) const { return m_http->send("POST", path, m_token, body); }
    QJsonObject object(const QString &kind, const QString &key, qint64 id) const
    {
        return m_http->get(QStringLiteral("/%1/%2").arg(kind).arg(id), m_token).json[key].toObject();
    }
    QJsonObject fip(qint64 id) const { return object(QStringLiteral("floating_ips"), QStringLiteral("floating_ip"), id); }
    QJsonObject pip(qint64 id) const { return object(QStringLiteral("primary_ips"), QStringLiteral("primary_ip"), id); }
    QJsonObject server(qint64 id) const { return object(QStringLiteral("servers"), QStringLiteral("server"), id); }
    QString actionStatus(const HttpResult &started) const;
    // Creates an unassigned floating IP in fsn1; its id.
    qint64 createFip(const QString &name, const QString &type = QStringLiteral("ipv4"));
    QJsonArray serverFips(qint64 serverId) const
    {
        return server(serverId)[QStringLiteral("public_net")][QStringLiteral("floating_ips")].toArray();
    }

    QString m_token = testToken('i');
    SimServer *m_sim = nullptr;
    SimHttp *m_http = nullptr;
    qint64 m_serverId = 0;
};

void TestSimIps::init()
{
    SimOptions options;
    options.projects = {SimProjectSpec(m_token, 5, 3)};
    // Long enough to see an action hold its objects, short enough to wait for.
    options.actionMs = 300;
    m_sim = new SimServer(options);
    QVERIFY(m_sim->listen(0));
    m_http = new SimHttp(m_sim->endpoint());
    m_serverId = m_sim->serverIds(0).constLast();
}

void TestSimIps::cleanup()
{
    delete m_http;
    delete m_sim;
}

QString TestSimIps::actionStatus(const HttpResult &started) const
{
    const qint64 id = started.json[QStringLiteral("action")][QStringLiteral("id")].toInteger();
    return m_http->get(QStringLiteral("/actions/%1").arg(id), m_token).json[QStringLiteral("action")][QStringLiteral("status")].toString();
}

qint64 TestSimIps::createFip(const QString &name, const QString &type)
{
    const HttpResult created = post(QStringLiteral("/floating_ips"), {{QStringLiteral("type"), type},
                                                                      {QStringLiteral("home_location"), QStringLiteral("fsn1")},
                                                                      {QStringLiteral("name"), name}});
    if (created.status != 201)
        return 0;
    return created.json[QStringLiteral("floating_ip")][QStringLiteral("id")].toInteger();
}

void TestSimIps::floatingIpCreateRefusals()
{
    // Each bad field is named: the type, and neither home_location nor server.
    const HttpResult bad = post(QStringLiteral("/floating_ips"), {{QStringLiteral("type"), QStringLiteral("ipv5")},
                                                                  {QStringLiteral("description"), 7}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("invalid_input"));
    QStringList named;
    for (const QJsonValue &field : bad.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")].toArray())
        named.append(field[QStringLiteral("name")].toString());
    named.sort();
    QCOMPARE(named, QStringList({QStringLiteral("description"), QStringLiteral("home_location"), QStringLiteral("type")}));

    const HttpResult nowhere = post(QStringLiteral("/floating_ips"), {{QStringLiteral("type"), QStringLiteral("ipv4")},
                                                                      {QStringLiteral("home_location"), QStringLiteral("atlantis")}});
    QCOMPARE(nowhere.status, 400);
    QCOMPARE(nowhere.errorCode(), QStringLiteral("invalid_input"));

    // The seeded floating IPs are web-vip and spare-ip.
    const HttpResult taken = post(QStringLiteral("/floating_ips"), {{QStringLiteral("type"), QStringLiteral("ipv4")},
                                                                    {QStringLiteral("home_location"), QStringLiteral("fsn1")},
                                                                    {QStringLiteral("name"), QStringLiteral("web-vip")}});
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.errorCode(), QStringLiteral("uniqueness_error"));

    const HttpResult created = post(QStringLiteral("/floating_ips"), {{QStringLiteral("type"), QStringLiteral("ipv6")},
                                                                      {QStringLiteral("home_location"), QStringLiteral("hel1")},
                                                                      {QStringLiteral("name"), QStringLiteral("v6")}});
    QCOMPARE(created.status, 201);
    const QJsonObject ip = created.json[QStringLiteral("floating_ip")].toObject();
    QVERIFY(ip[QStringLiteral("ip")].toString().endsWith(QLatin1String("::/64")));
    QCOMPARE(ip[QStringLiteral("home_location")][QStringLiteral("name")].toString(), QStringLiteral("hel1"));
    QVERIFY(ip[QStringLiteral("server")].isNull());
    QVERIFY(!created.json.contains(QStringLiteral("action")));
}

void TestSimIps::floatingIpAssignShowsOnServer()
{
    const qint64 id = createFip(QStringLiteral("vip"));
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/floating_ips/%1/actions/").arg(id);
    const HttpResult assign = post(path + QStringLiteral("assign"), {{QStringLiteral("server"), m_serverId}});
    QCOMPARE(assign.status, 201);
    QCOMPARE(assign.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("assign_floating_ip"));
    QCOMPARE(assign.json[QStringLiteral("action")][QStringLiteral("resources")].toArray().size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(assign), QStringLiteral("success"), 5000);
    QCOMPARE(fip(id)[QStringLiteral("server")].toInteger(), m_serverId);
    QVERIFY(serverFips(m_serverId).contains(QJsonValue(id)));

    // The same server again is refused; another one takes it over.
    QCOMPARE(post(path + QStringLiteral("assign"), {{QStringLiteral("server"), m_serverId}}).errorCode(),
             QStringLiteral("floating_ip_assigned"));
    const qint64 other = m_sim->serverIds(0).constFirst();
    const HttpResult move = post(path + QStringLiteral("assign"), {{QStringLiteral("server"), other}});
    QCOMPARE(move.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(move), QStringLiteral("success"), 5000);
    QVERIFY(!serverFips(m_serverId).contains(QJsonValue(id)));
    QVERIFY(serverFips(other).contains(QJsonValue(id)));

    const HttpResult unassign = post(path + QStringLiteral("unassign"), {});
    QCOMPARE(unassign.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(unassign), QStringLiteral("success"), 5000);
    QVERIFY(fip(id)[QStringLiteral("server")].isNull());
    QVERIFY(!serverFips(other).contains(QJsonValue(id)));

    // The IP's own action list has all three.
    const QJsonArray mine = m_http->get(QStringLiteral("/floating_ips/%1/actions").arg(id), m_token).json[QStringLiteral("actions")].toArray();
    QCOMPARE(mine.size(), 3);
    QCOMPARE(mine[2][QStringLiteral("command")].toString(), QStringLiteral("unassign_floating_ip"));

    const HttpResult nobody = post(path + QStringLiteral("assign"), {{QStringLiteral("server"), 999}});
    QCOMPARE(nobody.status, 404);
}

void TestSimIps::floatingIpCreateWithServer()
{
    const HttpResult created = post(QStringLiteral("/floating_ips"), {{QStringLiteral("type"), QStringLiteral("ipv4")},
                                                                      {QStringLiteral("server"), m_serverId},
                                                                      {QStringLiteral("description"), QStringLiteral("front")}});
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("assign_floating_ip"));
    const QJsonObject ip = created.json[QStringLiteral("floating_ip")].toObject();
    const qint64 id = ip[QStringLiteral("id")].toInteger();
    // Home is where the server is; the name defaults to the address.
    QCOMPARE(ip[QStringLiteral("home_location")][QStringLiteral("name")], server(m_serverId)[QStringLiteral("location")][QStringLiteral("name")]);
    QCOMPARE(ip[QStringLiteral("name")], ip[QStringLiteral("ip")]);
    QCOMPARE(ip[QStringLiteral("description")].toString(), QStringLiteral("front"));
    QTRY_COMPARE_WITH_TIMEOUT(fip(id)[QStringLiteral("server")].toInteger(), m_serverId, 5000);
    QVERIFY(serverFips(m_serverId).contains(QJsonValue(id)));
}

void TestSimIps::floatingIpUpdate()
{
    const qint64 id = createFip(QStringLiteral("a"));
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/floating_ips/%1").arg(id);
    const HttpResult put = m_http->send("PUT", path, m_token, {{QStringLiteral("name"), QStringLiteral("b")},
                                                               {QStringLiteral("description"), QStringLiteral("backup")},
                                                               {QStringLiteral("labels"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}}}});
    QCOMPARE(put.status, 200);
    QCOMPARE(fip(id)[QStringLiteral("name")].toString(), QStringLiteral("b"));
    QCOMPARE(fip(id)[QStringLiteral("description")].toString(), QStringLiteral("backup"));
    QCOMPARE(fip(id)[QStringLiteral("labels")][QStringLiteral("k")].toString(), QStringLiteral("v"));
    QCOMPARE(m_http->send("PUT", path, m_token, {{QStringLiteral("description"), QJsonValue()}}).status, 200);
    QVERIFY(fip(id)[QStringLiteral("description")].isNull());
    QCOMPARE(m_http->send("PUT", path, m_token, {{QStringLiteral("name"), QStringLiteral("spare-ip")}}).errorCode(),
             QStringLiteral("uniqueness_error"));
    QCOMPARE(m_http->send("PUT", path, m_token, {{QStringLiteral("description"), 3}}).errorCode(), QStringLiteral("invalid_input"));
}

void TestSimIps::floatingIpDnsPtr()
{
    const qint64 v4 = createFip(QStringLiteral("v4"));
    const qint64 v6 = createFip(QStringLiteral("v6"), QStringLiteral("ipv6"));
    QVERIFY(v4 > 0 && v6 > 0);
    const QString ip4 = fip(v4)[QStringLiteral("ip")].toString();
    const QString net6 = fip(v6)[QStringLiteral("ip")].toString();
    const QString dns = QStringLiteral("/floating_ips/%1/actions/change_dns_ptr");

    const HttpResult foreign = post(dns.arg(v4), {{QStringLiteral("ip"), QStringLiteral("192.0.2.1")}, {QStringLiteral("dns_ptr"), QStringLiteral("x.example.com")}});
    QCOMPARE(foreign.status, 400);
    QCOMPARE(foreign.errorCode(), QStringLiteral("invalid_input"));

    const HttpResult set4 = post(dns.arg(v4), {{QStringLiteral("ip"), ip4}, {QStringLiteral("dns_ptr"), QStringLiteral("vip.example.com")}});
    QCOMPARE(set4.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(set4), QStringLiteral("success"), 5000);
    const QJsonArray ptr4 = fip(v4)[QStringLiteral("dns_ptr")].toArray();
    QCOMPARE(ptr4.size(), 1);
    QCOMPARE(ptr4[0][QStringLiteral("dns_ptr")].toString(), QStringLiteral("vip.example.com"));

    // Any address of the /64 may have its own name; one outside may not.
    const QString inside = net6.section(QStringLiteral("::/"), 0, 0) + QStringLiteral("::42");
    const HttpResult set6 = post(dns.arg(v6), {{QStringLiteral("ip"), inside}, {QStringLiteral("dns_ptr"), QStringLiteral("six.example.com")}});
    QCOMPARE(set6.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(set6), QStringLiteral("success"), 5000);
    const QJsonArray ptr6 = fip(v6)[QStringLiteral("dns_ptr")].toArray();
    QCOMPARE(ptr6.size(), 1);
    QCOMPARE(ptr6[0][QStringLiteral("ip")].toString(), inside);
    QCOMPARE(post(dns.arg(v6), {{QStringLiteral("ip"), QStringLiteral("2001:db8:ffff::1")}, {QStringLiteral("dns_ptr"), QStringLiteral("no.example.com")}}).status, 400);

    // null removes the name again.
    const HttpResult reset6 = post(dns.arg(v6), {{QStringLiteral("ip"), inside}, {QStringLiteral("dns_ptr"), QJsonValue()}});
    QCOMPARE(reset6.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(reset6), QStringLiteral("success"), 5000);
    QVERIFY(fip(v6)[QStringLiteral("dns_ptr")].toArray().isEmpty());
}

void TestSimIps::floatingIpProtectionAndDelete()
{
    const qint64 id = createFip(QStringLiteral("keep"));
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/floating_ips/%1").arg(id);
    const HttpResult protect = post(path + QStringLiteral("/actions/change_protection"), {{QStringLiteral("delete"), true}});
    QCOMPARE(protect.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(protect), QStringLiteral("success"), 5000);
    QVERIFY(fip(id)[QStringLiteral("protection")][QStringLiteral("delete")].toBool());
    const HttpResult refused = m_http->send("DELETE", path, m_token);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("protected"));

    const HttpResult unprotect = post(path + QStringLiteral("/actions/change_protection"), {{QStringLiteral("delete"), false}});
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(unprotect), QStringLiteral("success"), 5000);

    // An assigned IP must be unassigned first.
    const HttpResult assign = post(path + QStringLiteral("/actions/assign"), {{QStringLiteral("server"), m_serverId}});
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(assign), QStringLiteral("success"), 5000);
    QCOMPARE(m_http->send("DELETE", path, m_token).errorCode(), QStringLiteral("must_be_unassigned"));
    const HttpResult unassign = post(path + QStringLiteral("/actions/unassign"), {});
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(unassign), QStringLiteral("success"), 5000);

    QCOMPARE(m_http->send("DELETE", path, m_token).status, 204);
    QCOMPARE(m_http->get(path, m_token).status, 404);
}

void TestSimIps::lockedWhileActionRuns()
{
    const qint64 id = createFip(QStringLiteral("busy"));
    QVERIFY(id > 0);
    const QString path = QStringLiteral("/floating_ips/%1").arg(id);
    const HttpResult assign = post(path + QStringLiteral("/actions/assign"), {{QStringLiteral("server"), m_serverId}});
    QCOMPARE(assign.status, 201);
    // The action holds the IP and the server until it ends.
    const HttpResult second = post(path + QStringLiteral("/actions/unassign"), {});
    QCOMPARE(second.status, 423);
    QCOMPARE(second.errorCode(), QStringLiteral("locked"));
    QCOMPARE(m_http->send("DELETE", path, m_token).status, 423);
    const qint64 other = createFip(QStringLiteral("other"));
    QCOMPARE(post(QStringLiteral("/floating_ips/%1/actions/assign").arg(other), {{QStringLiteral("server"), m_serverId}}).status, 423);
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(assign), QStringLiteral("success"), 5000);
    QCOMPARE(post(path + QStringLiteral("/actions/unassign"), {}).status, 201);
}

void TestSimIps::primaryIpsMatchServers()
{
    const QJsonArray servers = m_http->all(QStringLiteral("servers"), m_token);
    const QJsonArray ips = m_http->all(QStringLiteral("primary_ips"), m_token);
    QVERIFY(!servers.isEmpty());
    int expected = 0;
    for (const QJsonValue &s : servers) {
        for (const char *type : {"ipv4", "ipv6"}) {
            const QJsonObject net = s[QStringLiteral("public_net")][QLatin1String(type)].toObject();
            if (net.isEmpty())
                continue;
            ++expected;
            const QJsonObject ip = pip(net[QStringLiteral("id")].toInteger());
            QCOMPARE(ip[QStringLiteral("ip")], net[QStringLiteral("ip")]);
            QCOMPARE(ip[QStringLiteral("type")].toString(), QLatin1String(type));
            QCOMPARE(ip[QStringLiteral("assignee_id")], s[QStringLiteral("id")]);
            QCOMPARE(ip[QStringLiteral("assignee_type")].toString(), QStringLiteral("server"));
            QCOMPARE(ip[QStringLiteral("location")][QStringLiteral("name")], s[QStringLiteral("location")][QStringLiteral("name")]);
            QVERIFY(!ip.contains(QStringLiteral("datacenter")));
            QCOMPARE(ip[QStringLiteral("blocked")], net[QStringLiteral("blocked")]);
            QVERIFY(ip[QStringLiteral("auto_delete")].toBool());
            QVERIFY(ip[QStringLiteral("protection")][QStringLiteral("delete")].isBool());
            if (QLatin1String(type) == QLatin1String("ipv4"))
                QCOMPARE(ip[QStringLiteral("dns_ptr")][0][QStringLiteral("dns_ptr")], net[QStringLiteral("dns_ptr")]);
        }
    }
    QCOMPARE(ips.size(), expected);

    // Filters: ip and name.
    const QString first = ips[0][QStringLiteral("ip")].toString();
    const QJsonArray byIp = m_http->get(QStringLiteral("/primary_ips?ip=%1").arg(first), m_token).json[QStringLiteral("primary_ips")].toArray();
    QCOMPARE(byIp.size(), 1);
    QCOMPARE(byIp[0][QStringLiteral("ip")].toString(), first);
    const QString name = ips[1][QStringLiteral("name")].toString();
    QCOMPARE(m_http->get(QStringLiteral("/primary_ips?name=%1").arg(name), m_token).json[QStringLiteral("primary_ips")].toArray().size(), 1);
    const qint64 labelled = ips[2][QStringLiteral("id")].toInteger();
    QCOMPARE(m_http->send("PUT", QStringLiteral("/primary_ips/%1").arg(labelled), m_token,
                          {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("role"), QStringLiteral("mail")}}}}).status, 200);
    const QJsonArray byLabel = m_http->get(QStringLiteral("/primary_ips?label_selector=role%3Dmail"), m_token).json[QStringLiteral("primary_ips")].toArray();
    QCOMPARE(byLabel.size(), 1);
    QCOMPARE(byLabel[0][QStringLiteral("id")].toInteger(), labelled);
}

void TestSimIps::serverDnsPtrReachesPrimaryIp()
{
    const QJsonObject net = server(m_serverId)[QStringLiteral("public_net")].toObject();
    const QString v6 = net[QStringLiteral("ipv6")][QStringLiteral("ip")].toString().section(QStringLiteral("::/"), 0, 0) + QStringLiteral("::1");
    const HttpResult changed = post(QStringLiteral("/servers/%1/actions/change_dns_ptr").arg(m_serverId),
                                    {{QStringLiteral("ip"), v6}, {QStringLiteral("dns_ptr"), QStringLiteral("host.example.com")}});
    QCOMPARE(changed.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(changed), QStringLiteral("success"), 5000);
    const QJsonArray ptrs = pip(net[QStringLiteral("ipv6")][QStringLiteral("id")].toInteger())[QStringLiteral("dns_ptr")].toArray();
    QCOMPARE(ptrs.size(), 1);
    QCOMPARE(ptrs[0][QStringLiteral("ip")].toString(), v6);
    QCOMPARE(ptrs[0][QStringLiteral("dns_ptr")].toString(), QStringLiteral("host.example.com"));
}

void TestSimIps::primaryIpCreateAssignUnassign()
{
    const HttpResult created = post(QStringLiteral("/primary_ips"), {{QStringLiteral("type"), QStringLiteral("ipv4")},
                                                                     {QStringLiteral("name"), QStringLiteral("spare")},
                                                                     {QStringLiteral("location"), QStringLiteral("fsn1")},
                                                                     {QStringLiteral("labels"), QJsonObject{{QStringLiteral("x"), QStringLiteral("y")}}}});
    QCOMPARE(created.status, 201);
    const QJsonObject fresh = created.json[QStringLiteral("primary_ip")].toObject();
    const qint64 id = fresh[QStringLiteral("id")].toInteger();
    QVERIFY(fresh[QStringLiteral("assignee_id")].isNull());
    QVERIFY(!fresh[QStringLiteral("auto_delete")].toBool());
    QVERIFY(!fresh.contains(QStringLiteral("datacenter")));
    QCOMPARE(fresh[QStringLiteral("assignee_type")].toString(), QStringLiteral("unassigned"));
    QCOMPARE(fresh[QStringLiteral("location")][QStringLiteral("name")].toString(), QStringLiteral("fsn1"));
    // Creating an unassigned IP is over at once.
    QCOMPARE(actionStatus(created), QStringLiteral("success"));

    // A server in fsn1 that keeps running refuses changes to its addresses.
    qint64 target = 0;
    for (const QJsonValue &s : m_http->all(QStringLiteral("servers"), m_token)) {
        if (s[QStringLiteral("location")][QStringLiteral("name")] == QJsonValue(QStringLiteral("fsn1")) && !s[QStringLiteral("public_net")][QStringLiteral("ipv4")].isNull())
            target = s[QStringLiteral("id")].toInteger();
    }
    if (!target) {
        const HttpResult made = post(QStringLiteral("/servers"), {{QStringLiteral("name"), QStringLiteral("fsn-box")},
                                                                  {QStringLiteral("server_type"), QStringLiteral("cx22")},
                                                                  {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")},
                                                                  {QStringLiteral("location"), QStringLiteral("fsn1")}});
        QCOMPARE(made.status, 201);
        target = made.json[QStringLiteral("server")][QStringLiteral("id")].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(server(target)[QStringLiteral("status")].toString(), QStringLiteral("running"), 5000);
    }
    QVERIFY(m_sim->setServerStatus(0, target, QStringLiteral("running")));
    const QString actions = QStringLiteral("/primary_ips/%1/actions/");
    const qint64 own = server(target)[QStringLiteral("public_net")][QStringLiteral("ipv4")][QStringLiteral("id")].toInteger();
    const HttpResult running = post(actions.arg(own) + QStringLiteral("unassign"), {});
    QCOMPARE(running.status, 422);
    QCOMPARE(running.errorCode(), QStringLiteral("server_not_stopped"));
    const QJsonObject assignBody{{QStringLiteral("assignee_id"), target}, {QStringLiteral("assignee_type"), QStringLiteral("server")}};
    QCOMPARE(post(actions.arg(id) + QStringLiteral("assign"), assignBody).errorCode(), QStringLiteral("server_not_stopped"));

    QVERIFY(m_sim->setServerStatus(0, target, QStringLiteral("off")));
    QCOMPARE(post(actions.arg(id) + QStringLiteral("assign"), assignBody).errorCode(), QStringLiteral("server_has_ipv4"));
    const HttpResult unassign = post(actions.arg(own) + QStringLiteral("unassign"), {});
    QCOMPARE(unassign.status, 201);
    QCOMPARE(unassign.json[QStringLiteral("action")][QStringLiteral("resources")].toArray().size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(unassign), QStringLiteral("success"), 5000);
    QVERIFY(server(target)[QStringLiteral("public_net")][QStringLiteral("ipv4")].isNull());
    QVERIFY(pip(own)[QStringLiteral("assignee_id")].isNull());

    const HttpResult assign = post(actions.arg(id) + QStringLiteral("assign"), assignBody);
    QCOMPARE(assign.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(assign), QStringLiteral("success"), 5000);
    const QJsonObject ipv4 = server(target)[QStringLiteral("public_net")][QStringLiteral("ipv4")].toObject();
    QCOMPARE(ipv4[QStringLiteral("id")].toInteger(), id);
    QCOMPARE(ipv4[QStringLiteral("ip")], fresh[QStringLiteral("ip")]);
    QCOMPARE(pip(id)[QStringLiteral("assignee_id")].toInteger(), target);
    QCOMPARE(post(actions.arg(own) + QStringLiteral("assign"), assignBody).errorCode(), QStringLiteral("server_has_ipv4"));

    // Reverse DNS of an assigned primary IP shows on its server too.
    const HttpResult dns = post(actions.arg(id) + QStringLiteral("change_dns_ptr"),
                                {{QStringLiteral("ip"), fresh[QStringLiteral("ip")]}, {QStringLiteral("dns_ptr"), QStringLiteral("mail.example.com")}});
    QCOMPARE(dns.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(dns), QStringLiteral("success"), 5000);
    QCOMPARE(server(target)[QStringLiteral("public_net")][QStringLiteral("ipv4")][QStringLiteral("dns_ptr")].toString(), QStringLiteral("mail.example.com"));

    // Deleting needs it unassigned; the freed one can go.
    QCOMPARE(m_http->send("DELETE", QStringLiteral("/primary_ips/%1").arg(id), m_token).errorCode(), QStringLiteral("must_be_unassigned"));
    QCOMPARE(m_http->send("DELETE", QStringLiteral("/primary_ips/%1").arg(own), m_token).status, 204);
}

void TestSimIps::primaryIpRefusals()
{
    const HttpResult bad = post(QStringLiteral("/primary_ips"), {{QStringLiteral("type"), QStringLiteral("ipv9")},
                                                                 {QStringLiteral("assignee_type"), QStringLiteral("server")},
                                                                 {QStringLiteral("auto_delete"), QStringLiteral("yes")}});
    QCOMPARE(bad.status, 400);
    QStringList named;
    for (const QJsonValue &field : bad.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")].toArray())
        named.append(field[QStringLiteral("name")].toString());
    named.sort();
    QCOMPARE(named, QStringList({QStringLiteral("auto_delete"), QStringLiteral("location"), QStringLiteral("name"), QStringLiteral("type")}));

    const QString taken = m_http->all(QStringLiteral("primary_ips"), m_token)[0][QStringLiteral("name")].toString();
    const HttpResult clash = post(QStringLiteral("/primary_ips"), {{QStringLiteral("type"), QStringLiteral("ipv6")},
                                                                   {QStringLiteral("name"), taken},
                                                                   {QStringLiteral("assignee_type"), QStringLiteral("server")},
                                                                   {QStringLiteral("location"), QStringLiteral("nbg1")}});
    QCOMPARE(clash.status, 409);
    QCOMPARE(clash.errorCode(), QStringLiteral("uniqueness_error"));

    // An IP that goes with its server cannot be protected; PUT turns that off.
    const qint64 own = server(m_serverId)[QStringLiteral("public_net")][QStringLiteral("ipv6")][QStringLiteral("id")].toInteger();
    const QString path = QStringLiteral("/primary_ips/%1").arg(own);
    QCOMPARE(post(path + QStringLiteral("/actions/change_protection"), {{QStringLiteral("delete"), true}}).status, 422);
    QCOMPARE(m_http->send("PUT", path, m_token, {{QStringLiteral("auto_delete"), false}, {QStringLiteral("name"), QStringLiteral("kept")}}).status, 200);
    QCOMPARE(pip(own)[QStringLiteral("name")].toString(), QStringLiteral("kept"));
    const HttpResult protect = post(path + QStringLiteral("/actions/change_protection"), {{QStringLiteral("delete"), true}});
    QCOMPARE(protect.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(protect), QStringLiteral("success"), 5000);
    QVERIFY(pip(own)[QStringLiteral("protection")][QStringLiteral("delete")].toBool());
    QCOMPARE(m_http->send("DELETE", path, m_token).errorCode(), QStringLiteral("protected"));

    // A primary IP stays in its location.
    const QString here = server(m_serverId)[QStringLiteral("location")][QStringLiteral("name")].toString();
    const HttpResult elsewhere = post(QStringLiteral("/primary_ips"), {{QStringLiteral("type"), QStringLiteral("ipv6")},
                                                                       {QStringLiteral("name"), QStringLiteral("elsewhere")},
                                                                       {QStringLiteral("assignee_type"), QStringLiteral("server")},
                                                                       {QStringLiteral("location"), here == QLatin1String("fsn1") ? QStringLiteral("nbg1") : QStringLiteral("fsn1")}});
    QCOMPARE(elsewhere.status, 201);
    QVERIFY(m_sim->setServerStatus(0, m_serverId, QStringLiteral("off")));
    const HttpResult far = post(QStringLiteral("/primary_ips/%1/actions/assign").arg(elsewhere.json[QStringLiteral("primary_ip")][QStringLiteral("id")].toInteger()),
                                {{QStringLiteral("assignee_id"), m_serverId}, {QStringLiteral("assignee_type"), QStringLiteral("server")}});
    QCOMPARE(far.status, 400);
    QCOMPARE(far.errorCode(), QStringLiteral("invalid_input"));
}

void TestSimIps::serverDeleteReleasesIps()
{
    const QJsonObject net = server(m_serverId)[QStringLiteral("public_net")].toObject();
    const qint64 v6 = net[QStringLiteral("ipv6")][QStringLiteral("id")].toInteger();
    QVERIFY(v6 > 0);
    QCOMPARE(m_http->send("PUT", QStringLiteral("/primary_ips/%1").arg(v6), m_token, {{QStringLiteral("auto_delete"), false}}).status, 200);
    const qint64 v4 = net[QStringLiteral("ipv4")][QStringLiteral("id")].toInteger();
    const qint64 floating = createFip(QStringLiteral("follow"));
    const HttpResult assign = post(QStringLiteral("/floating_ips/%1/actions/assign").arg(floating), {{QStringLiteral("server"), m_serverId}});
    QTRY_COMPARE_WITH_TIMEOUT(actionStatus(assign), QStringLiteral("success"), 5000);

    QCOMPARE(m_http->send("DELETE", QStringLiteral("/servers/%1").arg(m_serverId), m_token).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(QStringLiteral("/servers/%1").arg(m_serverId), m_token).status, 404, 5000);
    // auto_delete takes the address along; the others stay, unassigned.
    if (v4 > 0)
        QCOMPARE(m_http->get(QStringLiteral("/primary_ips/%1").arg(v4), m_token).status, 404);
    QVERIFY(pip(v6)[QStringLiteral("assignee_id")].isNull());
    QVERIFY(fip(floating)[QStringLiteral("server")].isNull());
}

void TestSimIps::serverCreateTakesPrimaryIp()
{
    const HttpResult ip = post(QStringLiteral("/primary_ips"), {{QStringLiteral("type"), QStringLiteral("ipv4")},
                                                                {QStringLiteral("name"), QStringLiteral("reserved")},
                                                                {QStringLiteral("assignee_type"), QStringLiteral("server")},
                                                                {QStringLiteral("location"), QStringLiteral("fsn1")}});
    QCOMPARE(ip.status, 201);
    const qint64 id = ip.json[QStringLiteral("primary_ip")][QStringLiteral("id")].toInteger();
    const QJsonObject publicNet{{QStringLiteral("ipv4"), id}, {QStringLiteral("enable_ipv6"), false}};
    auto create = [&](const QString &name, const QString &location) {
        return post(QStringLiteral("/servers"), {{QStringLiteral("name"), name},
                                                 {QStringLiteral("server_type"), QStringLiteral("cx22")},
                                                 {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")},
                                                 {QStringLiteral("location"), location},
                                                 {QStringLiteral("public_net"), publicNet}});
    };
    // Not where the IP is.
    QCOMPARE(create(QStringLiteral("far"), QStringLiteral("nbg1")).errorCode(), QStringLiteral("primary_ip_datacenter_mismatch"));

    const HttpResult made = create(QStringLiteral("near"), QStringLiteral("fsn1"));
    QCOMPARE(made.status, 201);
    const QJsonObject net = made.json[QStringLiteral("server")][QStringLiteral("public_net")].toObject();
    QCOMPARE(net[QStringLiteral("ipv4")][QStringLiteral("id")].toInteger(), id);
    QCOMPARE(net[QStringLiteral("ipv4")][QStringLiteral("ip")], ip.json[QStringLiteral("primary_ip")][QStringLiteral("ip")]);
    QVERIFY(net[QStringLiteral("ipv6")].isNull());
    const qint64 serverId = made.json[QStringLiteral("server")][QStringLiteral("id")].toInteger();
    QCOMPARE(pip(id)[QStringLiteral("assignee_id")].toInteger(), serverId);

    QCOMPARE(create(QStringLiteral("again"), QStringLiteral("fsn1")).errorCode(), QStringLiteral("primary_ip_assigned"));
    const HttpResult v6 = post(QStringLiteral("/servers"), {{QStringLiteral("name"), QStringLiteral("six")},
                                                            {QStringLiteral("server_type"), QStringLiteral("cx22")},
                                                            {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")},
                                                            {QStringLiteral("location"), QStringLiteral("fsn1")},
                                                            {QStringLiteral("public_net"), QJsonObject{{QStringLiteral("ipv6"), id}}}});
    QCOMPARE(v6.errorCode(), QStringLiteral("primary_ip_version_mismatch"));
}

QTEST_GUILESS_MAIN(TestSimIps)
#include "tst_simips.moc"
