// Writes of the kinds besides servers, over loopback HTTP. So far placement
// groups (create, rename, refusals, delete, and the copy of the group that
// member servers carry) uploaded certificates and
// firewalls without apply_to.
#include "simhttp.h"
#include "simserver.h"

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

private:
    QString m_token = testToken('k');
    SimServer *m_sim = nullptr;
    SimHttp *m_http = nullptr;
};

void TestSimKinds::init()
{
    SimProjectSpec spec;
    spec.token = m_token;
    spec.servers = 5;
    m_sim = new SimServer({{spec}, 0});
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
    QCOMPARE(inUse.status, 409);
    QCOMPARE(inUse.json[QStringLiteral("error")][QStringLiteral("code")].toString(), QStringLiteral("resource_in_use"));

    QCOMPARE(m_http->send("DELETE", QStringLiteral("/firewalls/%1").arg(fw[QStringLiteral("id")].toInteger()), m_token).status, 204);
}

QTEST_MAIN(TestSimKinds)
#include "tst_simkinds.moc"
