// A project of 10,000 servers against hcloud-sim in a process of its own
// (25 ms latency): whole-process listing (hcloud-desktop --export, the
// official hcloud CLI, python3-hcloud), and the real window: first page,
// all rows, the longest GUI stall (load, F5, sorting by every column,
// typing in the filter, All projects of 5 x 2,000), memory, requests, and
// what an idle window spends of the API budget. Prints a table, or with
// --json one object. Asserts correctness (every id listed), never speed.
//
//   bench_scale [--quick] [--json] [--only export|window|all]
#include "ui/mainwindow.h"
#include "core/models/resourcelistmodel.h"
#include "tests/support/projectfactory.h"
#include "core/projects/memorytokenvault.h"
#include "core/projects/projectsession.h"
#include "core/projects/refreshscheduler.h"
#include "core/projects/workspace.h"
#include "ui/resourcetable.h"
#include "tests/benchmarks/scaleprobes.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace hcloud;

namespace {

QString token(int n)
{
    return QStringLiteral("scaleSCALEscaleSCALEscaleSCALE%1").arg(n, 2, 10, QLatin1Char('0'))
        + QStringLiteral("secretSECRETsecretSECRETsecret%1").arg(n, 2, 10, QLatin1Char('0'));
}

struct Sim
{
    QProcess process;
    QUrl endpoint;
    bool start(int projects, int servers, int latencyMs)
    {
        QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--servers"),
                         QString::number(servers), QStringLiteral("--latency-ms"), QString::number(latencyMs),
                         // CLI 1.30.3 and python3-hcloud 1.18.2 (2022) read servers' datacenter.
                         QStringLiteral("--api-date"), QStringLiteral("2026-06-30")};
        for (int p = 0; p < projects; ++p)
            args << QStringLiteral("--token") << token(p);
        process.setProgram(qEnvironmentVariable("HCLOUD_SIM_BIN"));
        process.setArguments(args);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start();
        // The simulator is its own process: waiting here blocks nothing it needs.
        if (!process.waitForStarted(10000))
            return false;
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(60000))
                return false;
        }
        endpoint = QUrl(QString::fromUtf8(process.readLine()).trimmed().section(QLatin1Char(' '), 2));
        return endpoint.isValid();
    }
    ~Sim()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};

// Runs a whole process; its wall time in ms, and its stdout.
double timeProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env, QByteArray *out)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return -1;
    }
    const double ms = t.nsecsElapsed() / 1e6;
    *out = p.readAllStandardOutput();
    return ms;
}

