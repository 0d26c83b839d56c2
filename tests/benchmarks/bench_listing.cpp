// Listing every server of a project: hcloud-desktop's ApiClient (pages in
// parallel) against the official hcloud CLI and python3-hcloud, all against
// the same hcloud-sim process. Prints a table; asserts nothing about speed.
//
//   bench_listing [--quick]     (--quick: one small case, for the test run)
#include "core/api/apiclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

using namespace hcloud;

namespace {

const QString kToken = QStringLiteral("benchBENCHbenchBENCHbenchBENCH01SecretSecretSecretSecretSecret01");

struct Sim
{
    QProcess process;
    QUrl endpoint;
};

bool startSim(Sim &sim, int servers, int latencyMs)
{
    sim.process.setProgram(qEnvironmentVariable("HCLOUD_SIM_BIN"));
    sim.process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token"), kToken,
                              QStringLiteral("--servers"), QString::number(servers),
                              QStringLiteral("--latency-ms"), QString::number(latencyMs)});
    sim.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.process.start();
    if (!sim.process.waitForStarted(5000))
        return false;
    // The simulator runs in its own process, so waiting here blocks nothing it needs.
    while (!sim.process.canReadLine()) {
        if (!sim.process.waitForReadyRead(10000))
            return false;
    }
    const QString line = QString::fromUtf8(sim.process.readLine()).trimmed();
    sim.endpoint = QUrl(line.section(QLatin1Char(' '), 2));
    return sim.endpoint.isValid();
}

std::optional<double> timeClient(const QUrl &endpoint, int expected)
{
    ApiClient client;
    client.setEndpoint(endpoint);
    client.setToken(kToken);
    QElapsedTimer timer;
    timer.start();
    ListCall *call = client.listAll(QStringLiteral("/servers"), QStringLiteral("servers"));
    QSignalSpy done(call, &ListCall::finished);
    if (!done.wait(120000) || call->error().isError() || call->items().size() != expected)
        return std::nullopt;
    return timer.nsecsElapsed() / 1e6;
}

// check: whether the program's output shows the whole list.
std::optional<double> timeProcess(const QString &program, const QStringList &args, const QUrl &endpoint,
                                  const std::function<bool(const QString &)> &check)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return std::nullopt;
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HCLOUD_ENDPOINT"), endpoint.toString());
    env.insert(QStringLiteral("HCLOUD_TOKEN"), kToken);
    env.insert(QStringLiteral("HCLOUD_CONFIG"), home.filePath(QStringLiteral("cli.toml")));
    env.insert(QStringLiteral("HOME"), home.path());
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return std::nullopt;
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!check(QString::fromUtf8(p.readAllStandardOutput())))
        return std::nullopt;
    return ms;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

QString cell(const QVector<double> &runs)
{
    return runs.isEmpty() ? QStringLiteral("n/a") : QString::number(median(runs), 'f', 0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    struct Case { int servers; int latencyMs; };
    const QVector<Case> cases = quick ? QVector<Case>{{120, 0}}
                                      : QVector<Case>{{500, 0}, {500, 50}, {2000, 0}, {2000, 50}};
    const int repeats = quick ? 1 : 3;
    const QString python = QStringLiteral(
        "import os,sys\n"
        "from hcloud import Client\n"
        "c=Client(token=os.environ['HCLOUD_TOKEN'],api_endpoint=os.environ['HCLOUD_ENDPOINT'])\n"
        "print('count', len(c.servers.get_all()))\n");

    QTextStream out(stdout);
    out << "Listing all servers (median of " << repeats << " runs, ms; lower is better)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("servers"), 8).arg(QStringLiteral("latency"), 8)
               .arg(QStringLiteral("hcloud-desktop"), 15).arg(QStringLiteral("hcloud CLI"), 11)
               .arg(QStringLiteral("python3-hcloud"), 15);
    bool clientOk = true;
    for (const Case &c : cases) {
        Sim sim;
        if (!startSim(sim, c.servers, c.latencyMs)) {
            std::fprintf(stderr, "hcloud-sim did not start (HCLOUD_SIM_BIN)\n");
            return 1;
        }
        QVector<double> ours, cli, py;
        for (int i = 0; i < repeats; ++i) {
            if (auto ms = timeClient(sim.endpoint, c.servers))
                ours.append(*ms);
            else
                clientOk = false;
            if (auto ms = timeProcess(QStringLiteral("hcloud"), {QStringLiteral("server"), QStringLiteral("list"),
                                      QStringLiteral("-o"), QStringLiteral("noheader"), QStringLiteral("-o"),
                                      QStringLiteral("columns=id")}, sim.endpoint,
                                      [&](const QString &o) { return o.count(QLatin1Char('\n')) == c.servers; }))
                cli.append(*ms);
            const QString count = QStringLiteral("count %1").arg(c.servers);
            if (auto ms = timeProcess(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), python}, sim.endpoint,
                                      [&](const QString &o) { return o.contains(count); }))
                py.append(*ms);
        }
        out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(c.servers, 8).arg(QStringLiteral("%1 ms").arg(c.latencyMs), 8)
                   .arg(cell(ours), 15).arg(cell(cli), 11).arg(cell(py), 15);
        out.flush();
        sim.process.kill();
        sim.process.waitForFinished();
    }
    // Fails only when our own client did not list everything.
    return clientOk ? 0 : 1;
}
