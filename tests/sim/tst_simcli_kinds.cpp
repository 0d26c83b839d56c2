// Writes of the other resource kinds through the official hcloud CLI against
// the hcloud-sim process; the state afterwards is read over HTTP.
#include "tests/sim/simcli.h"
#include "tests/sim/simhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

class TestSimCliKinds : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void placementGroupCreateUpdateDelete();
    void firewallRulesApplyRemoveDelete();
    void managedCertificateCreateDescribeDelete();
    void networkSubnetRouteAttachDelete();
    void loadBalancerServiceTargetsDelete();
    void snapshotUpdateProtectDelete();

private:
    CliResult cli(const QStringList &args);
    QJsonArray groupsNamed(const QString &name);
    QJsonObject named(const QString &kind, const QString &name);
    // Runs the CLI; on failure says the command and what it printed.
    bool ok(const QStringList &args);

    QString m_token = testToken('p');
    CliTestBed m_bed{m_token};
    SimHttp *m_http = nullptr;
};

void TestSimCliKinds::initTestCase()
{
    if (HcloudCli::path().isEmpty())
        QSKIP("the hcloud CLI is not installed (Debian package hcloud-cli)");
    QString error;
    QVERIFY2(m_bed.start(&error), qPrintable(error));
    m_http = m_bed.http.get();
}

void TestSimCliKinds::cleanupTestCase() {}

CliResult TestSimCliKinds::cli(const QStringList &args)
{
    return m_bed.cli->run(args);
}

QJsonArray TestSimCliKinds::groupsNamed(const QString &name)
{
    return m_http->get(QStringLiteral("/placement_groups?name=%1").arg(name), m_token)
        .json[QStringLiteral("placement_groups")].toArray();
}

