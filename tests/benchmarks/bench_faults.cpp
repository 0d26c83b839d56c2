// 10,000 servers listed 20 times under the fault mix of issue 12 (10 % 503,
// 5 % dropped connections, five 429s every 50 requests), each run against a
// fresh hcloud-sim with its own fault seed, through the client's list path
// (hcloud-desktop --export servers). Every run must return exactly the
// 10,000 ids, once each. Prints a table, or with --json one object; the
// time ratio against fault-free runs is reported, not asserted.
//
//   bench_faults [--quick] [--json]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

const QString kToken = QStringLiteral("faultsFAULTSfaultsFAULTSfaultsFAsecretSECRETsecretSECRETsecret00");

// hcloud-sim as a process of its own. Waiting on it blocks nothing it needs.
struct Sim
{
    QProcess process;
    QString endpoint;

    bool start(int servers, int latencyMs, const QString &faults)
    {
        QStringList args{QStringLiteral("--servers"), QString::number(servers), QStringLiteral("--latency-ms"),
                         QString::number(latencyMs), QStringLiteral("--token"), kToken};
        if (!faults.isEmpty())
            args << QStringLiteral("--faults") << faults;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(qEnvironmentVariable("HCLOUD_SIM_BIN"), args);
        if (!process.waitForStarted(10000))
            return false;
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(60000))
                return false;
        }
        // "listening on http://127.0.0.1:PORT/v1"
        endpoint = QString::fromUtf8(process.readLine()).trimmed().section(QLatin1Char(' '), 2);
        return endpoint.startsWith(QLatin1String("http://"));
    }
    ~Sim()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};

struct Run
{
    double ms = -1;
    int ids = 0;        // unique ids returned
    int items = 0;      // objects returned
    QString error;      // why the export failed, if it did
};

// One whole export of the servers against the simulator at endpoint.
Run exportServers(const QString &endpoint, const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("HCLOUD_CONFIG"), home.filePath(QStringLiteral("none.toml")));
    env.insert(QStringLiteral("HCLOUD_TOKEN"), kToken);
    env.insert(QStringLiteral("HCLOUD_ENDPOINT"), endpoint);
    QProcess p;
    p.setProcessEnvironment(env);
    Run run;
    QElapsedTimer t;
    t.start();
    p.start(qEnvironmentVariable("HCLOUD_DESKTOP_BIN"), {QStringLiteral("--export"), QStringLiteral("servers")});
    // Within the list's own stall limit (90 s) several times over.
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        run.error = QString::fromUtf8(p.readAllStandardError()).trimmed();
        if (run.error.isEmpty())
            run.error = QStringLiteral("exit %1").arg(p.exitCode());
        return run;
    }
    run.ms = double(t.nsecsElapsed()) / 1e6;
    const QJsonArray items = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QSet<qint64> ids;
    for (const QJsonValue &item : items)
        ids.insert(item.toObject().value(QLatin1String("id")).toInteger());
    run.items = int(items.size());
    run.ids = int(ids.size());
    return run;
}

double median(QVector<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const bool json = app.arguments().contains(QStringLiteral("--json"));
    const int servers = quick ? 500 : 10000;
    const int latency = quick ? 5 : 25;
    const int faultRuns = quick ? 3 : 20;
    const int cleanRuns = quick ? 1 : 5;
    const QString mix = QStringLiteral("5xx=0.1,drop=0.05,burst429=50");

    QTemporaryDir home;
    // Fault-free first, each run against a fresh simulator, as the fault runs are.
    QVector<double> cleanMs;
    for (int i = 0; i < cleanRuns; ++i) {
        Sim sim;
        if (!sim.start(servers, latency, {})) {
            std::fprintf(stderr, "hcloud-sim did not start\n");
            return 1;
        }
        const Run run = exportServers(sim.endpoint, home);
        if (run.ids != servers || run.items != servers) {
            std::fprintf(stderr, "fault-free run %d: %d ids of %d items (%s)\n", i + 1, run.ids, run.items,
                         qPrintable(run.error));
            return 1;
        }
        cleanMs.append(run.ms);
    }

    QVector<double> faultMs;
    int exact = 0;
    for (int i = 0; i < faultRuns; ++i) {
        const QString faults = QStringLiteral("%1:%2").arg(1000 + i).arg(mix);
        Sim sim;
        if (!sim.start(servers, latency, faults)) {
            std::fprintf(stderr, "hcloud-sim did not start\n");
            return 1;
        }
        const Run run = exportServers(sim.endpoint, home);
        if (run.ids == servers && run.items == servers) {
            ++exact;
            faultMs.append(run.ms);
        } else {
            std::fprintf(stderr, "run %d (--faults %s): %d unique ids of %d items, not %d%s%s\n", i + 1,
                         qPrintable(faults), run.ids, run.items, servers, run.error.isEmpty() ? "" : ": ",
                         qPrintable(run.error));
        }
    }

    const double cleanMedian = median(cleanMs);
    const double faultMedian = median(faultMs);
    const double faultMax = faultMs.isEmpty() ? -1 : *std::max_element(faultMs.cbegin(), faultMs.cend());
    const double ratio = cleanMedian > 0 && faultMedian > 0 ? faultMedian / cleanMedian : -1;
    const auto round1 = [](double v) { return qRound(v * 10) / 10.0; };
    if (json) {
        const QJsonObject result{{QStringLiteral("servers"), servers},
                                 {QStringLiteral("latency_ms"), latency},
                                 {QStringLiteral("faults"), mix},
                                 {QStringLiteral("runs"), faultRuns},
                                 {QStringLiteral("exact_runs"), exact},
                                 {QStringLiteral("fault_median_ms"), round1(faultMedian)},
                                 {QStringLiteral("fault_max_ms"), round1(faultMax)},
                                 {QStringLiteral("clean_median_ms"), round1(cleanMedian)},
                                 {QStringLiteral("ratio"), qRound(ratio * 100) / 100.0}};
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("%d servers, %d ms latency, --faults SEED:%s, a fresh hcloud-sim per run\n\n", servers, latency,
                    qPrintable(mix));
        auto row = [](const char *what, const QString &value) { std::printf("| %-36s | %10s |\n", what, qPrintable(value)); };
        std::printf("| %-36s | %10s |\n|%s|%s|\n", "measure", "value", "--------------------------------------",
                    "------------");
        row("runs under faults", QString::number(faultRuns));
        row("exact runs (every id, once)", QString::number(exact));
        row("median time under faults (ms)", QString::number(faultMedian, 'f', 0));
        row("max time under faults (ms)", QString::number(faultMax, 'f', 0));
        row(qPrintable(QStringLiteral("fault-free median of %1 (ms)").arg(cleanRuns)), QString::number(cleanMedian, 'f', 0));
        row("ratio (goal <= 3)", QString::number(ratio, 'f', 2));
    }
    return exact == faultRuns ? 0 : 1;
}
