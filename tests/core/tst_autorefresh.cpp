// Auto-refresh against the simulator: full speed with budget to spare,
// slower when the simulator reports a low budget, none while paused.
#include "models/resourcelistmodel.h"
#include "projects/autorefresh.h"
#include "projects/projectsession.h"
#include "simsession.h"

#include <QSignalSpy>
#include <QTest>

using namespace hcloud;

namespace {
const QString kToken = QStringLiteral("autoREFRESHautoREFRESHautoREFRE1") + QStringLiteral("secretSECRETsecretSECRETsecret01");
}

class TestAutoRefresh : public QObject
{
    Q_OBJECT
private slots:
    void delays();
    void backsOffOnLowBudget();
    void pausedNeverFires();
};

void TestAutoRefresh::delays()
{
    const int interval = 30000;
    QCOMPARE(AutoRefresh::delayFor(interval, {}), interval);
    QCOMPARE(AutoRefresh::delayFor(interval, {3600, 3600, {}}), interval);
    QCOMPARE(AutoRefresh::delayFor(interval, {3600, 1800, {}}), interval);
    QCOMPARE(AutoRefresh::delayFor(interval, {3600, 900, {}}), 2 * interval);
    QCOMPARE(AutoRefresh::delayFor(interval, {3600, 0, {}}), 20 * interval);
}

void TestAutoRefresh::backsOffOnLowBudget()
{
    SimSession simulated(kToken, 4);
    simulated.start(false);
    if (QTest::currentTestFailed())
        return;
    ProjectSession &session = *simulated.session;
    AutoRefresh refresh;
    refresh.setIntervalSeconds(30);
    connect(&session, &ProjectSession::rateLimitChanged, &refresh, &AutoRefresh::setRateLimit);
    connect(&refresh, &AutoRefresh::due, &session, [&session] { session.refresh(); });

    QSignalSpy refreshed(&session, &ProjectSession::refreshed);
    session.refresh();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(refresh.isActive());
    QCOMPARE(refresh.currentDelayMs(), 30000);

    // The simulator says the budget is almost spent: the next round waits longer.
    simulated.simulator.setRateLimitRemaining(0, 200);
    session.refresh();
    QVERIFY(refreshed.wait(10000));
    QVERIFY2(refresh.currentDelayMs() > 30000 * 5, qPrintable(QString::number(refresh.currentDelayMs())));
    QVERIFY(refresh.isActive());
}

void TestAutoRefresh::pausedNeverFires()
{
    AutoRefresh refresh;
    refresh.setIntervalSeconds(1);
    QVERIFY(refresh.isActive());
    refresh.setPaused(true);
    QVERIFY(!refresh.isActive());
    refresh.setPaused(false);
    QVERIFY(refresh.isActive());
    QSignalSpy due(&refresh, &AutoRefresh::due);
    QVERIFY(due.wait(3000));
    refresh.setIntervalSeconds(0);
    QVERIFY(!refresh.isActive());
}

QTEST_GUILESS_MAIN(TestAutoRefresh)
#include "tst_autorefresh.moc"
