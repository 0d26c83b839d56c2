// python3-hcloud (Debian's /usr/bin/python3) against the hcloud-sim
// process: create a server and wait for its action, reboot, rebuild and
// delete, each waited for with the library's own polling; every kind read
// into the library's objects; a network and a load balancer built.
#include "tests/sim/simhttp.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const char *const kScript = R"PY(
import os, sys
from hcloud import Client
from hcloud.images.domain import Image
from hcloud.server_types.domain import ServerType

client = Client(token=os.environ["TOKEN"], api_endpoint=os.environ["ENDPOINT"], poll_interval=0.1)
created = client.servers.create(name="py-web", server_type=ServerType(name="cpx11"), image=Image(name="ubuntu-24.04"))
created.action.wait_until_finished(max_retries=200)
for action in created.next_actions:
    action.wait_until_finished(max_retries=200)
server = client.servers.get_by_name("py-web")
print("created", server.status)
server.reboot().wait_until_finished(max_retries=200)
print("rebooted", client.servers.get_by_id(server.id).status)
result = server.rebuild(Image(name="debian-12"))
# Older releases (Debian 12's) return the action itself, newer ones a response holding it.
getattr(result, "action", result).wait_until_finished(max_retries=200)
print("rebuilt", client.servers.get_by_id(server.id).image.name)
server.delete().wait_until_finished(max_retries=200)
print("deleted", client.servers.get_by_name("py-web") is None)
)PY";

const char *const kKindsScript = R"PY(
import os
from hcloud import Client
from hcloud.load_balancer_types.domain import LoadBalancerType
from hcloud.load_balancers.domain import LoadBalancerService, LoadBalancerTarget
from hcloud.locations.domain import Location
from hcloud.networks.domain import NetworkSubnet

client = Client(token=os.environ["TOKEN"], api_endpoint=os.environ["ENDPOINT"], poll_interval=0.1)
for name in ["volumes", "networks", "firewalls", "floating_ips", "primary_ips", "load_balancers",
             "load_balancer_types", "certificates", "placement_groups", "ssh_keys", "images", "isos"]:
    print(name, len(getattr(client, name).get_all()))
lb = client.load_balancers.get_by_name("web-lb")
# Debian 12's release knows no health_status on targets yet.
print("lb targets", [t.type for t in lb.targets])
net = client.networks.create(name="py-net", ip_range="10.9.0.0/16")
client.networks.add_subnet(net, NetworkSubnet(type="cloud", ip_range="10.9.1.0/24", network_zone="eu-central")).wait_until_finished(max_retries=200)
print("subnets", [s.ip_range for s in client.networks.get_by_id(net.id).subnets])
created = client.load_balancers.create(name="py-lb", load_balancer_type=LoadBalancerType(name="lb11"), location=Location(name="fsn1"))
created.action.wait_until_finished(max_retries=200)
py_lb = client.load_balancers.get_by_name("py-lb")
py_lb.add_service(LoadBalancerService(protocol="tcp", listen_port=5432, destination_port=5432, proxyprotocol=False)).wait_until_finished(max_retries=200)
server = client.servers.get_all()[0]
py_lb.add_target(LoadBalancerTarget(type="server", server=server)).wait_until_finished(max_retries=200)
py_lb = client.load_balancers.get_by_id(py_lb.id)
print("py-lb", [s.listen_port for s in py_lb.services], [t.server.id == server.id for t in py_lb.targets])
)PY";

// Runs a script against a fresh hcloud-sim; its output, or a failure.
struct PythonRun
{
    QString out;
    QString err;
    int exitCode = -1;
    QUrl endpoint;
};
}

class TestSimPython : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void createRebootRebuildDelete();
    void everyKindAndNewNetworkAndLoadBalancer();

private:
    void run(const char *script, PythonRun *result);
    QProcess m_sim;
    QString m_token = testToken('y');
};

void TestSimPython::initTestCase()
{
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import hcloud")});
    QTRY_COMPARE_WITH_TIMEOUT(probe.state(), QProcess::NotRunning, 20000);
    if (probe.exitCode() != 0)
        QSKIP("python3-hcloud is not installed (.ci/deps.sh installs it)");
}

void TestSimPython::run(const char *script, PythonRun *result)
{
    if (m_sim.state() != QProcess::NotRunning) {
        m_sim.kill();
        QTRY_COMPARE(m_sim.state(), QProcess::NotRunning);
    }
    m_sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_sim.start(qEnvironmentVariable("HCLOUD_SIM_BIN"),
                {QStringLiteral("--token"), m_token, QStringLiteral("--servers"), QStringLiteral("3"),
                 QStringLiteral("--action-ms"), QStringLiteral("100")});
    QTRY_VERIFY_WITH_TIMEOUT(m_sim.canReadLine(), 15000);
    result->endpoint = QUrl(QString::fromUtf8(m_sim.readLine()).trimmed().section(QLatin1Char(' '), 2));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.py"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(script);
    file.close();
    QProcess py;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOKEN"), m_token);
    env.insert(QStringLiteral("ENDPOINT"), result->endpoint.toString());
    py.setProcessEnvironment(env);
    py.start(QStringLiteral("/usr/bin/python3"), {path});
    QTRY_COMPARE_WITH_TIMEOUT(py.state(), QProcess::NotRunning, 60000);
    result->out = QString::fromUtf8(py.readAllStandardOutput());
    result->err = QString::fromUtf8(py.readAllStandardError());
    result->exitCode = py.exitCode();
}

void TestSimPython::createRebootRebuildDelete()
{
    PythonRun r;
    run(kScript, &r);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("created running")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("rebooted running")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("rebuilt debian-12")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("deleted True")), qPrintable(r.out));
    // The simulator agrees, read on its own.
    QCOMPARE(SimHttp(r.endpoint).all(QStringLiteral("servers"), m_token).size(), 3);
}

void TestSimPython::everyKindAndNewNetworkAndLoadBalancer()
{
    PythonRun r;
    run(kKindsScript, &r);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    SimHttp http(r.endpoint);
    // Every kind as many objects as the simulator holds, before the writes.
    for (const char *kind : {"volumes", "firewalls", "floating_ips", "primary_ips", "load_balancer_types", "certificates",
                             "placement_groups", "ssh_keys", "isos"}) {
        const QString line = QStringLiteral("%1 %2\n").arg(QLatin1String(kind)).arg(http.all(QLatin1String(kind), m_token).size());
        QVERIFY2(r.out.contains(line), qPrintable(line + QLatin1String(" in ") + r.out));
    }
    QVERIFY2(r.out.contains(QStringLiteral("lb targets ['server', 'label_selector']")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("subnets ['10.9.1.0/24']")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("py-lb [5432] [True]")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestSimPython)
#include "tst_simpython.moc"
