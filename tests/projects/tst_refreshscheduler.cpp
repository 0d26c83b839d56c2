// The background refresh against hcloud-sim in a process of its own, with
// time running faster: an action started by the official CLI shows within
// one feed interval, another client's rename and delete arrive through the
// rolling re-list, and an idle project spends at most its share of the
// budget over any 5 minutes.
#include "core/api/apiclient.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/memorytokenvault.h"
#include "core/models/activitymodel.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"
#include "core/projects/refreshscheduler.h"
#include "core/resources/resourcekind.h"
#include "tests/sim/simcli.h"
#include "tests/sim/simhttp.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace hcloud;

namespace {

const QString kToken = QStringLiteral("schedulerSCHEDULERschedulerSCH01") + QStringLiteral("secretSECRETsecretSECRETsecret01");

struct Bed
{
    SimProcess sim;
    MemoryTokenVault vault;
    std::unique_ptr<ProjectSession> session;

    bool open(int servers, QString *error)
    {
        // CLI 1.30.3 (2022) reads servers' datacenter, gone since 2026-07-01.
        if (!sim.start({QStringLiteral("--token"), kToken, QStringLiteral("--servers"), QString::number(servers),
                        QStringLiteral("--action-ms"), QStringLiteral("200"), QStringLiteral("--api-date"),
                        QStringLiteral("2026-06-30")},
                       error))
            return false;
        Project project;
        project.id = QStringLiteral("p");
        project.name = QStringLiteral("Scheduled");
        project.endpoint = sim.endpoint();
        project.tokens.append({QStringLiteral("t"), QString(), kToken.left(32), TokenPermission::Unknown, {}, {}, false});
        vault.store(QStringLiteral("t"), kToken, [](const TokenVault::Result &) {});
        session = std::make_unique<ProjectSession>(project, &vault);
        QSignalSpy refreshed(session.get(), &ProjectSession::refreshed);
        session->refresh();
        if (!refreshed.wait(15000)) {
            *error = QStringLiteral("the servers were not listed");
            return false;
        }
        return true;
    }

    int rowOf(const QString &name) const
    {
        const ResourceListModel *servers = session->servers();
        for (int i = 0; i < servers->rowCount(); ++i) {
            if (servers->rowAt(i)->name == name)
                return i;
        }
        return -1;
    }
};

} // namespace

class TestRefreshScheduler : public QObject
{
    Q_OBJECT
private slots:
    void tickFollowsTheShare();
    void cliActionShowsWithinOneInterval();
    void renameAndDeleteArriveThroughTheRelist();
    void idleSpendsAtMostItsShare();
};

void TestRefreshScheduler::tickFollowsTheShare()
{
    MemoryTokenVault vault;
    ProjectSession session(Project{}, &vault);
    RefreshScheduler *s = session.scheduler();
    // 10 % of 3600 an hour, less a tenth to spare: one request per 11.1 s.
    QCOMPARE(s->tickMs(), 11111);
    s->setShare(0.05);
    QCOMPARE(s->tickMs(), 22222);
    s->setTimeScale(100);
    QCOMPARE(s->tickMs(), 222);
    s->setShare(0);
    QCOMPARE(s->tickMs(), 0);
    QVERIFY(!s->isRunning());
    QCOMPARE(RefreshScheduler::kindOfResourceType(QStringLiteral("floating_ip")), QStringLiteral("floating_ips"));
}

