// What needs attention in the window, against the simulator: an idle volume
// and a server whose label asks for backups appear with their reasons, the
// sidebar counts them per project and in all, Return opens the object, and
// none of it costs a request beyond the lists.
#include "core/attention/attentionmodel.h"
#include "ui/attention/attentionview.h"
#include "ui/mainwindow.h"
#include "core/models/modelroles.h"
#include "tests/support/projectfactory.h"
#include "core/projects/memorytokenvault.h"
#include "core/projects/projectsession.h"
#include "core/projects/settingkeys.h"
#include "core/projects/workspace.h"
#include "ui/resourcetable.h"
#include "ui/sidebarmodel.h"
#include "tests/sim/simhttp.h"
#include "core/sim/simserver.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTableView>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace hcloud;

namespace {
const QString kShop = QStringLiteral("attSHOPattSHOPattSHOPattSHOPatt1") + QStringLiteral("secretSECRETsecretSECRETsecret03");

QStringList column(QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int r = 0; r < model->rowCount(); ++r)
        texts.append(model->index(r, column).data().toString());
    return texts;
}
} // namespace

class TestAttentionView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsCountsAndOpens();
};

void TestAttentionView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QLocale());
    // No background refresh: it may spend a request while the view is
    // checked for spending none.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().setValue(settings::backgroundPercent(), 0);
}

void TestAttentionView::listsCountsAndOpens()
{
    sim::SimServer simulator({{{kShop, 6, 4}}, 0, 0});
    QVERIFY(simulator.listen(0));
    SimHttp http(simulator.endpoint());
    // A volume nobody uses, and a server whose label asks for backups.
    const HttpResult volume = http.send("POST", QStringLiteral("/volumes"), kShop,
                                        {{QStringLiteral("name"), QStringLiteral("forgotten-data")},
                                         {QStringLiteral("size"), 50},
                                         {QStringLiteral("location"), QStringLiteral("fsn1")}});
    QCOMPARE(volume.status, 201);
    const qint64 volumeId = volume.json[QStringLiteral("volume")][QStringLiteral("id")].toInteger();
    const qint64 serverId = simulator.serverIds(0).first();
    QJsonObject server = http.get(QStringLiteral("/servers/%1").arg(serverId), kShop).json[QStringLiteral("server")].toObject();
    QJsonObject labels = server[QStringLiteral("labels")].toObject();
    labels.insert(QStringLiteral("backup"), QStringLiteral("daily"));
    QCOMPARE(http.send("PUT", QStringLiteral("/servers/%1").arg(serverId), kShop, {{QStringLiteral("labels"), labels}}).status, 200);
    if (!server[QStringLiteral("backup_window")].isNull())
        QCOMPARE(http.send("POST", QStringLiteral("/servers/%1/actions/disable_backup").arg(serverId), kShop).status, 201);
    const QString serverName = server[QStringLiteral("name")].toString();

    MemoryTokenVault vault;
    const Project p = testing::projectWithToken(QStringLiteral("shop"), QStringLiteral("Shop"), simulator.endpoint(),
                                                QStringLiteral("shop-token"), kShop);
    QVERIFY(testing::storeToken(vault, p.tokens.first().id, kShop));
    Workspace workspace(&vault);
    workspace.setProjects({p});
    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAbstractItemModelTester sidebarTester(window.sidebar(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester attentionTester(window.attention(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The project's lists load; the counts follow without a request of their own.
    const QModelIndex projectAttention = window.sidebar()->kindIndex(p.id, SidebarModel::attentionKind());
    QVERIFY(projectAttention.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(projectAttention.siblingAtColumn(1).data().toString().toInt() >= 2, 15000);
    QTRY_COMPARE(window.sidebar()->attentionIndex().siblingAtColumn(1).data().toString(),
                 projectAttention.siblingAtColumn(1).data().toString());
    QTRY_VERIFY(window.currentSession()->state() != ProjectSession::State::Loading);
    // Counted, not read off the budget: that refills by the second, and a
    // slow (sanitized) run takes seconds here.
    const int requests = simulator.requestCount();

    // The user opens the project's "Needs attention".
    window.projectList()->setCurrentIndex(projectAttention);
    QVERIFY(window.isShowingAttention());
    QTableView *view = window.attentionView()->view();
    QAbstractItemModel *shown = view->model();
    // Rows arrive list by list: wait for both objects, not for any two rows.
    QTRY_VERIFY(column(shown, int(AttentionModel::Column::Object)).contains(serverName)
                && column(shown, int(AttentionModel::Column::Object)).contains(QStringLiteral("forgotten-data")));
    const QStringList objects = column(shown, int(AttentionModel::Column::Object));
    const QStringList reasons = column(shown, int(AttentionModel::Column::Reason));
    const int volumeRow = objects.indexOf(QStringLiteral("forgotten-data"));
    QVERIFY2(volumeRow >= 0, qPrintable(objects.join(QLatin1Char(','))));
    QVERIFY(reasons.at(volumeRow).contains(QStringLiteral("Not attached")));
    const int serverRow = objects.indexOf(serverName);
    QVERIFY(serverRow >= 0);
    QVERIFY(reasons.at(serverRow).contains(QStringLiteral("asks for backups")));
    // The label key is a setting: another key, and the server is fine.
    window.attention()->setBackupLabel(QStringLiteral("nightly-backup"));
    QTRY_VERIFY(!column(shown, int(AttentionModel::Column::Object)).contains(serverName));
    window.attention()->setBackupLabel(QStringLiteral("backup"));
    QTRY_VERIFY(column(shown, int(AttentionModel::Column::Object)).contains(serverName));
    QCOMPARE(simulator.requestCount(), requests);

    // Return on the volume opens it in the volumes list.
    const int row = column(shown, int(AttentionModel::Column::Object)).indexOf(QStringLiteral("forgotten-data"));
    view->setFocus();
    view->setCurrentIndex(shown->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(window.shownKind(), QStringLiteral("volumes"));
    QVERIFY(!window.isShowingAttention());
    QTRY_COMPARE(window.serverTable()->view()->currentIndex().data(IdRole).toLongLong(), volumeId);

    // All projects' attention lists the same items with their project.
    window.projectList()->setCurrentIndex(window.sidebar()->attentionIndex());
    QVERIFY(window.isShowingAttention());
    QTRY_VERIFY(column(view->model(), int(AttentionModel::Column::Project)).contains(QStringLiteral("Shop")));
}

QTEST_MAIN(TestAttentionView)
#include "tst_attentionview.moc"
