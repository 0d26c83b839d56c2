#include "tests/benchmarks/scaleprobes.h"

#include "ui/mainwindow.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/listcache.h"
#include "core/projects/projectsession.h"
#include "core/projects/workspace.h"
#include "core/resources/resourcekind.h"

#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <malloc.h>

namespace {
double statusMb(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}
} // namespace

double residentMb()
{
    return statusMb("VmRSS:");
}

double peakMb()
{
    return statusMb("VmHWM:");
}

void resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

void trimHeap()
{
    malloc_trim(0);
}

double cachedStartMs(const hcloud::Project &project, hcloud::TokenVault *vault,
                     const QVector<hcloud::ResourceRow> &rows, bool *cachedFirst, double *stallMs)
{
    using namespace hcloud;
    QTemporaryDir dir;
    ListCache cache(dir.path());
    QSignalSpy saved(&cache, &ListCache::saved);
    cache.save(project.id, serverKind(), rows, QDateTime::currentDateTimeUtc().addSecs(-3600));
    if (!saved.wait(60000))
        return -1;
    auto until = [](const std::function<bool()> &done) {
        QElapsedTimer t;
        t.start();
        while (!done() && t.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return done();
    };
    StallWatch watch;
    QElapsedTimer clock;
    clock.start();
    Workspace workspace(vault);
    workspace.setListCache(&cache);
    workspace.setProjects({project});
    MainWindow window(&workspace);
    window.resize(1400, 900);
    window.show();
    window.selectProject(0);
    ProjectSession *session = workspace.session(project.id);
    if (!session || !until([&] { return session->servers()->rowCount() >= rows.size(); }))
        return -1;
    const double ms = clock.nsecsElapsed() / 1e6;
    *cachedFirst = session->showsCachedRows(serverKind().id);
    // Then the API's list replaces them.
    until([&] { return !session->showsCachedRows(serverKind().id); });
    *stallMs = watch.worstMs();
    return ms;
}