void TestRefreshScheduler::cliActionShowsWithinOneInterval()
{
    if (HcloudCli::path().isEmpty())
        QSKIP("the hcloud CLI is not installed");
    Bed bed;
    QString error;
    QVERIFY2(bed.open(5, &error), qPrintable(error));
    QAbstractItemModelTester tester(bed.session->servers(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    RefreshScheduler *scheduler = bed.session->scheduler();
    const double scale = 10; // an 11 s tick takes 1.1 s
    scheduler->setTimeScale(scale);

    ResourceRow victim;
    for (const ResourceRow &row : bed.session->servers()->rows()) {
        if (row->status == QLatin1String("running"))
            victim = row;
    }
    QVERIFY(victim);
    // Let the feeds take their first look before the CLI acts.
    QSignalSpy spent(scheduler, &RefreshScheduler::requestSent);
    QTRY_VERIFY_WITH_TIMEOUT(spent.count() >= 2, 10000);

    HcloudCli cli(bed.sim.endpoint(), kToken);
    const CliResult off = cli.run({QStringLiteral("server"), QStringLiteral("poweroff"), QString::number(victim->id)});
    QVERIFY2(off.exitCode == 0, off.err.constData());
    QElapsedTimer clock;
    clock.start();
    const int row = bed.session->servers()->rowOfKey(victim->id);
    QTRY_COMPARE_WITH_TIMEOUT(bed.session->servers()->rowAt(row)->status, QStringLiteral("off"), 10000);
    // Within 30 s of real time: one feed interval (two ticks) and the GET it asks for.
    QVERIFY2(clock.elapsed() * scale <= 30000 + 2000 * scale,
             qPrintable(QStringLiteral("%1 ms at %2x").arg(clock.elapsed()).arg(scale)));
    // The CLI's action is in the Activity too, by the server's name, done:
    // the same feed, no request of its own.
    ActivityModel *activity = bed.session->actions()->activity();
    QAbstractItemModelTester activityTester(activity, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto cliRow = [&]() -> const ActivityRow * {
        for (int r = 0; r < activity->rowCount(); ++r) {
            const ActivityRow &row = activity->rowAt(r);
            if (row.action.command == QLatin1String("stop_server") && row.description.contains(victim->name))
                return &row;
        }
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(cliRow() && !cliRow()->action.isRunning(), 10000);
    QCOMPARE(cliRow()->action.status, QStringLiteral("success"));
}

void TestRefreshScheduler::renameAndDeleteArriveThroughTheRelist()
{
    Bed bed;
    QString error;
    QVERIFY2(bed.open(60, &error), qPrintable(error)); // two pages of 50
    ResourceListModel *servers = bed.session->servers();
    QAbstractItemModelTester tester(servers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(servers->rowCount(), 60);
    const ResourceRow renamed = servers->rowAt(servers->rowOfKey(servers->rows().at(10)->id));
    const ResourceRow deleted = servers->rows().at(20);

    // Another client renames one server (no action) and deletes another.
    SimHttp http(bed.sim.endpoint());
    QCOMPARE(http.send("PUT", QStringLiteral("/servers/%1").arg(renamed->id), kToken,
                       {{QStringLiteral("name"), QStringLiteral("renamed-elsewhere")}})
                 .status,
             200);
    QCOMPARE(http.send("DELETE", QStringLiteral("/servers/%1").arg(deleted->id), kToken).status, 200);

    bed.session->scheduler()->setTimeScale(40);
    QTRY_VERIFY_WITH_TIMEOUT(bed.rowOf(QStringLiteral("renamed-elsewhere")) >= 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(servers->rowOfKey(deleted->id), -1, 20000);
    QCOMPARE(servers->rowCount(), 59);
}

void TestRefreshScheduler::idleSpendsAtMostItsShare()
{
    Bed bed;
    QString error;
    QVERIFY2(bed.open(120, &error), qPrintable(error));
    RefreshScheduler *scheduler = bed.session->scheduler();
    const double scale = 250; // an hour in 14.4 s
    // Storage Boxes are re-listed on the Hetzner API: its client counts too.
    auto sent = [&bed] {
        return bed.session->client()->requestsSent()
            + bed.session->client(ResourceKind::Api::Hetzner)->requestsSent();
    };
    const int before = sent();
    QVector<qint64> at; // each request's moment, in simulated ms
    QElapsedTimer clock;
    clock.start();
    connect(scheduler, &RefreshScheduler::requestSent, this, [&] { at.append(qint64(clock.elapsed() * scale)); });
    scheduler->setTimeScale(scale);
    QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() * scale >= 3600.0 * 1000, 30000);
    scheduler->setPaused(true);

    const int perHour = int(at.size());
    QVERIFY2(perHour <= 360, qPrintable(QString::number(perHour)));
    // It does spend: feeds and the re-list. (A loaded machine skips ticks
    // while a request is out, so the floor is low.)
    QVERIFY2(perHour >= 60, qPrintable(QString::number(perHour)));
    // What went on the wire, retries of GETs included, stays within the share.
    QVERIFY2(sent() - before >= perHour && sent() - before <= 360, qPrintable(QString::number(sent() - before)));
    // Over any 5 minutes, at most 10 % of 3600 an hour: 30 requests.
    for (int i = 0; i < at.size(); ++i) {
        int inWindow = 0;
        for (int j = i; j < at.size() && at.at(j) - at.at(i) < 5 * 60 * 1000; ++j)
            ++inWindow;
        QVERIFY2(inWindow <= 30, qPrintable(QStringLiteral("%1 requests in 5 minutes").arg(inWindow)));
    }
}

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"
