// Writes of the other resource kinds through the official hcloud CLI against
// the hcloud-sim process; the state afterwards is read over HTTP. So far
// placement groups (the other kinds' writes are not in the simulator yet).
#include "simhttp.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
}  // namespace

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

    QString m_hcloud;
    QProcess m_sim;
    QTemporaryDir m_home;
    QUrl m_endpoint;
    std::unique_ptr<SimHttp> m_http;
    QString m_token = testToken('p');
};

void TestSimCliKinds::initTestCase()
{
    m_hcloud = QStandardPaths::findExecutable(QStringLiteral("hcloud"));
    if (m_hcloud.isEmpty())
        QSKIP("the hcloud CLI is not installed (Debian package hcloud-cli)");
    const QString simBin = qEnvironmentVariable("HCLOUD_SIM_BIN");
    QVERIFY2(!simBin.isEmpty(), "HCLOUD_SIM_BIN is not set; run the test through ctest");
    QVERIFY(m_home.isValid());
    m_sim.setProgram(simBin);
    m_sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token"), m_token,
                        QStringLiteral("--servers"), QStringLiteral("5")});
    m_sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_sim.start();
    QVERIFY2(m_sim.waitForStarted(10000), qPrintable(m_sim.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_sim.canReadLine(), 15000);
    const QString first = QString::fromUtf8(m_sim.readLine()).trimmed();
    QVERIFY2(first.startsWith(QLatin1String("listening on http://127.0.0.1:")), qPrintable(first));
    m_endpoint = QUrl(first.section(QLatin1Char(' '), 2));
    m_http = std::make_unique<SimHttp>(m_endpoint);
}

void TestSimCliKinds::cleanupTestCase()
{
    if (m_sim.state() != QProcess::NotRunning) {
        m_sim.terminate();
        if (!m_sim.waitForFinished(5000))
            m_sim.kill();
    }
}

CliResult TestSimCliKinds::cli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HCLOUD_ENDPOINT"), m_endpoint.toString());
    env.insert(QStringLiteral("HCLOUD_TOKEN"), m_token);
    // A config that does not exist: no context, no real project is touched.
    env.insert(QStringLiteral("HCLOUD_CONFIG"), m_home.filePath(QStringLiteral("missing/cli.toml")));
    env.remove(QStringLiteral("HCLOUD_CONTEXT"));
    process.setProcessEnvironment(env);
    // The simulator runs in its own process, so blocking here stalls nothing it needs.
    process.start(m_hcloud, args);
    CliResult result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
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