void TestSimCliKinds::placementGroupCreateUpdateDelete()
{
    CliResult r = cli({QStringLiteral("placement-group"), QStringLiteral("create"), QStringLiteral("--name"),
                       QStringLiteral("web"), QStringLiteral("--type"), QStringLiteral("spread"),
                       QStringLiteral("--label"), QStringLiteral("tier=front")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonArray found = groupsNamed(QStringLiteral("web"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0][QStringLiteral("type")].toString(), QStringLiteral("spread"));
    QCOMPARE(found[0][QStringLiteral("labels")][QStringLiteral("tier")].toString(), QStringLiteral("front"));

    r = cli({QStringLiteral("placement-group"), QStringLiteral("update"), QStringLiteral("web"), QStringLiteral("--name"),
             QStringLiteral("web2")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(groupsNamed(QStringLiteral("web")).isEmpty());
    QCOMPARE(groupsNamed(QStringLiteral("web2")).size(), 1);

    // A second group of the same name is refused by the simulator, not the CLI.
    r = cli({QStringLiteral("placement-group"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("web2"), QStringLiteral("--type"), QStringLiteral("spread")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("uniqueness_error"), r.err.constData());

    r = cli({QStringLiteral("placement-group"), QStringLiteral("delete"), QStringLiteral("web2")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(groupsNamed(QStringLiteral("web2")).isEmpty());
}

QJsonObject TestSimCliKinds::named(const QString &kind, const QString &name)
{
    const QJsonArray found = m_http->get(QStringLiteral("/%1?name=%2").arg(kind, name), m_token).json[kind].toArray();
    return found.size() == 1 ? found[0].toObject() : QJsonObject();
}

bool TestSimCliKinds::ok(const QStringList &args)
{
    const CliResult r = cli(args);
    if (r.exitCode != 0)
        qWarning("hcloud %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
    return r.exitCode == 0;
}

void TestSimCliKinds::firewallRulesApplyRemoveDelete()
{
    QVERIFY(ok({QStringLiteral("firewall"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("edge")}));
    QVERIFY(ok({QStringLiteral("firewall"), QStringLiteral("add-rule"), QStringLiteral("edge"), QStringLiteral("--direction"),
                QStringLiteral("in"), QStringLiteral("--protocol"), QStringLiteral("tcp"), QStringLiteral("--port"),
                QStringLiteral("443"), QStringLiteral("--source-ips"), QStringLiteral("0.0.0.0/0"), QStringLiteral("--description"),
                QStringLiteral("https")}));
    QVERIFY(ok({QStringLiteral("firewall"), QStringLiteral("add-rule"), QStringLiteral("edge"), QStringLiteral("--direction"),
                QStringLiteral("out"), QStringLiteral("--protocol"), QStringLiteral("icmp"), QStringLiteral("--destination-ips"),
                QStringLiteral("::/0")}));
    QJsonObject fw = named(QStringLiteral("firewalls"), QStringLiteral("edge"));
    const QJsonArray rules = fw[QStringLiteral("rules")].toArray();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules[0][QStringLiteral("port")].toString(), QStringLiteral("443"));
    QCOMPARE(rules[0][QStringLiteral("description")].toString(), QStringLiteral("https"));
    QCOMPARE(rules[1][QStringLiteral("direction")].toString(), QStringLiteral("out"));

    const QJsonObject server = m_http->get(QStringLiteral("/servers"), m_token).json[QStringLiteral("servers")][1].toObject();
    const QString serverName = server[QStringLiteral("name")].toString();
    QVERIFY(ok({QStringLiteral("firewall"), QStringLiteral("apply-to-resource"), QStringLiteral("edge"), QStringLiteral("--type"),
                QStringLiteral("server"), QStringLiteral("--server"), serverName}));
    QVERIFY(ok({QStringLiteral("firewall"), QStringLiteral("apply-to-resource"), QStringLiteral("edge"), QStringLiteral("--type"),
                QStringLiteral("label_selector"), QStringLiteral("--label-selector"), QStringLiteral("tier=none")}));
    fw = named(QStringLiteral("firewalls"), QStringLiteral("edge"));
    QCOMPARE(fw[QStringLiteral("applied_to")].toArray().size(), 2);
    const QJsonObject on = m_http->get(QStringLiteral("/servers/%1").arg(server[QStringLiteral("id")].toInteger()), m_token)
                               .json[QStringLiteral("server")][QStringLiteral("public_net")][QStringLiteral("firewalls")][0].toObject();
    QCOMPARE(on[QStringLiteral("id")].toInteger(), fw[QStringLiteral("id")].toInteger());

    // Still applied: the API refuses, and the CLI says so.
    const CliResult inUse = cli({QStringLiteral("firewall"), QStringLiteral("delete"), QStringLiteral("edge")});
    QVERIFY(inUse.exitCode != 0);
    QVERIFY2(inUse.err.contains("resource_in_use"), inUse.err.constData());

    QVERIFY(ok({QStringLiteral("firewall"), QStringLiteral("remove-from-resource"), QStringLiteral("edge"), QStringLiteral("--type"),
                QStringLiteral("server"), QStringLiteral("--server"), serverName}));
    QVERIFY(ok({QStringLiteral("firewall"), QStringLiteral("remove-from-resource"), QStringLiteral("edge"), QStringLiteral("--type"),
                QStringLiteral("label_selector"), QStringLiteral("--label-selector"), QStringLiteral("tier=none")}));
    QVERIFY(named(QStringLiteral("firewalls"), QStringLiteral("edge"))[QStringLiteral("applied_to")].toArray().isEmpty());
    const CliResult described = cli({QStringLiteral("firewall"), QStringLiteral("describe"), QStringLiteral("edge")});
    QVERIFY2(described.exitCode == 0, described.err.constData());
    QVERIFY(described.out.contains("443"));
    QVERIFY(ok({QStringLiteral("firewall"), QStringLiteral("delete"), QStringLiteral("edge")}));
    QVERIFY(named(QStringLiteral("firewalls"), QStringLiteral("edge")).isEmpty());
}

void TestSimCliKinds::managedCertificateCreateDescribeDelete()
{
    // hcloud waits for the issuance action, so it is complete afterwards.
    CliResult r = cli({QStringLiteral("certificate"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("le"),
                       QStringLiteral("--type"), QStringLiteral("managed"), QStringLiteral("--domain"),
                       QStringLiteral("shop.example.org")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject cert = named(QStringLiteral("certificates"), QStringLiteral("le"));
    QCOMPARE(cert[QStringLiteral("status")][QStringLiteral("issuance")].toString(), QStringLiteral("completed"));
    QCOMPARE(cert[QStringLiteral("domain_names")].toArray(), QJsonArray{QStringLiteral("shop.example.org")});
    r = cli({QStringLiteral("certificate"), QStringLiteral("describe"), QStringLiteral("le")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("completed"), r.out.constData());
    r = cli({QStringLiteral("certificate"), QStringLiteral("delete"), QStringLiteral("le")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(named(QStringLiteral("certificates"), QStringLiteral("le")).isEmpty());
}

void TestSimCliKinds::networkSubnetRouteAttachDelete()
{
    QVERIFY(ok({QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("cli-net"),
                QStringLiteral("--ip-range"), QStringLiteral("10.1.0.0/16")}));
    QVERIFY(ok({QStringLiteral("network"), QStringLiteral("add-subnet"), QStringLiteral("cli-net"), QStringLiteral("--network-zone"),
                QStringLiteral("eu-central"), QStringLiteral("--type"), QStringLiteral("cloud"), QStringLiteral("--ip-range"),
                QStringLiteral("10.1.1.0/24")}));
    QVERIFY(ok({QStringLiteral("network"), QStringLiteral("add-route"), QStringLiteral("cli-net"), QStringLiteral("--destination"),
                QStringLiteral("10.100.1.0/24"), QStringLiteral("--gateway"), QStringLiteral("10.1.1.1")}));
    QJsonObject net = named(QStringLiteral("networks"), QStringLiteral("cli-net"));
    QCOMPARE(net[QStringLiteral("subnets")][0][QStringLiteral("ip_range")].toString(), QStringLiteral("10.1.1.0/24"));
    QCOMPARE(net[QStringLiteral("routes")][0][QStringLiteral("gateway")].toString(), QStringLiteral("10.1.1.1"));

    // A server in eu-central joins and gets the subnet's first free address.
    QJsonObject server;
    for (const QJsonValue &s : m_http->get(QStringLiteral("/servers"), m_token).json[QStringLiteral("servers")].toArray()) {
        if (s[QStringLiteral("location")][QStringLiteral("network_zone")].toString() == QLatin1String("eu-central"))
            server = s.toObject();
    }
    QVERIFY(!server.isEmpty());
    QVERIFY(ok({QStringLiteral("server"), QStringLiteral("attach-to-network"), server[QStringLiteral("name")].toString(),
                QStringLiteral("--network"), QStringLiteral("cli-net")}));
    net = named(QStringLiteral("networks"), QStringLiteral("cli-net"));
    QCOMPARE(net[QStringLiteral("servers")].toArray(), QJsonArray{server[QStringLiteral("id")]});
    const CliResult described = cli({QStringLiteral("network"), QStringLiteral("describe"), QStringLiteral("cli-net")});
    QVERIFY2(described.exitCode == 0, described.err.constData());
    QVERIFY2(described.out.contains("10.100.1.0/24"), described.out.constData());
    const CliResult json = cli({QStringLiteral("server"), QStringLiteral("describe"), server[QStringLiteral("name")].toString(),
                                QStringLiteral("-o"), QStringLiteral("json")});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QCOMPARE(QJsonDocument::fromJson(json.out).object()[QStringLiteral("private_net")][0][QStringLiteral("ip")].toString(), QStringLiteral("10.1.1.2"));

    QVERIFY(ok({QStringLiteral("network"), QStringLiteral("delete"), QStringLiteral("cli-net")}));
    QVERIFY(named(QStringLiteral("networks"), QStringLiteral("cli-net")).isEmpty());
}

void TestSimCliKinds::loadBalancerServiceTargetsDelete()
{
    QVERIFY(ok({QStringLiteral("load-balancer"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("cli-lb"),
                QStringLiteral("--type"), QStringLiteral("lb11"), QStringLiteral("--location"), QStringLiteral("fsn1")}));
    QVERIFY(ok({QStringLiteral("load-balancer"), QStringLiteral("add-service"), QStringLiteral("cli-lb"), QStringLiteral("--protocol"),
                QStringLiteral("tcp"), QStringLiteral("--listen-port"), QStringLiteral("443"), QStringLiteral("--destination-port"),
                QStringLiteral("8443")}));
    const QJsonObject server = m_http->get(QStringLiteral("/servers"), m_token).json[QStringLiteral("servers")][0].toObject();
    QVERIFY(ok({QStringLiteral("load-balancer"), QStringLiteral("add-target"), QStringLiteral("cli-lb"), QStringLiteral("--server"),
                server[QStringLiteral("name")].toString()}));
    QVERIFY(ok({QStringLiteral("load-balancer"), QStringLiteral("add-target"), QStringLiteral("cli-lb"), QStringLiteral("--label-selector"),
                QStringLiteral("role=web")}));
    const QJsonObject lb = named(QStringLiteral("load_balancers"), QStringLiteral("cli-lb"));
    QCOMPARE(lb[QStringLiteral("services")][0][QStringLiteral("destination_port")].toInt(), 8443);
    QCOMPARE(lb[QStringLiteral("targets")].toArray().size(), 2);
    QCOMPARE(lb[QStringLiteral("targets")][0][QStringLiteral("server")][QStringLiteral("id")], server[QStringLiteral("id")]);
    QCOMPARE(lb[QStringLiteral("targets")][1][QStringLiteral("label_selector")][QStringLiteral("selector")].toString(), QStringLiteral("role=web"));

    // The CLI's own views of it: targets with health, and the JSON.
    const CliResult described = cli({QStringLiteral("load-balancer"), QStringLiteral("describe"), QStringLiteral("cli-lb")});
    QVERIFY2(described.exitCode == 0, described.err.constData());
    QVERIFY2(described.out.contains("8443") && described.out.contains("role=web"), described.out.constData());
    const CliResult json = cli({QStringLiteral("load-balancer"), QStringLiteral("describe"), QStringLiteral("cli-lb"), QStringLiteral("-o"),
                                QStringLiteral("json")});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QCOMPARE(QJsonDocument::fromJson(json.out).object()[QStringLiteral("name")].toString(), QStringLiteral("cli-lb"));

    // A second service on the same port is the API's refusal, passed on.
    const CliResult again = cli({QStringLiteral("load-balancer"), QStringLiteral("add-service"), QStringLiteral("cli-lb"),
                                 QStringLiteral("--protocol"), QStringLiteral("tcp"), QStringLiteral("--listen-port"), QStringLiteral("443"),
                                 QStringLiteral("--destination-port"), QStringLiteral("443")});
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains("source_port_already_used"), again.err.constData());

    QVERIFY(ok({QStringLiteral("load-balancer"), QStringLiteral("delete"), QStringLiteral("cli-lb")}));
    QVERIFY(named(QStringLiteral("load_balancers"), QStringLiteral("cli-lb")).isEmpty());
}

void TestSimCliKinds::snapshotUpdateProtectDelete()
{
    const QJsonObject snapshot = m_http->get(QStringLiteral("/images?type=snapshot"), m_token).json[QStringLiteral("images")][0].toObject();
    const QString id = QString::number(snapshot[QStringLiteral("id")].toInteger());
    QVERIFY(ok({QStringLiteral("image"), QStringLiteral("update"), id, QStringLiteral("--description"), QStringLiteral("before the big upgrade")}));
    QVERIFY(ok({QStringLiteral("image"), QStringLiteral("add-label"), id, QStringLiteral("keep=yes")}));
    QVERIFY(ok({QStringLiteral("image"), QStringLiteral("enable-protection"), id, QStringLiteral("delete")}));
    const QJsonObject image = m_http->get(QStringLiteral("/images/") + id, m_token).json[QStringLiteral("image")].toObject();
    QCOMPARE(image[QStringLiteral("description")].toString(), QStringLiteral("before the big upgrade"));
    QCOMPARE(image[QStringLiteral("labels")][QStringLiteral("keep")].toString(), QStringLiteral("yes"));
    QVERIFY(image[QStringLiteral("protection")][QStringLiteral("delete")].toBool());

    const CliResult refused = cli({QStringLiteral("image"), QStringLiteral("delete"), id});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("protected"), refused.err.constData());
    QVERIFY(ok({QStringLiteral("image"), QStringLiteral("disable-protection"), id, QStringLiteral("delete")}));
    QVERIFY(ok({QStringLiteral("image"), QStringLiteral("delete"), id}));
    QCOMPARE(m_http->get(QStringLiteral("/images/") + id, m_token).status, 404);
}

QTEST_GUILESS_MAIN(TestSimCliKinds)
#include "tst_simcli_kinds.moc"
