// ActionWatcher against the simulator with latency: many actions at once
// (more than one batch), progress reported, every end reported once, a
// failed action with the API's code and message, and backoff while
// nothing changes.
#include "core/api/actionwatcher.h"
#include "core/api/apiclient.h"
#include "core/sim/simserver.h"
#include "tests/sim/simhttp.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace hcloud;

class TestActionWatcher : public QObject
{
    Q_OBJECT
private slots:
    void manyActionsAtOnce();
    void failedActionAndBackoff();
};

void TestActionWatcher::manyActionsAtOnce()
{
    const QString token = testToken('w');
    sim::SimOptions options;
    options.projects = {sim::SimProjectSpec(token, 40, 4)};
    options.latencyMs = 40;
    options.actionMs = 400;
    sim::SimServer simulator(options);
    QVERIFY(simulator.listen(0));
    ApiClient client;
    client.setEndpoint(simulator.endpoint());
    client.setToken(token);
    ActionWatcher watcher(&client);
    watcher.setTiming({50, 1.5, 400});
    QSignalSpy progressed(&watcher, &ActionWatcher::progressed);
    QSignalSpy finished(&watcher, &ActionWatcher::finished);

    // 30 actions: two batches of GET /actions?id=...
    QSet<qint64> started;
    const QVector<qint64> servers = simulator.serverIds(0);
    for (int i = 0; i < 30; ++i) {
        ApiCall *call = client.post(QStringLiteral("/servers/%1/actions/change_protection").arg(servers.at(i)),
                                    {{QStringLiteral("delete"), false}});
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(!call->error().isError());
        const QJsonObject action = call->json().value(QStringLiteral("action")).toObject();
        started.insert(action.value(QStringLiteral("id")).toInteger());
        watcher.watch(action);
        watcher.watch(action); // twice: still one report
    }
    QCOMPARE(started.size(), 30);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 30, 15000);
    QSet<qint64> ended;
    for (const QList<QVariant> &args : finished) {
        const ActionState state = args.at(0).value<ActionState>();
        QCOMPARE(state.status, QStringLiteral("success"));
        QCOMPARE(state.progress, 100);
        ended.insert(state.id);
    }
    QCOMPARE(ended, started);
    QVERIFY(progressed.size() > 0);
    QVERIFY(watcher.running().isEmpty());
}

void TestActionWatcher::failedActionAndBackoff()
{
    const QString token = testToken('f');
    sim::SimOptions options;
    options.projects = {sim::SimProjectSpec(token, 3, 4)};
    options.actionMs = 1500;
    sim::SimServer simulator(options);
    QVERIFY(simulator.listen(0));
    ApiClient client;
    client.setEndpoint(simulator.endpoint());
    client.setToken(token);
    ActionWatcher watcher(&client);
    watcher.setTiming({50, 2, 1000});
    QSignalSpy finished(&watcher, &ActionWatcher::finished);

    simulator.failNextAction(0, QStringLiteral("action_failed"), QStringLiteral("the host did not answer"));
    ApiCall *call = client.post(QStringLiteral("/servers/%1/actions/reboot").arg(simulator.serverIds(0).first()), {});
    QSignalSpy done(call, &ApiCall::finished);
    QVERIFY(done.wait(5000));
    watcher.watch(call->json().value(QStringLiteral("action")).toObject().value(QStringLiteral("id")).toInteger());
    // While the action runs, polls come less often.
    QTRY_VERIFY_WITH_TIMEOUT(watcher.currentIntervalMs() >= 400, 1400);
    QVERIFY(finished.wait(10000));
    const ActionState state = finished.first().at(0).value<ActionState>();
    QCOMPARE(state.status, QStringLiteral("error"));
    QCOMPARE(state.error.code, QStringLiteral("action_failed"));
    QCOMPARE(state.error.message, QStringLiteral("the host did not answer"));
}

QTEST_GUILESS_MAIN(TestActionWatcher)
#include "tst_actionwatcher.moc"
