// Sorting a resource list by ranks worked out once per sort: the same order
// as comparing keys, for every column of the simulator's servers, in both
// directions; and still right after rows change, are added and removed.
#include "core/models/resourcelistmodel.h"
#include "core/models/resourcesortproxy.h"
#include "core/projects/memorytokenvault.h"
#include "core/projects/projectsession.h"
#include "core/resources/resourcekind.h"
#include "core/sim/simserver.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace hcloud;

namespace {
const QString kToken = QStringLiteral("sortSORTsortSORTsortSORTsortSORTsecretSECRETsecretSECRETsecret00");

// Every neighbouring pair in the order compareKeys gives, ties by source row.
void verifyOrdered(const ResourceSortProxy &proxy, const ResourceListModel &list, int column, Qt::SortOrder order)
{
    for (int r = 1; r < proxy.rowCount(); ++r) {
        const int a = proxy.mapToSource(proxy.index(r - 1, column)).row();
        const int b = proxy.mapToSource(proxy.index(r, column)).row();
        int c = ResourceSortProxy::compareKeys(list.sortKeyAt(a, column), list.sortKeyAt(b, column));
        if (c == 0)
            c = a < b ? -1 : 1;
        if (order == Qt::DescendingOrder)
            c = -c;
        QVERIFY2(c < 0, qPrintable(QStringLiteral("column %1, rows %2 and %3: %4 / %5")
                                       .arg(column).arg(r - 1).arg(r)
                                       .arg(list.sortKeyAt(a, column).toString(), list.sortKeyAt(b, column).toString())));
    }
}
} // namespace

class TestResourceSortProxy : public QObject
{
    Q_OBJECT
private slots:
    void ranksSortAsKeysDo();
};

void TestResourceSortProxy::ranksSortAsKeysDo()
{
    sim::SimServer simulator({{{kToken, 400, 1}}, 0});
    QVERIFY(simulator.listen(0));
    Project project;
    project.id = QStringLiteral("p");
    project.name = QStringLiteral("P");
    project.endpoint = simulator.endpoint();
    project.tokens.append({QStringLiteral("t"), QString(), kToken.left(32), TokenPermission::Unknown, {}, {}, false});
    MemoryTokenVault vault;
    vault.store(QStringLiteral("t"), kToken, [](const TokenVault::Result &) {});
    ProjectSession session(project, &vault);
    ResourceListModel *list = session.servers();
    // Names differ in case too, so folding matters.
    const QVector<qint64> ids = simulator.serverIds(0);
    QVERIFY(simulator.setServerName(0, ids.at(3), QStringLiteral("Web-Upper")));
    QVERIFY(simulator.setServerName(0, ids.at(4), QStringLiteral("web-upper")));
    session.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(list->rowCount(), 400, 10000);
    QTRY_VERIFY(!list->isListing());

    ResourceSortProxy proxy;
    proxy.setSourceModel(list);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int column = 0; column < list->columnCount(); ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            verifyOrdered(proxy, *list, column, order);
        }
    }

    // Rows change, arrive and go while sorted by name: still in order.
    const int nameColumn = serverKind().columnIndex(QStringLiteral("name"));
    proxy.sort(nameColumn, Qt::AscendingOrder);
    QVERIFY(simulator.setServerName(0, ids.at(10), QStringLiteral("aaa-first")));
    QVERIFY(simulator.removeServer(0, ids.at(11)));
    simulator.addServer(0, QStringLiteral("zzz-last"));
    simulator.addServer(0, QStringLiteral("mmm-middle"));
    QSignalSpy refreshed(&session, &ProjectSession::refreshed);
    session.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(list->rowCount(), 401);
    verifyOrdered(proxy, *list, nameColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, nameColumn).data().toString(), QStringLiteral("aaa-first"));
    QCOMPARE(proxy.index(400, nameColumn).data().toString(), QStringLiteral("zzz-last"));

    // 401 rows at once into a sorted, empty list: one insert, then in order.
    ResourceListModel fresh(serverKind());
    ResourceSortProxy bulk;
    bulk.setSourceModel(&fresh);
    QAbstractItemModelTester bulkTester(&bulk, QAbstractItemModelTester::FailureReportingMode::QtTest);
    bulk.sort(nameColumn, Qt::DescendingOrder);
    QSignalSpy inserts(&bulk, &QAbstractItemModel::rowsInserted);
    fresh.beginListing();
    fresh.addListedRows(list->rows());
    fresh.endListing(true);
    QCOMPARE(bulk.rowCount(), 401);
    QCOMPARE(inserts.count(), 1);
    QVERIFY(bulk.dynamicSortFilter());
    verifyOrdered(bulk, fresh, nameColumn, Qt::DescendingOrder);
    QCOMPARE(bulk.index(0, nameColumn).data().toString(), QStringLiteral("zzz-last"));
    // A few more afterwards land in place, one by one.
    QVERIFY(simulator.setServerName(0, ids.at(12), QStringLiteral("zzzz-very-last")));
    fresh.upsert(QJsonObject{{QStringLiteral("id"), ids.at(12)}, {QStringLiteral("name"), QStringLiteral("zzzz-very-last")}});
    verifyOrdered(bulk, fresh, nameColumn, Qt::DescendingOrder);
    QCOMPARE(bulk.index(0, nameColumn).data().toString(), QStringLiteral("zzzz-very-last"));
}

QTEST_MAIN(TestResourceSortProxy)
#include "tst_resourcesortproxy.moc"
