// python3-hcloud (Debian's /usr/bin/python3) against the hcloud-sim
// process: create a server and wait for its action, reboot, rebuild and
// delete, each waited for with the library's own polling.
#include "simhttp.h"

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
}

class TestSimPython : public QObject
{
    Q_OBJECT
private slots:
    void createRebootRebuildDelete();
};

void TestSimPython::createRebootRebuildDelete()
{
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import hcloud")});
    QTRY_COMPARE_WITH_TIMEOUT(probe.state(), QProcess::NotRunning, 20000);
    if (probe.exitCode() != 0)
        QSKIP("python3-hcloud is not installed (.ci/deps.sh installs it)");

    const QString token = testToken('y');
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(qEnvironmentVariable("HCLOUD_SIM_BIN"),
              {QStringLiteral("--token"), token, QStringLiteral("--servers"), QStringLiteral("3"),
               QStringLiteral("--action-ms"), QStringLiteral("100")});
    QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 15000);
    const QUrl endpoint(QString::fromUtf8(sim.readLine()).trimmed().section(QLatin1Char(' '), 2));

    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("run.py"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kScript);
    file.close();
    QProcess py;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOKEN"), token);
    env.insert(QStringLiteral("ENDPOINT"), endpoint.toString());
    py.setProcessEnvironment(env);
    py.start(QStringLiteral("/usr/bin/python3"), {script});
    QTRY_COMPARE_WITH_TIMEOUT(py.state(), QProcess::NotRunning, 60000);
    const QString out = QString::fromUtf8(py.readAllStandardOutput());
    QVERIFY2(py.exitCode() == 0, qPrintable(out + QString::fromUtf8(py.readAllStandardError())));
    QVERIFY2(out.contains(QStringLiteral("created running")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("rebooted running")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("rebuilt debian-12")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("deleted True")), qPrintable(out));
    // The simulator agrees, read on its own.
    QCOMPARE(SimHttp(endpoint).all(QStringLiteral("servers"), token).size(), 3);
    sim.kill();
    QTRY_COMPARE(sim.state(), QProcess::NotRunning);
}

QTEST_GUILESS_MAIN(TestSimPython)
#include "tst_simpython.moc"
