// The generic incremental list model: unit-level updates, and refreshes
// against the simulator that insert, remove and change rows.
#include "core/models/modelroles.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/memorytokenvault.h"
#include "core/projects/projectsession.h"
#include "core/resources/resourcekind.h"
#include "core/sim/simserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace hcloud;

namespace {
QJsonObject server(qint64 id, const QString &name, const QString &status = QStringLiteral("running"))
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("created"), QStringLiteral("2026-01-02T03:04:05+00:00")}};
}

QVector<qint64> ids(const ResourceListModel &model)
{
    QVector<qint64> out;
    for (int i = 0; i < model.rowCount(); ++i)
        out.append(model.index(i, 0).data(IdRole).toLongLong());
    return out;
}

const QString kToken = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");
} // namespace

class TestResourceListModel : public QObject
{
    Q_OBJECT
private slots:
    void firstLoadInsertsOnce();
    void removesRunsChangesAndAppends();
    void identicalListChangesNothing();
    void duplicateIdsKeepFirst();
    void sortAndStatusRoles();
    void refreshesAgainstSimulator();
};

void TestResourceListModel::firstLoadInsertsOnce()
{
    ResourceListModel model(serverKind());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(!model.isLoaded());
    model.setResources({server(1, QStringLiteral("a")), server(2, QStringLiteral("b"))});
    QVERIFY(model.isLoaded());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(ids(model), (QVector<qint64>{1, 2}));
}

void TestResourceListModel::removesRunsChangesAndAppends()
{
    ResourceListModel model(serverKind());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<QJsonObject> list;
    for (int i = 1; i <= 10; ++i)
        list.append(server(i, QStringLiteral("s%1").arg(i)));
    model.setResources(list);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Remove 2,3 (one run) and 7 (another); change 5; add 11 and 12.
    QVector<QJsonObject> next;
    for (int i : {1, 4, 5, 6, 8, 9, 10})
        next.append(server(i, QStringLiteral("s%1").arg(i)));
    next[2] = server(5, QStringLiteral("s5"), QStringLiteral("off"));
    next.append(server(11, QStringLiteral("s11")));
    next.append(server(12, QStringLiteral("s12")));
    model.setResources(next);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    QCOMPARE(topLeft.data(IdRole).toLongLong(), 5);
    QCOMPARE(ids(model), (QVector<qint64>{1, 4, 5, 6, 8, 9, 10, 11, 12}));
    const int statusColumn = serverKind().columnIndex(QStringLiteral("status"));
    QCOMPARE(model.index(2, statusColumn).data(StatusRole).toString(), QStringLiteral("off"));
}

void TestResourceListModel::identicalListChangesNothing()
{
    ResourceListModel model(serverKind());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QVector<QJsonObject> list{server(1, QStringLiteral("a")), server(2, QStringLiteral("b"))};
    model.setResources(list);
    QSignalSpy any(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setResources(list);
    QCOMPARE(any.count() + inserted.count() + removed.count(), 0);
}

void TestResourceListModel::duplicateIdsKeepFirst()
{
    ResourceListModel model(serverKind());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResources({server(1, QStringLiteral("first")), server(1, QStringLiteral("again")),
                        server(2, QStringLiteral("b"))});
    QCOMPARE(ids(model), (QVector<qint64>{1, 2}));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("first"));
}

void TestResourceListModel::sortAndStatusRoles()
{
    ResourceListModel model(serverKind());
    QJsonObject s = server(7, QStringLiteral("web"));
    s.insert(QStringLiteral("public_net"),
             QJsonObject{{QStringLiteral("ipv4"), QJsonObject{{QStringLiteral("ip"), QStringLiteral("203.0.113.10")}}}});
    s.insert(QStringLiteral("labels"), QJsonObject{{QStringLiteral("team"), QStringLiteral("b")},
                                                   {QStringLiteral("env"), QStringLiteral("prod")}});
    model.setResources({s});
    const int ip = serverKind().columnIndex(QStringLiteral("ipv4"));
    QCOMPARE(model.index(0, ip).data().toString(), QStringLiteral("203.0.113.10"));
    // Sorts by number: 203.0.113.10 after 203.0.113.9.
    QCOMPARE(model.index(0, ip).data(SortRole).toUInt(), (203u << 24) | (113u << 8) | 10u);
    const int labels = serverKind().columnIndex(QStringLiteral("labels"));
    QCOMPARE(model.index(0, labels).data().toString(), QStringLiteral("env=prod, team=b"));
    const int created = serverKind().columnIndex(QStringLiteral("created"));
    QCOMPARE(model.index(0, created).data(SortRole).toDateTime().toUTC(),
             QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(model.index(0, 0).data(JsonRole).toJsonObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("web"));
}

void TestResourceListModel::refreshesAgainstSimulator()
{
    sim::SimServer simulator({{{kToken, 60, 5}}, 0});
    QVERIFY(simulator.listen(0));
    MemoryTokenVault vault;
    Project project;
    project.id = QStringLiteral("p1");
    project.name = QStringLiteral("Test");
    project.endpoint = simulator.endpoint();
    project.tokens.append({QStringLiteral("t1"), {}, kToken.left(32), TokenPermission::ReadWrite, {}, {}});
    bool stored = false;
    vault.store(QStringLiteral("t1"), kToken, [&](const TokenVault::Result &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);

    ProjectSession session(project, &vault);
    ResourceListModel *model = session.servers();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&session, &ProjectSession::refreshed);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);

    session.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(model->rowCount(), 60);

    QVector<qint64> simIds = simulator.serverIds(0);
    const qint64 gone = simIds.at(10);
    const qint64 renamed = simIds.at(20);
    QVERIFY(simulator.removeServer(0, gone));
    QVERIFY(simulator.setServerName(0, renamed, QStringLiteral("renamed-by-test")));
    const qint64 added = simulator.addServer(0, QStringLiteral("added-by-test"));

    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    session.refresh();
    QVERIFY(refreshed.wait(10000));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model->rowOfKey(gone), -1);
    QVERIFY(model->rowOfKey(added) >= 0);
    QCOMPARE(model->index(model->rowOfKey(renamed), 0).data().toString(), QStringLiteral("renamed-by-test"));

    QVector<qint64> expected = simulator.serverIds(0);
    QVector<qint64> actual = ids(*model);
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestResourceListModel)
#include "tst_resourcelistmodel.moc"
