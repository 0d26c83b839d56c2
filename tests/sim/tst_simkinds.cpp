// Writes of placement groups, certificates and firewalls over loopback HTTP:
// create, rename, refusals, delete, and the copies that servers carry of
// the groups and firewalls they are in.
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"

#include <QJsonArray>
#include <QTest>

using namespace hcloud::sim;

class TestSimKinds : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void placementGroupCreateRenameDelete();
    void placementGroupRefusals();
    void placementGroupDeleteFreesServers();
    void uploadedCertificateCreateRenameDelete();
    void certificateRefusals();
    void firewallCreateDeleteAndInUse();
    void firewallApplyAndRemove();
    void firewallLabelSelectorFollowsLabels();
    void firewallSetRules();
    void placementGroupMembership();
    void managedCertificateIssuance();
    void ownImagesChangeSystemImagesRefuse();

private:
    HttpResult post(const QString &path, const QJsonObject &body)
    {
        return m_http->send("POST", path, m_token, body);
    }
    QJsonObject object(const QString &kind, qint64 id)
    {
        return m_http->get(QStringLiteral("/%1s/%2").arg(kind).arg(id), m_token).json[kind].toObject();
    }
    // The firewall ids the server lists in public_net.firewalls.
    QList<qint64> firewallsOn(qint64 server)
    {
        QList<qint64> ids;
        for (const QJsonValue &fw : object(QStringLiteral("server"), server)[QStringLiteral("public_net")][QStringLiteral("firewalls")].toArray())
            ids.append(fw[QStringLiteral("id")].toInteger());
        return ids;
    }
    qint64 newFirewall(const QString &name);

    QString m_token = testToken('k');
    SimServer *m_sim = nullptr;
    SimHttp *m_http = nullptr;
};

void TestSimKinds::init()
{
    SimProjectSpec spec;
    spec.token = m_token;
    spec.servers = 5;
    SimOptions options{{spec}, 0};
    options.actionMs = 100;
    m_sim = new SimServer(options);
    QVERIFY(m_sim->listen(0));
    m_http = new SimHttp(m_sim->endpoint());
}

void TestSimKinds::cleanup()
{
    delete m_http;
    delete m_sim;
}

void TestSimKinds::placementGroupCreateRenameDelete()
{
    const HttpResult created = m_http->send("POST", QStringLiteral("/placement_groups"), m_token,
                                            QJsonObject{{QStringLiteral("name"), QStringLiteral("db")},
                                                        {QStringLiteral("type"), QStringLiteral("spread")},
                                                        {QStringLiteral("labels"), QJsonObject{{QStringLiteral("a"), QStringLiteral("b")}}}});
    QCOMPARE(created.status, 201);
    QVERIFY(created.json[QStringLiteral("action")].isNull());
    const qint64 id = created.json[QStringLiteral("placement_group")][QStringLiteral("id")].toInteger();
    QVERIFY(id > 0);

    const QString path = QStringLiteral("/placement_groups/%1").arg(id);
    QCOMPARE(m_http->send("PUT", path, m_token, QJsonObject{{QStringLiteral("name"), QStringLiteral("db2")}}).status, 200);
    const HttpResult got = m_http->get(path, m_token);
    QCOMPARE(got.json[QStringLiteral("placement_group")][QStringLiteral("name")].toString(), QStringLiteral("db2"));
    QCOMPARE(got.json[QStringLiteral("placement_group")][QStringLiteral("labels")][QStringLiteral("a")].toString(), QStringLiteral("b"));

    QCOMPARE(m_http->send("DELETE", path, m_token).status, 204);
    QCOMPARE(m_http->get(path, m_token).status, 404);
}

