// Writes of the other resource kinds through the official hcloud CLI against
// the hcloud-sim process; the state afterwards is read over HTTP. So far
// placement groups (the other kinds' writes are not in the simulator yet).
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

private:
    CliResult cli(const QStringList &args);
    QJsonArray groupsNamed(const QString &name);

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

QTEST_GUILESS_MAIN(TestSimCliKinds)
#include "tst_simcli_kinds.moc"