double median(QVector<double> v)
{
    if (v.isEmpty() || std::any_of(v.cbegin(), v.cend(), [](double x) { return x < 0; }))
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

int jsonCount(const QByteArray &out)
{
    return int(QJsonDocument::fromJson(out).array().size());
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

Project projectAt(const QUrl &endpoint, int n, MemoryTokenVault *vault)
{
    Project p = testing::projectWithToken(QStringLiteral("p%1").arg(n), QStringLiteral("Project %1").arg(n), endpoint,
                                          QStringLiteral("t%1").arg(n), token(n), TokenPermission::Read);
    p.persistent = false;
    p.tokens.first().sessionOnly = true;
    vault->store(QStringLiteral("t%1").arg(n), token(n), [](const TokenVault::Result &) {});
    return p;
}

// Requests an idle scheduler sends in one simulated hour (time runs `scale` times faster).
int idlePerHour(const QList<ProjectSession *> &sessions, double scale, int *worst)
{
    QVector<int> counts(sessions.size(), 0);
    for (int i = 0; i < sessions.size(); ++i) {
        QObject::connect(sessions[i]->scheduler(), &RefreshScheduler::requestSent, sessions[i],
                         [&counts, i] { ++counts[i]; });
        sessions[i]->scheduler()->setTimeScale(scale);
    }
    QElapsedTimer t;
    t.start();
    waitFor([&] { return t.elapsed() * scale >= 3600.0 * 1000; }, 600000);
    for (ProjectSession *s : sessions) {
        s->scheduler()->setTimeScale(1);
        s->scheduler()->disconnect();
    }
    *worst = *std::max_element(counts.begin(), counts.end());
    int total = 0;
    for (int c : counts)
        total += c;
    return total / int(sessions.size());
}

struct Options
{
    bool quick = false;
    QString only; // "export", "window" or "all"; empty runs every part
    int servers = 10000;
    int latency = 25;
    int perProjectAll = 2000;
    int runs = 3;
    double idleScale = 300;
    bool wants(const char *part) const { return only.isEmpty() || only == QLatin1String(part); }
};

struct Results
{
    QJsonObject values;
    QJsonObject stalls;
    bool ok = true;
};

// 1. Whole processes. A first run warms the simulator's caches for all.
void measureProcesses(const Options &o, const Sim &big, Results *r)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("HCLOUD_TOKEN"), token(0));
    env.insert(QStringLiteral("HCLOUD_ENDPOINT"), big.endpoint.toString());
    env.insert(QStringLiteral("HCLOUD_CONFIG"), home.filePath(QStringLiteral("none.toml")));
    QByteArray out;
    const QString desktop = qEnvironmentVariable("HCLOUD_DESKTOP_BIN");
    const QStringList exportArgs{QStringLiteral("--export"), QStringLiteral("servers")};
    timeProcess(desktop, exportArgs, env, &out);
    QVector<double> exportMs, cliMs, pythonMs;
    for (int i = 0; i < o.runs; ++i) {
        exportMs.append(timeProcess(desktop, exportArgs, env, &out));
        r->ok = r->ok && jsonCount(out) == o.servers;
    }
    const QString cli = QStringLiteral("/usr/bin/hcloud");
    if (QFile::exists(cli)) {
        for (int i = 0; i < o.runs; ++i) {
            cliMs.append(timeProcess(cli, {QStringLiteral("server"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("json")}, env, &out));
            r->ok = r->ok && jsonCount(out) == o.servers;
        }
    }
    const QString python = QStringLiteral(
        "import os,hcloud\n"
        "c=hcloud.Client(token=os.environ['HCLOUD_TOKEN'],api_endpoint=os.environ['HCLOUD_ENDPOINT'])\n"
        "print(len(c.servers.get_all()))\n");
    for (int i = 0; i < o.runs; ++i) {
        pythonMs.append(timeProcess(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), python}, env, &out));
        r->ok = r->ok && out.trimmed().toInt() == o.servers;
    }
    const int pages = (o.servers + 49) / 50;
    const int concurrency = 12; // ApiClient's pages in flight
    r->values.insert(QStringLiteral("export_ms"), median(exportMs));
    r->values.insert(QStringLiteral("cli_ms"), median(cliMs));
    r->values.insert(QStringLiteral("python_ms"), median(pythonMs));
    r->values.insert(QStringLiteral("bound_ms"), (1 + std::ceil((pages - 1) / double(concurrency))) * o.latency);
    r->values.insert(QStringLiteral("concurrency"), concurrency);
}