void TestSimKinds::placementGroupRefusals()
{
    const HttpResult noType = m_http->send("POST", QStringLiteral("/placement_groups"), m_token,
                                           QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}});
    QCOMPARE(noType.status, 400);
    QCOMPARE(noType.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("invalid_input"));
    const QJsonArray fields = noType.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")].toArray();
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields[0][QStringLiteral("name")].toString(), QStringLiteral("type"));

    // The seeded group is called ha-pair.
    const HttpResult taken = m_http->send("POST", QStringLiteral("/placement_groups"), m_token,
                                          QJsonObject{{QStringLiteral("name"), QStringLiteral("ha-pair")},
                                                      {QStringLiteral("type"), QStringLiteral("spread")}});
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("uniqueness_error"));
    QCOMPARE(m_http->send("DELETE", QStringLiteral("/placement_groups/999999"), m_token).status, 404);
}

void TestSimKinds::placementGroupDeleteFreesServers()
{
    const QJsonObject group = m_http->get(QStringLiteral("/placement_groups"), m_token)
                                  .json[QStringLiteral("placement_groups")][0].toObject();
    const QJsonArray members = group[QStringLiteral("servers")].toArray();
    QCOMPARE(members.size(), 2);
    const QString serverPath = QStringLiteral("/servers/%1").arg(members[0].toInteger());
    QCOMPARE(m_http->get(serverPath, m_token).json[QStringLiteral("server")][QStringLiteral("placement_group")][QStringLiteral("id")],
             group[QStringLiteral("id")]);

    const QString path = QStringLiteral("/placement_groups/%1").arg(group[QStringLiteral("id")].toInteger());
    QCOMPARE(m_http->send("PUT", path, m_token, QJsonObject{{QStringLiteral("name"), QStringLiteral("renamed")}}).status, 200);
    QCOMPARE(m_http->get(serverPath, m_token).json[QStringLiteral("server")][QStringLiteral("placement_group")][QStringLiteral("name")].toString(),
             QStringLiteral("renamed"));

    QCOMPARE(m_http->send("DELETE", path, m_token).status, 204);
    QVERIFY(m_http->get(serverPath, m_token).json[QStringLiteral("server")][QStringLiteral("placement_group")].isNull());
}

namespace {
const QString kPem = QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIBtest\n-----END CERTIFICATE-----\n");
const QString kKeyPem = QStringLiteral("-----BEGIN PRIVATE KEY-----\nMIIBkey\n-----END PRIVATE KEY-----\n");
}  // namespace

void TestSimKinds::uploadedCertificateCreateRenameDelete()
{
    const HttpResult created = m_http->send("POST", QStringLiteral("/certificates"), m_token,
                                            QJsonObject{{QStringLiteral("name"), QStringLiteral("mine")},
                                                        {QStringLiteral("certificate"), kPem},
                                                        {QStringLiteral("private_key"), kKeyPem}});
    QCOMPARE(created.status, 201);
    const QJsonObject cert = created.json[QStringLiteral("certificate")].toObject();
    QCOMPARE(cert[QStringLiteral("type")].toString(), QStringLiteral("uploaded"));
    QCOMPARE(cert[QStringLiteral("certificate")].toString(), kPem);
    QVERIFY(!cert.contains(QStringLiteral("private_key")));  // never echoed back
    QCOMPARE(cert[QStringLiteral("fingerprint")].toString().count(QLatin1Char(':')), 31);

    const QString path = QStringLiteral("/certificates/%1").arg(cert[QStringLiteral("id")].toInteger());
    QCOMPARE(m_http->send("PUT", path, m_token, QJsonObject{{QStringLiteral("name"), QStringLiteral("mine2")}}).status, 200);
    QCOMPARE(m_http->get(path, m_token).json[QStringLiteral("certificate")][QStringLiteral("name")].toString(),
             QStringLiteral("mine2"));
    QCOMPARE(m_http->send("DELETE", path, m_token).status, 204);
    QCOMPARE(m_http->get(path, m_token).status, 404);
}

