// Floating IPs and primary IPs through the official hcloud CLI against the
// hcloud-sim process; the state afterwards is read over HTTP.
#include "tests/sim/simcli.h"
#include "tests/sim/simhttp.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

class TestSimCliIps : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void floatingIpList();
    void floatingIpLifecycle();
    void primaryIpList();
    void primaryIpCreateDelete();
    void primaryIpAssignUnassignRdns();
    void floatingIpProtection();

private:
    CliResult cli(const QStringList &args) { return m_bed.cli->run(args); }
    QJsonArray named(const QString &kind, const QString &name)
    {
        return m_http->get(QStringLiteral("/%1?name=%2").arg(kind, name), m_token).json[kind].toArray();
    }

    QString m_token = testToken('f');
    CliTestBed m_bed{m_token};
    SimHttp *m_http = nullptr;
};

void TestSimCliIps::initTestCase()
{
    if (HcloudCli::path().isEmpty())
        QSKIP("the hcloud CLI is not installed (Debian package hcloud-cli)");
    QString error;
    // CLI 1.30.3 (2022) places a primary IP by --datacenter only and reads
    // `datacenter` back: the API before its removal on 2026-07-01.
    QVERIFY2(m_bed.start(&error, {QStringLiteral("--api-date"), QStringLiteral("2026-06-30")}), qPrintable(error));
    m_http = m_bed.http.get();
}

