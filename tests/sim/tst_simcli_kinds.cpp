// Writes of the other resource kinds through the official hcloud CLI against
// the hcloud-sim process; the state afterwards is read over HTTP.
#include "simcli.h"
#include "simhttp.h"

#include <QJsonArray>
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

private:
    CliResult cli(const QStringList &args);
    QJsonArray groupsNamed(const QString &name);
    QJsonObject named(const QString &kind, const QString &name);

    SimProcess m_sim;
    std::unique_ptr<HcloudCli> m_cli;
    std::unique_ptr<SimHttp> m_http;
    QString m_token = testToken('p');
};

void TestSimCliKinds::initTestCase()
{
    if (HcloudCli::path().isEmpty())
        QSKIP("the hcloud CLI is not installed (Debian package hcloud-cli)");
    QString error;
    QVERIFY2(m_sim.start({QStringLiteral("--token"), m_token, QStringLiteral("--servers"), QStringLiteral("5"),
                          QStringLiteral("--action-ms"), QStringLiteral("50")},
                         &error),
             qPrintable(error));
    m_cli = std::make_unique<HcloudCli>(m_sim.endpoint(), m_token);
    m_http = std::make_unique<SimHttp>(m_sim.endpoint());
}

void TestSimCliKinds::cleanupTestCase() {}

CliResult TestSimCliKinds::cli(const QStringList &args)
{
    return m_cli->run(args);
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

void TestSimCliKinds::firewallRulesApplyRemoveDelete()
{
    const auto ok = [this](const QStringList &args) {
        const CliResult r = cli(args);
        if (r.exitCode != 0)
            qWarning("hcloud %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r.exitCode == 0;
    };
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

QTEST_GUILESS_MAIN(TestSimCliKinds)
#include "tst_simcli_kinds.moc"