void TestSimKinds::certificateRefusals()
{
    const HttpResult bad = m_http->send("POST", QStringLiteral("/certificates"), m_token,
                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                                    {QStringLiteral("certificate"), QStringLiteral("not pem")}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("invalid_input"));
    QStringList fields;
    for (const QJsonValue &f : bad.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")].toArray())
        fields.append(f[QStringLiteral("name")].toString());
    fields.sort();
    QCOMPARE(fields, QStringList({QStringLiteral("certificate"), QStringLiteral("private_key")}));

    // legacy-wildcard is seeded.
    const HttpResult taken = m_http->send("POST", QStringLiteral("/certificates"), m_token,
                                          QJsonObject{{QStringLiteral("name"), QStringLiteral("legacy-wildcard")},
                                                      {QStringLiteral("certificate"), kPem},
                                                      {QStringLiteral("private_key"), kKeyPem}});
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("uniqueness_error"));
}

void TestSimKinds::firewallCreateDeleteAndInUse()
{
    const QJsonObject ssh{{QStringLiteral("direction"), QStringLiteral("in")},
                          {QStringLiteral("protocol"), QStringLiteral("tcp")},
                          {QStringLiteral("port"), QStringLiteral("22")},
                          {QStringLiteral("source_ips"), QJsonArray{QStringLiteral("0.0.0.0/0")}}};
    const HttpResult created = m_http->send("POST", QStringLiteral("/firewalls"), m_token,
                                            QJsonObject{{QStringLiteral("name"), QStringLiteral("fw")},
                                                        {QStringLiteral("rules"), QJsonArray{ssh}}});
    QCOMPARE(created.status, 201);
    const QJsonObject fw = created.json[QStringLiteral("firewall")].toObject();
    QCOMPARE(fw[QStringLiteral("rules")].toArray().size(), 1);
    QCOMPARE(fw[QStringLiteral("rules")][0][QStringLiteral("destination_ips")].toArray().size(), 0);

    QJsonObject noPort = ssh;
    noPort.remove(QStringLiteral("port"));
    const HttpResult bad = m_http->send("POST", QStringLiteral("/firewalls"), m_token,
                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("fw2")},
                                                    {QStringLiteral("rules"), QJsonArray{noPort}}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")][0][QStringLiteral("name")].toString(),
             QStringLiteral("rules.port"));

    // The seeded "web" firewall is applied to a server.
    const QJsonArray web = m_http->get(QStringLiteral("/firewalls?name=web"), m_token).json[QStringLiteral("firewalls")].toArray();
    QCOMPARE(web.size(), 1);
    const HttpResult inUse = m_http->send("DELETE", QStringLiteral("/firewalls/%1").arg(web[0][QStringLiteral("id")].toInteger()), m_token);
    QCOMPARE(inUse.status, 422);
    QCOMPARE(inUse.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("resource_in_use"));

    QCOMPARE(m_http->send("DELETE", QStringLiteral("/firewalls/%1").arg(fw[QStringLiteral("id")].toInteger()), m_token).status, 204);
}

qint64 TestSimKinds::newFirewall(const QString &name)
{
    const HttpResult created = post(QStringLiteral("/firewalls"), QJsonObject{{QStringLiteral("name"), name}});
    return created.status == 201 ? created.json[QStringLiteral("firewall")][QStringLiteral("id")].toInteger() : 0;
}