void TestSimCliIps::floatingIpList()
{
    const CliResult r = cli({QStringLiteral("floating-ip"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("web-vip") && r.out.contains("spare-ip"), r.out.constData());
    // The assigned seeded IP names its server.
    const QJsonObject vip = named(QStringLiteral("floating_ips"), QStringLiteral("web-vip"))[0].toObject();
    const QString serverName = m_http->get(QStringLiteral("/servers/%1").arg(vip[QStringLiteral("server")].toInteger()), m_token)
                                   .json[QStringLiteral("server")][QStringLiteral("name")].toString();
    QVERIFY2(r.out.contains(serverName.toUtf8()), r.out.constData());
}

void TestSimCliIps::floatingIpLifecycle()
{
    const QString fip = QStringLiteral("x");
    CliResult r = cli({QStringLiteral("floating-ip"), QStringLiteral("create"), QStringLiteral("--type"), QStringLiteral("ipv4"),
                       QStringLiteral("--home-location"), QStringLiteral("fsn1"), QStringLiteral("--name"), fip});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonArray found = named(QStringLiteral("floating_ips"), fip);
    QCOMPARE(found.size(), 1);
    const qint64 id = found[0][QStringLiteral("id")].toInteger();
    const QString ip = found[0][QStringLiteral("ip")].toString();
    QCOMPARE(found[0][QStringLiteral("home_location")][QStringLiteral("name")].toString(), QStringLiteral("fsn1"));

    const QJsonObject server = m_http->get(QStringLiteral("/servers"), m_token).json[QStringLiteral("servers")][0].toObject();
    const qint64 serverId = server[QStringLiteral("id")].toInteger();
    r = cli({QStringLiteral("floating-ip"), QStringLiteral("assign"), fip, server[QStringLiteral("name")].toString()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The CLI waits for the action, so the state is final here.
    QCOMPARE(named(QStringLiteral("floating_ips"), fip)[0][QStringLiteral("server")].toInteger(), serverId);
    const QJsonArray onServer = m_http->get(QStringLiteral("/servers/%1").arg(serverId), m_token)
                                    .json[QStringLiteral("server")][QStringLiteral("public_net")][QStringLiteral("floating_ips")].toArray();
    QVERIFY(onServer.contains(QJsonValue(id)));

    r = cli({QStringLiteral("floating-ip"), QStringLiteral("set-rdns"), fip, QStringLiteral("--ip"), ip,
             QStringLiteral("--hostname"), QStringLiteral("vip.example.com")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray ptrs = named(QStringLiteral("floating_ips"), fip)[0][QStringLiteral("dns_ptr")].toArray();
    QCOMPARE(ptrs.size(), 1);
    QCOMPARE(ptrs[0][QStringLiteral("dns_ptr")].toString(), QStringLiteral("vip.example.com"));

    r = cli({QStringLiteral("floating-ip"), QStringLiteral("unassign"), fip});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(named(QStringLiteral("floating_ips"), fip)[0][QStringLiteral("server")].isNull());

    r = cli({QStringLiteral("floating-ip"), QStringLiteral("delete"), fip});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(named(QStringLiteral("floating_ips"), fip).isEmpty());
}

void TestSimCliIps::primaryIpList()
{
    const CliResult r = cli({QStringLiteral("primary-ip"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Every server's addresses are primary IPs (the CLI shows a /64 as its
    // first address).
    const QJsonArray servers = m_http->get(QStringLiteral("/servers"), m_token).json[QStringLiteral("servers")].toArray();
    for (const QJsonValue &s : servers) {
        const QString v6 = s[QStringLiteral("public_net")][QStringLiteral("ipv6")][QStringLiteral("ip")].toString().section(QLatin1Char('/'), 0, 0);
        if (!v6.isEmpty())
            QVERIFY2(r.out.contains(v6.toUtf8()), qPrintable(v6));
    }
}

void TestSimCliIps::primaryIpCreateDelete()
{
    const QString name = QStringLiteral("y");
    CliResult r = cli({QStringLiteral("primary-ip"), QStringLiteral("create"), QStringLiteral("--type"), QStringLiteral("ipv4"),
                       QStringLiteral("--name"), name, QStringLiteral("--datacenter"), QStringLiteral("fsn1-dc14")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonArray found = named(QStringLiteral("primary_ips"), name);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0][QStringLiteral("datacenter")][QStringLiteral("name")].toString(), QStringLiteral("fsn1-dc14"));
    QVERIFY(found[0][QStringLiteral("assignee_id")].isNull());

    r = cli({QStringLiteral("primary-ip"), QStringLiteral("delete"), name});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(named(QStringLiteral("primary_ips"), name).isEmpty());
}

void TestSimCliIps::primaryIpAssignUnassignRdns()
{
    // Primary IPs change only while the server is off.
    const QJsonObject target = m_http->get(QStringLiteral("/servers"), m_token).json[QStringLiteral("servers")][4].toObject();
    const qint64 serverId = target[QStringLiteral("id")].toInteger();
    const QString serverPath = QStringLiteral("/servers/%1").arg(serverId);
    const QJsonObject v6 = target[QStringLiteral("public_net")][QStringLiteral("ipv6")].toObject();
    const QString id = QString::number(v6[QStringLiteral("id")].toInteger());
    CliResult r = cli({QStringLiteral("primary-ip"), QStringLiteral("unassign"), id});
    if (target[QStringLiteral("status")].toString() != QLatin1String("off")) {
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("server_not_stopped"), r.err.constData());
        QCOMPARE(m_http->send("POST", serverPath + QStringLiteral("/actions/poweroff"), m_token).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(m_http->get(serverPath, m_token).json[QStringLiteral("server")][QStringLiteral("status")].toString(),
                                  QStringLiteral("off"), 5000);
        r = cli({QStringLiteral("primary-ip"), QStringLiteral("unassign"), id});
    }
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(m_http->get(serverPath, m_token).json[QStringLiteral("server")][QStringLiteral("public_net")][QStringLiteral("ipv6")].isNull());

    r = cli({QStringLiteral("primary-ip"), QStringLiteral("assign"), QStringLiteral("--server"), target[QStringLiteral("name")].toString(), id});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(m_http->get(serverPath, m_token).json[QStringLiteral("server")][QStringLiteral("public_net")][QStringLiteral("ipv6")][QStringLiteral("id")].toInteger(),
             v6[QStringLiteral("id")].toInteger());

    const QString address = v6[QStringLiteral("ip")].toString().section(QStringLiteral("::/"), 0, 0) + QStringLiteral("::7");
    r = cli({QStringLiteral("primary-ip"), QStringLiteral("set-rdns"), QStringLiteral("--ip"), address, QStringLiteral("--hostname"),
             QStringLiteral("seven.example.com"), id});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray ptrs = m_http->get(serverPath, m_token).json[QStringLiteral("server")][QStringLiteral("public_net")][QStringLiteral("ipv6")][QStringLiteral("dns_ptr")].toArray();
    QCOMPARE(ptrs.size(), 1);
    QCOMPARE(ptrs[0][QStringLiteral("dns_ptr")].toString(), QStringLiteral("seven.example.com"));

    r = cli({QStringLiteral("primary-ip"), QStringLiteral("describe"), QStringLiteral("-o"), QStringLiteral("json"), id});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("seven.example.com"), r.out.constData());
}

void TestSimCliIps::floatingIpProtection()
{
    const QString fip = QStringLiteral("guarded");
    CliResult r = cli({QStringLiteral("floating-ip"), QStringLiteral("create"), QStringLiteral("--type"), QStringLiteral("ipv6"),
                       QStringLiteral("--home-location"), QStringLiteral("nbg1"), QStringLiteral("--name"), fip,
                       QStringLiteral("--description"), QStringLiteral("keep me")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("floating-ip"), QStringLiteral("enable-protection"), fip, QStringLiteral("delete")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("floating-ip"), QStringLiteral("delete"), fip});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("protected"), r.err.constData());
    r = cli({QStringLiteral("floating-ip"), QStringLiteral("describe"), fip});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("keep me"), r.out.constData());
    QCOMPARE(named(QStringLiteral("floating_ips"), fip).size(), 1);
}

QTEST_GUILESS_MAIN(TestSimCliIps)
#include "tst_simcli_ips.moc"
