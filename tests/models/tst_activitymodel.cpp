// The activity list: actions added, their progress and ends, refusals with
// the API's error, and the cap that keeps running entries.
#include "core/models/activitymodel.h"
#include "core/models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hcloud;

namespace {
ActionState action(qint64 id, const QString &status, int progress)
{
    ActionState a;
    a.id = id;
    a.command = QStringLiteral("reboot_server");
    a.status = status;
    a.progress = progress;
    a.started = QDateTime::currentDateTimeUtc();
    if (status != QLatin1String("running"))
        a.finished = a.started;
    return a;
}
} // namespace

class TestActivityModel : public QObject
{
    Q_OBJECT
private slots:
    void lifecycle();
    void refusal();
    void capKeepsRunning();
};

void TestActivityModel::lifecycle()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addAction(action(7, QStringLiteral("running"), 0), QStringLiteral("Reboot “web-1”"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.runningCount(), 1);
    const QModelIndex status = model.index(0, int(ActivityModel::Column::Status));
    QCOMPARE(status.data().toString(), QStringLiteral("Running, 0 %"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ActionState progressed = action(7, QStringLiteral("running"), 40);
    progressed.command.clear(); // a poll answer without it keeps the old one
    model.updateAction(progressed);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(status.data().toString(), QStringLiteral("Running, 40 %"));
    QCOMPARE(model.find(7)->action.command, QStringLiteral("reboot_server"));

    ActionState failed = action(7, QStringLiteral("error"), 100);
    failed.error.kind = ApiError::Kind::Api;
    failed.error.code = QStringLiteral("action_failed");
    failed.error.message = QStringLiteral("Action failed");
    model.updateAction(failed);
    QCOMPARE(model.runningCount(), 0);
    QCOMPARE(status.data().toString(), QStringLiteral("Failed: Action failed (action_failed)"));
    QCOMPARE(status.data(StatusRole).toString(), QStringLiteral("error"));
    QVERIFY(!model.index(0, int(ActivityModel::Column::Finished)).data().toString().isEmpty());

    // Unknown ids change nothing.
    model.updateAction(action(99, QStringLiteral("success"), 100));
    QCOMPARE(model.rowCount(), 1);
}

void TestActivityModel::refusal()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ApiError locked;
    locked.kind = ApiError::Kind::Api;
    locked.code = QStringLiteral("locked");
    locked.message = QStringLiteral("server is locked");
    model.addRefusal(QStringLiteral("Reboot “a”"), locked);
    model.addRefusal(QStringLiteral("Reboot “b”"), locked);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0, 0).data(IdRole).toLongLong() < 0);
    QVERIFY(model.index(0, 0).data(IdRole) != model.index(1, 0).data(IdRole));
    QVERIFY(model.index(1, int(ActivityModel::Column::Status)).data().toString().contains(QStringLiteral("locked")));
}

void TestActivityModel::capKeepsRunning()
{
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addAction(action(1, QStringLiteral("running"), 10), QStringLiteral("long"));
    for (int i = 2; i <= ActivityModel::kMaxRows + 20; ++i)
        model.addAction(action(i, QStringLiteral("success"), 100), QStringLiteral("done"));
    QCOMPARE(model.rowCount(), ActivityModel::kMaxRows);
    QVERIFY(model.find(1));          // running: kept
    QVERIFY(!model.find(2));         // oldest finished: gone
    QVERIFY(model.find(ActivityModel::kMaxRows + 20));
}

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