void TestSimKinds::firewallApplyAndRemove()
{
    const qint64 fw = newFirewall(QStringLiteral("apply"));
    QVERIFY(fw > 0);
    const qint64 server = m_sim->serverIds(0).last();
    const QString actions = QStringLiteral("/firewalls/%1/actions/").arg(fw);
    const QJsonObject onServer{{QStringLiteral("type"), QStringLiteral("server")},
                               {QStringLiteral("server"), QJsonObject{{QStringLiteral("id"), server}}}};

    const HttpResult applied = post(actions + QStringLiteral("apply_to_resources"), {{QStringLiteral("apply_to"), QJsonArray{onServer}}});
    QCOMPARE(applied.status, 201);
    const QJsonArray started = applied.json[QStringLiteral("actions")].toArray();
    QCOMPARE(started.size(), 1);
    QCOMPARE(started[0][QStringLiteral("command")].toString(), QStringLiteral("apply_firewall"));
    QCOMPARE(started[0][QStringLiteral("resources")].toArray().size(), 2);
    // The firewall is held by its action until it ends.
    const HttpResult locked = post(actions + QStringLiteral("apply_to_resources"), {{QStringLiteral("apply_to"), QJsonArray{onServer}}});
    QCOMPARE(locked.status, 423);
    QTRY_VERIFY_WITH_TIMEOUT(firewallsOn(server).contains(fw), 5000);
    QCOMPARE(object(QStringLiteral("firewall"), fw)[QStringLiteral("applied_to")].toArray().size(), 1);

    const HttpResult twice = post(actions + QStringLiteral("apply_to_resources"), {{QStringLiteral("apply_to"), QJsonArray{onServer}}});
    QCOMPARE(twice.status, 422);
    QCOMPARE(twice.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("firewall_already_applied"));
    const QJsonObject missing{{QStringLiteral("type"), QStringLiteral("server")},
                              {QStringLiteral("server"), QJsonObject{{QStringLiteral("id"), 999999}}}};
    const HttpResult notFound = post(actions + QStringLiteral("apply_to_resources"), {{QStringLiteral("apply_to"), QJsonArray{missing}}});
    QCOMPARE(notFound.status, 404);
    QCOMPARE(notFound.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("firewall_resource_not_found"));

    const HttpResult inUse = m_http->send("DELETE", QStringLiteral("/firewalls/%1").arg(fw), m_token);
    QCOMPARE(inUse.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("resource_in_use"));

    QCOMPARE(post(actions + QStringLiteral("remove_from_resources"), {{QStringLiteral("remove_from"), QJsonArray{onServer}}}).status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(!firewallsOn(server).contains(fw), 5000);
    QVERIFY(object(QStringLiteral("firewall"), fw)[QStringLiteral("applied_to")].toArray().isEmpty());
    QCOMPARE(m_http->send("DELETE", QStringLiteral("/firewalls/%1").arg(fw), m_token).status, 204);
}

void TestSimKinds::firewallLabelSelectorFollowsLabels()
{
    const QVector<qint64> servers = m_sim->serverIds(0);
    const qint64 tagged = servers.at(3);
    const qint64 other = servers.at(4);
    QCOMPARE(m_http->send("PUT", QStringLiteral("/servers/%1").arg(tagged), m_token,
                          {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("fw-test"), QStringLiteral("yes")}}}}).status,
             200);
    const qint64 fw = newFirewall(QStringLiteral("selected"));
    const QJsonObject selector{{QStringLiteral("type"), QStringLiteral("label_selector")},
                               {QStringLiteral("label_selector"), QJsonObject{{QStringLiteral("selector"), QStringLiteral("fw-test=yes")}}}};
    const QString actions = QStringLiteral("/firewalls/%1/actions/").arg(fw);
    QCOMPARE(post(actions + QStringLiteral("apply_to_resources"), {{QStringLiteral("apply_to"), QJsonArray{selector}}}).status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(firewallsOn(tagged).contains(fw), 5000);
    QVERIFY(!firewallsOn(other).contains(fw));
    const QJsonArray matched = object(QStringLiteral("firewall"), fw)[QStringLiteral("applied_to")][0][QStringLiteral("applied_to_resources")].toArray();
    QCOMPARE(matched.size(), 1);
    QCOMPARE(matched[0][QStringLiteral("server")][QStringLiteral("id")].toInteger(), tagged);

    // A server the selector matches cannot be removed by hand.
    const QJsonObject onTagged{{QStringLiteral("type"), QStringLiteral("server")},
                               {QStringLiteral("server"), QJsonObject{{QStringLiteral("id"), tagged}}}};
    const HttpResult managed = post(actions + QStringLiteral("remove_from_resources"), {{QStringLiteral("remove_from"), QJsonArray{onTagged}}});
    QCOMPARE(managed.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("firewall_managed_by_label_selector"));

    // Labels decide: the other server gains it, the tagged one loses it.
    QCOMPARE(m_http->send("PUT", QStringLiteral("/servers/%1").arg(other), m_token,
                          {{QStringLiteral("labels"), QJsonObject{{QStringLiteral("fw-test"), QStringLiteral("yes")}}}}).status,
             200);
    QCOMPARE(m_http->send("PUT", QStringLiteral("/servers/%1").arg(tagged), m_token, {{QStringLiteral("labels"), QJsonObject()}}).status, 200);
    QVERIFY(firewallsOn(other).contains(fw));
    QVERIFY(!firewallsOn(tagged).contains(fw));
}