// 2. The window on an empty project, then on the big one.
void measureWindow(const Options &o, const Sim &big, Results *r)
{
    Sim empty;
    empty.start(1, 0, o.latency);
    MemoryTokenVault vault;
    Workspace workspace(&vault);
    Project none = projectAt(empty.endpoint, 0, &vault);
    Project large = projectAt(big.endpoint, 0, &vault);
    large.id = QStringLiteral("large");
    large.tokens.first().id = QStringLiteral("t0");
    workspace.setProjects({none, large});
    MainWindow window(&workspace);
    window.resize(1400, 900);
    window.show();
    window.selectProject(0);
    ProjectSession *baseline = workspace.session(none.id);
    waitFor([&] { return baseline->state() == ProjectSession::State::Ready; }, 30000);
    waitFor([] { return false; }, 500);
    trimHeap();
    const double rssEmpty = residentMb();

    StallWatch watch;
    QElapsedTimer clock;
    clock.start();
    window.selectProject(1);
    ProjectSession *session = workspace.session(large.id);
    const int before = session->client()->requestsSent();
    ResourceListModel *list = session->servers();
    waitFor([&] { return list->rowCount() > 0; }, 60000);
    r->values.insert(QStringLiteral("first_page_ms"), double(clock.elapsed()));
    waitFor([&] { return list->rowCount() == o.servers && !list->isListing(); }, 120000);
    r->values.insert(QStringLiteral("all_rows_ms"), double(clock.elapsed()));
    r->ok = r->ok && list->rowCount() == o.servers;
    // Every kind counted or listed, and the requests it took.
    waitFor([&] {
        for (const ResourceKind *k : resourceKinds()) {
            if (session->count(k->id) < 0 || session->isKindLoading(k->id))
                return false;
        }
        return true;
    }, 60000);
    waitFor([] { return false; }, 300);
    r->values.insert(QStringLiteral("refresh_requests"), session->client()->requestsSent() - before);
    r->stalls.insert(QStringLiteral("load"), watch.worstMs());
    trimHeap();
    r->values.insert(QStringLiteral("rss_mb_above_empty"), residentMb() - rssEmpty);

    // F5: the shown list again; the peak may not hold a second copy.
    resetPeak();
    watch.reset();
    QSignalSpy refreshed(session, &ProjectSession::refreshed);
    window.refresh();
    waitFor([&] { return refreshed.count() > 0; }, 120000);
    r->stalls.insert(QStringLiteral("refresh"), watch.worstMs());
    r->values.insert(QStringLiteral("rss_peak_mb_above_empty"), peakMb() - rssEmpty);

    // Sorting by every column, then typing in the filter.
    watch.reset();
    QTableView *view = window.serverTable()->view();
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        view->sortByColumn(c, Qt::DescendingOrder);
        QCoreApplication::processEvents();
    }
    r->stalls.insert(QStringLiteral("sort"), watch.worstMs());
    watch.reset();
    QTest::keyClicks(window.serverTable()->filterEdit(), QStringLiteral("web-1"));
    QCoreApplication::processEvents();
    window.serverTable()->filterEdit()->clear();
    QCoreApplication::processEvents();
    r->stalls.insert(QStringLiteral("filter"), watch.worstMs());

    // A start on a project whose cache holds these 10,000 servers.
    Project cachedProject = large;
    cachedProject.id = QStringLiteral("cached");
    cachedProject.persistent = true;
    bool cachedFirst = false;
    double cachedStall = 0;
    r->values.insert(QStringLiteral("cached_start_ms"), cachedStartMs(cachedProject, &vault, list->rows(), &cachedFirst, &cachedStall));
    r->values.insert(QStringLiteral("cached_rows_before_network"), cachedFirst);
    r->stalls.insert(QStringLiteral("cached_start"), cachedStall);

    // An idle window: what the shown project's scheduler spends.
    int worst = 0;
    r->values.insert(QStringLiteral("idle_requests_per_hour"), idlePerHour({session}, o.idleScale, &worst));
}

