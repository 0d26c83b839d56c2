// Lists that refer to other objects by id show their names: a volume's
// server, a placement group's members. When a server is renamed, the next
// refresh changes those cells (dataChanged), and ids stand in for servers
// the index does not know.
#include "core/models/resourcelistmodel.h"
#include "core/projects/projectsession.h"
#include "core/resources/nameindex.h"
#include "core/resources/resourcekind.h"
#include "tests/sim/simhttp.h"
#include "tests/support/simsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hcloud;

namespace {
const QString kToken = QStringLiteral("namesNAMESnamesNAMESnamesNAMES01") + QStringLiteral("secretSECRETsecretSECRETsecret01");

QString cell(ResourceListModel *model, int row, const QString &column)
{
    return model->index(row, model->kind().columnIndex(column)).data().toString();
}

int rowWith(ResourceListModel *model, const QString &path, const QJsonValue &value)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (json::at(model->rows().at(row)->object(), path) == value.toVariant())
            return row;
    }
    return -1;
}
} // namespace

class TestNamedReferences : public QObject
{
    Q_OBJECT
private slots:
    void volumesAndGroupsShowServerNames();
    void unknownIdsStandIn();
};

void TestNamedReferences::volumesAndGroupsShowServerNames()
{
    SimSession simulated(kToken, 4);
    simulated.start(false);
    if (QTest::currentTestFailed())
        return;
    SimHttp http(simulated.simulator.endpoint());
    ProjectSession &session = *simulated.session;

    ResourceListModel *volumes = session.model(QStringLiteral("volumes"));
    ResourceListModel *groups = session.model(QStringLiteral("placement_groups"));
    QAbstractItemModelTester volumesTester(volumes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester groupsTester(groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy kinds(&session, &ProjectSession::kindRefreshed);
    session.refreshKind(QStringLiteral("volumes"));
    QVERIFY(kinds.wait(10000));
    const QJsonObject first = http.get(QStringLiteral("/servers?sort=id"), kToken).json[QStringLiteral("servers")][0].toObject();
    const qint64 serverId = first[QStringLiteral("id")].toInteger();
    const int attached = rowWith(volumes, QStringLiteral("server"), serverId);
    QVERIFY(attached >= 0);
    QTRY_COMPARE(cell(volumes, attached, QStringLiteral("server")), first[QStringLiteral("name")].toString());

    session.refreshKind(QStringLiteral("placement_groups"));
    QTRY_COMPARE(groups->rowCount(), 1);
    const QJsonArray members = groups->rows().first()->object().value(QStringLiteral("servers")).toArray();
    QVERIFY(!members.isEmpty());
    QStringList names;
    for (const QJsonValue &id : members)
        names.append(http.get(QStringLiteral("/servers/%1").arg(id.toInteger()), kToken).json[QStringLiteral("server")][QStringLiteral("name")].toString());
    QCOMPARE(groups->index(0, groups->kind().columnIndex(QStringLiteral("servers"))).data(Qt::ToolTipRole).toString(),
             names.join(QStringLiteral(", ")));

    // A rename reaches the volume's cell with the next refresh.
    QCOMPARE(http.send("PUT", QStringLiteral("/servers/%1").arg(serverId), kToken, {{QStringLiteral("name"), QStringLiteral("renamed-db")}}).status, 200);
    QSignalSpy refreshed(&session, &ProjectSession::refreshed);
    QSignalSpy changed(volumes, &QAbstractItemModel::dataChanged);
    session.refresh();
    QVERIFY(refreshed.wait(10000));
    // The volume rows are worked out anew off the GUI thread.
    QTRY_VERIFY(!changed.isEmpty());
    QTRY_COMPARE(cell(volumes, attached, QStringLiteral("server")), QStringLiteral("renamed-db"));
}

void TestNamedReferences::unknownIdsStandIn()
{
    const ResourceColumn &server = volumeKind().columns.at(volumeKind().columnIndex(QStringLiteral("server")));
    const QJsonObject volume{{QStringLiteral("id"), 1}, {QStringLiteral("server"), 42}};
    QCOMPARE(server.display(volume, NameIndex::none()).toString(), QStringLiteral("Server 42"));
    NameIndex index;
    QVERIFY(index.set(QStringLiteral("servers"), {{42, QStringLiteral("db-1")}}));
    QVERIFY(!index.set(QStringLiteral("servers"), {{42, QStringLiteral("db-1")}}));
    // Only the names passed count: the same column, another index.
    QCOMPARE(server.display(volume, index).toString(), QStringLiteral("db-1"));
    const QJsonObject elsewhere{{QStringLiteral("id"), 2}, {QStringLiteral("server"), 7}};
    QCOMPARE(server.display(elsewhere, index).toString(), QStringLiteral("Server 7"));
    QCOMPARE(server.display(volume, NameIndex()).toString(), QStringLiteral("Server 42"));
}

QTEST_GUILESS_MAIN(TestNamedReferences)
#include "tst_namedreferences.moc"