void TestSimKinds::firewallSetRules()
{
    // The seeded "web" firewall is on one server: new rules reach it too.
    const QJsonObject web = m_http->get(QStringLiteral("/firewalls?name=web"), m_token).json[QStringLiteral("firewalls")][0].toObject();
    const qint64 id = web[QStringLiteral("id")].toInteger();
    const QJsonObject http{{QStringLiteral("direction"), QStringLiteral("in")},
                           {QStringLiteral("protocol"), QStringLiteral("tcp")},
                           {QStringLiteral("port"), QStringLiteral("80")},
                           {QStringLiteral("source_ips"), QJsonArray{QStringLiteral("0.0.0.0/0")}}};
    const HttpResult set = post(QStringLiteral("/firewalls/%1/actions/set_rules").arg(id), {{QStringLiteral("rules"), QJsonArray{http}}});
    QCOMPARE(set.status, 201);
    const QJsonArray actions = set.json[QStringLiteral("actions")].toArray();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions[0][QStringLiteral("command")].toString(), QStringLiteral("set_firewall_rules"));
    QCOMPARE(actions[1][QStringLiteral("command")].toString(), QStringLiteral("apply_firewall"));
    QTRY_COMPARE_WITH_TIMEOUT(object(QStringLiteral("firewall"), id)[QStringLiteral("rules")].toArray().size(), 1, 5000);

    QJsonObject noIps = http;
    noIps.remove(QStringLiteral("source_ips"));
    const HttpResult bad = post(QStringLiteral("/firewalls/%1/actions/set_rules").arg(id), {{QStringLiteral("rules"), QJsonArray{noIps}}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")][0][QStringLiteral("name")].toString(),
             QStringLiteral("rules.source_ips"));
}