// 3. All projects: 5 projects of 2,000 servers each.
void measureAllProjects(const Options &o, Results *r)
{
    StallWatch watch;
    int worst = 0;
    Sim five;
    five.start(5, o.perProjectAll, o.latency);
    MemoryTokenVault vault5;
    Workspace workspace5(&vault5);
    QVector<Project> projects;
    for (int p = 0; p < 5; ++p)
        projects.append(projectAt(five.endpoint, p, &vault5));
    workspace5.setProjects(projects);
    MainWindow all(&workspace5);
    all.resize(1400, 900);
    all.show();
    watch.reset();
    all.showAllProjects();
    QAbstractItemModel *allRows = all.serverTable()->view()->model();
    waitFor([&] { return allRows->rowCount() == 5 * o.perProjectAll; }, 120000);
    r->ok = r->ok && allRows->rowCount() == 5 * o.perProjectAll;
    waitFor([] { return false; }, 300);
    r->stalls.insert(QStringLiteral("all_projects"), watch.worstMs());
    watch.reset();
    for (int c = 0; c < allRows->columnCount(); ++c) {
        all.serverTable()->view()->sortByColumn(c, Qt::AscendingOrder);
        QCoreApplication::processEvents();
    }
    r->stalls.insert(QStringLiteral("all_projects_sort"), watch.worstMs());
    QList<ProjectSession *> sessions;
    for (const Project &p : projects)
        sessions.append(workspace5.session(p.id));
    idlePerHour(sessions, o.idleScale, &worst);
    r->values.insert(QStringLiteral("idle_requests_per_hour_all_projects"), worst);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool json = args.contains(QStringLiteral("--json"));
    Options o;
    o.quick = args.contains(QStringLiteral("--quick"));
    const int onlyAt = args.indexOf(QStringLiteral("--only"));
    if (onlyAt > 0 && onlyAt + 1 < args.size())
        o.only = args.at(onlyAt + 1);
    if (o.quick) {
        o.servers = 600;
        o.latency = 5;
        o.perProjectAll = 200;
        o.runs = 1;
        o.idleScale = 2000;
    }
    const int servers = o.servers;
    const int latency = o.latency;
    Results r;
    r.values = {{QStringLiteral("servers"), servers}, {QStringLiteral("latency_ms"), latency}};

    Sim big;
    if ((o.wants("export") || o.wants("window")) && !big.start(1, servers, latency)) {
        std::fprintf(stderr, "hcloud-sim did not start\n");
        return 1;
    }
    if (o.wants("export"))
        measureProcesses(o, big, &r);
    if (o.wants("window"))
        measureWindow(o, big, &r);
    if (o.wants("all"))
        measureAllProjects(o, &r);
    QJsonObject &result = r.values;
    const QJsonObject &stalls = r.stalls;
    const bool ok = r.ok;
    double stall = 0;
    for (const QJsonValue &v : stalls)
        stall = std::max(stall, v.toDouble());
    result.insert(QStringLiteral("gui_stall_max_ms"), stall);
    result.insert(QStringLiteral("gui_stall_ms"), stalls);
    result.insert(QStringLiteral("all_ids_listed"), ok);

    if (json) {
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    } else {
        auto row = [](const char *what, const QString &value) { std::printf("| %-44s | %14s |\n", what, qPrintable(value)); };
        auto ms = [&](const char *k) { return QString::number(result.value(QLatin1String(k)).toDouble(), 'f', 0); };
        std::printf("%d servers, %d ms latency, hcloud-sim in its own process\n\n", servers, latency);
        std::printf("| %-44s | %14s |\n|%s|%s|\n", "measure", "value", "----------------------------------------------", "----------------");
        row("hcloud-desktop --export servers (ms)", ms("export_ms"));
        row("hcloud server list -o json (ms)", ms("cli_ms"));
        row("python3-hcloud servers.get_all() (ms)", ms("python_ms"));
        row("bound (1 + ceil((pages-1)/12)) x latency (ms)", ms("bound_ms"));
        row("window: first page shown (ms)", ms("first_page_ms"));
        row("window: all rows shown (ms)", ms("all_rows_ms"));
        row("window: longest GUI stall (ms)", QString::number(stall, 'f', 1));
        for (auto it = stalls.constBegin(); it != stalls.constEnd(); ++it)
            std::printf("| %-44s | %14s |\n", qPrintable(QStringLiteral("  during ") + it.key()), qPrintable(QString::number(it.value().toDouble(), 'f', 1)));
        row("memory above an empty project (MB)", ms("rss_mb_above_empty"));
        row("memory peak during F5 (MB)", ms("rss_peak_mb_above_empty"));
        row("requests to open the project", ms("refresh_requests"));
        row("idle requests an hour", ms("idle_requests_per_hour"));
        row("idle requests an hour, All projects (worst)", ms("idle_requests_per_hour_all_projects"));
        row("window: start from the local cache (ms)", ms("cached_start_ms"));
        row("every id listed", ok ? QStringLiteral("yes") : QStringLiteral("NO"));
    }
    return ok ? 0 : 1;
}