void TestSimKinds::placementGroupMembership()
{
    const qint64 group = post(QStringLiteral("/placement_groups"), {{QStringLiteral("name"), QStringLiteral("members")},
                                                                   {QStringLiteral("type"), QStringLiteral("spread")}})
                             .json[QStringLiteral("placement_group")][QStringLiteral("id")].toInteger();
    const HttpResult created = post(QStringLiteral("/servers"), {{QStringLiteral("name"), QStringLiteral("pg-member")},
                                                                {QStringLiteral("server_type"), QStringLiteral("cpx11")},
                                                                {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")},
                                                                {QStringLiteral("placement_group"), group}});
    QCOMPARE(created.status, 201);
    const qint64 server = created.json[QStringLiteral("server")][QStringLiteral("id")].toInteger();
    QCOMPARE(created.json[QStringLiteral("server")][QStringLiteral("placement_group")][QStringLiteral("id")].toInteger(), group);
    QCOMPARE(object(QStringLiteral("placement_group"), group)[QStringLiteral("servers")].toArray(), QJsonArray{server});
    const HttpResult unknown = post(QStringLiteral("/servers"), {{QStringLiteral("name"), QStringLiteral("pg-none")},
                                                                {QStringLiteral("server_type"), QStringLiteral("cpx11")},
                                                                {QStringLiteral("image"), QStringLiteral("ubuntu-24.04")},
                                                                {QStringLiteral("placement_group"), 999999}});
    QCOMPARE(unknown.status, 400);

    // Leaving and joining are server actions; joining wants the server off.
    QTRY_COMPARE_WITH_TIMEOUT(object(QStringLiteral("server"), server)[QStringLiteral("status")].toString(), QStringLiteral("running"), 5000);
    const QString actions = QStringLiteral("/servers/%1/actions/").arg(server);
    QCOMPARE(post(actions + QStringLiteral("remove_from_placement_group"), {}).status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(object(QStringLiteral("server"), server)[QStringLiteral("placement_group")].isNull(), 5000);
    QVERIFY(object(QStringLiteral("placement_group"), group)[QStringLiteral("servers")].toArray().isEmpty());
    const HttpResult running = post(actions + QStringLiteral("add_to_placement_group"), {{QStringLiteral("placement_group"), group}});
    QCOMPARE(running.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("server_not_stopped"));
    QCOMPARE(post(actions + QStringLiteral("poweroff"), {}).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(object(QStringLiteral("server"), server)[QStringLiteral("status")].toString(), QStringLiteral("off"), 5000);
    QCOMPARE(post(actions + QStringLiteral("add_to_placement_group"), {{QStringLiteral("placement_group"), group}}).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(object(QStringLiteral("placement_group"), group)[QStringLiteral("servers")].toArray(), QJsonArray{server}, 5000);

    // A deleted server leaves its group.
    QCOMPARE(m_http->send("DELETE", QStringLiteral("/servers/%1").arg(server), m_token).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(object(QStringLiteral("placement_group"), group)[QStringLiteral("servers")].toArray().isEmpty(), 5000);
}

void TestSimKinds::managedCertificateIssuance()
{
    const HttpResult created = post(QStringLiteral("/certificates"), {{QStringLiteral("name"), QStringLiteral("shop-new")},
                                                                     {QStringLiteral("type"), QStringLiteral("managed")},
                                                                     {QStringLiteral("domain_names"), QJsonArray{QStringLiteral("new.example.com")}}});
    QCOMPARE(created.status, 201);
    const qint64 id = created.json[QStringLiteral("certificate")][QStringLiteral("id")].toInteger();
    QCOMPARE(created.json[QStringLiteral("certificate")][QStringLiteral("status")][QStringLiteral("issuance")].toString(), QStringLiteral("pending"));
    QVERIFY(created.json[QStringLiteral("certificate")][QStringLiteral("fingerprint")].isNull());
    QCOMPARE(created.json[QStringLiteral("action")][QStringLiteral("command")].toString(), QStringLiteral("create_certificate"));
    QTRY_COMPARE_WITH_TIMEOUT(object(QStringLiteral("certificate"), id)[QStringLiteral("status")][QStringLiteral("issuance")].toString(),
                              QStringLiteral("completed"), 5000);
    QVERIFY(!object(QStringLiteral("certificate"), id)[QStringLiteral("fingerprint")].toString().isEmpty());

    const HttpResult noDomains = post(QStringLiteral("/certificates"), {{QStringLiteral("name"), QStringLiteral("x")},
                                                                       {QStringLiteral("type"), QStringLiteral("managed")}});
    QCOMPARE(noDomains.json[QStringLiteral("error")][QStringLiteral("details")][QStringLiteral("fields")][0][QStringLiteral("name")].toString(),
             QStringLiteral("domain_names"));

    // A failed issuance says why, and can be retried.
    m_sim->failNextAction(0, QStringLiteral("action_failed"), QStringLiteral("validation failed"));
    const qint64 failing = post(QStringLiteral("/certificates"), {{QStringLiteral("name"), QStringLiteral("shop-fail")},
                                                                 {QStringLiteral("type"), QStringLiteral("managed")},
                                                                 {QStringLiteral("domain_names"), QJsonArray{QStringLiteral("fail.example.com")}}})
                               .json[QStringLiteral("certificate")][QStringLiteral("id")].toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(object(QStringLiteral("certificate"), failing)[QStringLiteral("status")][QStringLiteral("issuance")].toString(),
                              QStringLiteral("failed"), 5000);
    QCOMPARE(object(QStringLiteral("certificate"), failing)[QStringLiteral("status")][QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("ca_dns_validation_failed"));
    QCOMPARE(post(QStringLiteral("/certificates/%1/actions/retry").arg(id), {}).status, 422);
    QCOMPARE(post(QStringLiteral("/certificates/%1/actions/retry").arg(failing), {}).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(object(QStringLiteral("certificate"), failing)[QStringLiteral("status")][QStringLiteral("issuance")].toString(),
                              QStringLiteral("completed"), 5000);
}

void TestSimKinds::ownImagesChangeSystemImagesRefuse()
{
    const QJsonObject snapshot = m_http->get(QStringLiteral("/images?type=snapshot"), m_token).json[QStringLiteral("images")][0].toObject();
    const QJsonObject backup = m_http->get(QStringLiteral("/images?type=backup"), m_token).json[QStringLiteral("images")][0].toObject();
    const QJsonObject system = m_http->get(QStringLiteral("/images?type=system&name=debian-12"), m_token).json[QStringLiteral("images")][0].toObject();
    const qint64 id = snapshot[QStringLiteral("id")].toInteger();
    QVERIFY(id > 0 && backup[QStringLiteral("id")].toInteger() > 0 && system[QStringLiteral("id")].toInteger() > 0);
    const QString path = QStringLiteral("/images/%1").arg(id);

    const HttpResult updated = m_http->send("PUT", path, m_token, {{QStringLiteral("description"), QStringLiteral("golden")},
                                                                 {QStringLiteral("labels"), QJsonObject{{QStringLiteral("keep"), QStringLiteral("yes")}}}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(object(QStringLiteral("image"), id)[QStringLiteral("description")].toString(), QStringLiteral("golden"));
    // A backup becomes a snapshot and is no longer bound to its server.
    const qint64 backupId = backup[QStringLiteral("id")].toInteger();
    QCOMPARE(m_http->send("PUT", QStringLiteral("/images/%1").arg(backupId), m_token, {{QStringLiteral("type"), QStringLiteral("snapshot")}}).status, 200);
    QVERIFY(object(QStringLiteral("image"), backupId)[QStringLiteral("bound_to")].isNull());

    QCOMPARE(post(path + QStringLiteral("/actions/change_protection"), {{QStringLiteral("delete"), true}}).status, 201);
    QTRY_VERIFY(object(QStringLiteral("image"), id)[QStringLiteral("protection")][QStringLiteral("delete")].toBool());
    const HttpResult protectedDelete = m_http->send("DELETE", path, m_token);
    QCOMPARE(protectedDelete.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("protected"));

    const QString systemPath = QStringLiteral("/images/%1").arg(system[QStringLiteral("id")].toInteger());
    QCOMPARE(m_http->send("PUT", systemPath, m_token, {{QStringLiteral("description"), QStringLiteral("mine")}}).status, 403);
    QCOMPARE(m_http->send("DELETE", systemPath, m_token).status, 403);

    QCOMPARE(post(path + QStringLiteral("/actions/change_protection"), {{QStringLiteral("delete"), false}}).status, 201);
    QTRY_VERIFY(!object(QStringLiteral("image"), id)[QStringLiteral("protection")][QStringLiteral("delete")].toBool());
    QCOMPARE(m_http->send("DELETE", path, m_token).status, 204);
    QCOMPARE(m_http->get(path, m_token).status, 404);
}

QTEST_MAIN(TestSimKinds)
#include "tst_simkinds.moc"
