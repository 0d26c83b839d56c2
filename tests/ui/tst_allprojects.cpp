// The "All projects" view across two simulated projects: one table with a
// Project column, searchable and sortable; a label selector checked as it
// is typed and applied by the API; every kind, not only servers, and
// changes in one project followed row by row.
#include "ui/costlabel.h"
#include "ui/mainwindow.h"
#include "core/models/modelroles.h"
#include "tests/support/projectfactory.h"
#include "core/projects/memorytokenvault.h"
#include "core/projects/projectsession.h"
#include "core/projects/workspace.h"
#include "core/models/resourcelistmodel.h"
#include "core/resources/resourcekind.h"
#include "ui/resourcetable.h"
#include "ui/sidebarmodel.h"
#include "core/sim/simserver.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace hcloud;

namespace {
const QString kShop = QStringLiteral("allSHOPallSHOPallSHOPallSHOPall1") + QStringLiteral("secretSECRETsecretSECRETsecret01");
const QString kBlog = QStringLiteral("allBLOGallBLOGallBLOGallBLOGall1") + QStringLiteral("secretSECRETsecretSECRETsecret02");
}

class TestAllProjects : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void oneTableForEveryProject();
    void everyKindAndEveryChange();
};

void TestAllProjects::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QLocale());
}

void TestAllProjects::oneTableForEveryProject()
{
    sim::SimServer simulator({{{kShop, 23, 4}, {kBlog, 9, 5}}, 0});
    QVERIFY(simulator.listen(0));
    MemoryTokenVault vault;
    QVector<Project> projects;
    for (const auto &[name, token] : {std::pair{QStringLiteral("Shop"), kShop}, {QStringLiteral("Blog"), kBlog}}) {
        const Project p = testing::projectWithToken(name.toLower(), name, simulator.endpoint(),
                                                    name.toLower() + QStringLiteral("-token"), token);
        QVERIFY(testing::storeToken(vault, p.tokens.first().id, token));
        projects.append(p);
    }
    Workspace workspace(&vault);
    workspace.setProjects(projects);
    MainWindow window(&workspace);
    window.show();
    QAbstractItemModelTester sidebarTester(window.sidebar(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // "All projects" from the sidebar, as a user clicks it.
    window.projectList()->setCurrentIndex(window.sidebar()->allProjectsIndex());
    QVERIFY(window.isShowingAllProjects());
    QTableView *view = window.serverTable()->view();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 32, 10000);
    QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Project"));
    QSet<QString> names;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        names.insert(view->model()->index(r, 0).data().toString());
    QCOMPARE(names, (QSet<QString>{QStringLiteral("Shop"), QStringLiteral("Blog")}));

    // Sorted by project, then searchable.
    view->sortByColumn(0, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Blog"));
    QCOMPARE(view->model()->index(31, 0).data().toString(), QStringLiteral("Shop"));
    QTest::keyClicks(window.serverTable()->filterEdit(), QStringLiteral("Blog"));
    QCOMPARE(view->model()->rowCount(), 9);
    window.serverTable()->filterEdit()->clear();

    // The sidebar counts each project's servers.
    QTRY_COMPARE(window.sidebar()->kindIndex(QStringLiteral("shop"), QStringLiteral("servers")).siblingAtColumn(1).data().toString(),
                 QStringLiteral("23"));

    // The estimated monthly cost of both projects, and each one's share.
    QTRY_VERIFY_WITH_TIMEOUT(window.costLabel()->text().startsWith(QStringLiteral("≈ ")), 10000);
    QTRY_VERIFY(window.costLabel()->toolTip().contains(QStringLiteral("Shop: ")));
    QVERIFY(window.costLabel()->toolTip().contains(QStringLiteral("Blog: ")));
    QVERIFY(window.costLabel()->toolTip().contains(QStringLiteral("Servers (32)")));
    // Not only servers: each project's load balancer and volumes count too.
    QTRY_VERIFY2(window.costLabel()->toolTip().contains(QStringLiteral("Load Balancers (2)")), qPrintable(window.costLabel()->toolTip()));
    QTRY_VERIFY(window.costLabel()->toolTip().contains(QStringLiteral("Volumes (")));
    QTRY_VERIFY(window.costLabel()->toolTip().contains(QStringLiteral("Primary IPs (")));

    // A label selector: wrong syntax is flagged and not sent...
    QLineEdit *selector = window.serverTable()->selectorEdit();
    QTest::keyClicks(selector, QStringLiteral("env in (prod"));
    QVERIFY(selector->toolTip().contains(QStringLiteral("parentheses")));
    QCOMPARE(window.serverTable()->labelSelector(), QString());
    // ...right syntax is applied by the API in every project.
    int expected = 0;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QJsonObject s = view->model()->index(r, 0).data(JsonRole).toJsonObject();
        expected += s[QLatin1String("labels")][QLatin1String("env")].toString() == QLatin1String("prod") ? 1 : 0;
    }
    QVERIFY(expected > 0 && expected < 32);
    QTest::keyClicks(selector, QStringLiteral(")"));
    QTest::keyClick(selector, Qt::Key_Backspace);
    selector->clear();
    QTest::keyClicks(selector, QStringLiteral("env=prod"));
    QTest::keyClick(selector, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), expected, 10000);
    for (const Project &p : projects)
        QCOMPARE(workspace.session(p.id)->labelSelector(), QStringLiteral("env=prod"));
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QJsonObject s = view->model()->index(r, 0).data(JsonRole).toJsonObject();
        QCOMPARE(s[QLatin1String("labels")][QLatin1String("env")].toString(), QStringLiteral("prod"));
    }
}

namespace {
QVector<Project> twoProjects(const QUrl &endpoint, MemoryTokenVault *vault)
{
    QVector<Project> projects;
    for (const auto &[name, token] : {std::pair{QStringLiteral("Shop"), kShop}, {QStringLiteral("Blog"), kBlog}}) {
        const Project p = testing::projectWithToken(name.toLower(), name, endpoint,
                                                    name.toLower() + QStringLiteral("-token"), token);
        vault->store(p.tokens.first().id, token, [](const TokenVault::Result &) {});
        projects.append(p);
    }
    return projects;
}

QSet<QString> projectsShown(const QAbstractItemModel *model)
{
    QSet<QString> names;
    for (int r = 0; r < model->rowCount(); ++r)
        names.insert(model->index(r, 0).data().toString());
    return names;
}
} // namespace

void TestAllProjects::everyKindAndEveryChange()
{
    sim::SimServer simulator({{{kShop, 23, 4}, {kBlog, 9, 5}}, 0});
    QVERIFY(simulator.listen(0));
    MemoryTokenVault vault;
    QVector<Project> projects = twoProjects(simulator.endpoint(), &vault);
    Workspace workspace(&vault);
    workspace.setProjects(projects);
    MainWindow window(&workspace);
    window.show();
    SidebarModel *sidebar = window.sidebar();
    QAbstractItemModelTester sidebarTester(sidebar, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // All projects › Volumes, as a user clicks it: both projects' volumes.
    const QModelIndex volumesItem = sidebar->kindIndex(SidebarModel::allProjectsId(), QStringLiteral("volumes"));
    QVERIFY(volumesItem.isValid());
    window.projectList()->setCurrentIndex(volumesItem);
    QVERIFY(window.isShowingAllProjects());
    QCOMPARE(window.shownKind(), QStringLiteral("volumes"));
    QTableView *view = window.serverTable()->view();
    QAbstractItemModelTester volumesTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto loaded = [&](const char *kind) {
        const ResourceListModel *shop = workspace.session(QStringLiteral("shop"))->existingModel(QLatin1String(kind));
        const ResourceListModel *blog = workspace.session(QStringLiteral("blog"))->existingModel(QLatin1String(kind));
        return shop && blog && shop->isLoaded() && blog->isLoaded() && !shop->isListing() && !blog->isListing();
    };
    QTRY_VERIFY_WITH_TIMEOUT(loaded("volumes"), 10000);
    const int volumes = workspace.session(QStringLiteral("shop"))->existingModel(QStringLiteral("volumes"))->rowCount()
        + workspace.session(QStringLiteral("blog"))->existingModel(QStringLiteral("volumes"))->rowCount();
    QVERIFY(volumes > 0);
    QTRY_COMPARE(view->model()->rowCount(), volumes);
    QCOMPARE(view->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Project"));
    QCOMPARE(view->model()->headerData(1, Qt::Horizontal).toString(),
             resourceKindById(QStringLiteral("volumes"))->columns.first().title);
    QCOMPARE(projectsShown(view->model()), (QSet<QString>{QStringLiteral("Shop"), QStringLiteral("Blog")}));
    // The sidebar sums the kind over the projects.
    QTRY_COMPARE(volumesItem.siblingAtColumn(1).data().toString(), QString::number(volumes));
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *l) {
        return l->text() == QStringLiteral("Volumes: %1").arg(volumes);
    }));

    // Back to servers: a change in one project arrives row by row.
    window.projectList()->setCurrentIndex(sidebar->kindIndex(SidebarModel::allProjectsId(), QStringLiteral("servers")));
    QCOMPARE(window.shownKind(), QStringLiteral("servers"));
    QAbstractItemModelTester serversTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 32, 10000);
    int resets = 0;
    connect(view->model(), &QAbstractItemModel::modelReset, this, [&] { ++resets; });
    const qint64 added = simulator.addServer(1, QStringLiteral("blog-new"));
    const qint64 removed = simulator.serverIds(0).first();
    QVERIFY(simulator.removeServer(0, removed));
    QVERIFY(simulator.setServerName(1, simulator.serverIds(1).first(), QStringLiteral("blog-renamed")));
    window.refresh();
    auto rowOf = [&](qint64 id, const QString &project) {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            if (i.data(IdRole).toLongLong() == id && i.data().toString() == project)
                return r;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(added, QStringLiteral("Blog")) >= 0, 10000);
    QTRY_COMPARE(rowOf(removed, QStringLiteral("Shop")), -1);
    QCOMPARE(view->model()->rowCount(), 32);
    QTRY_VERIFY(!view->model()->match(view->model()->index(0, 1), Qt::DisplayRole, QStringLiteral("blog-renamed")).isEmpty());

    // A renamed project is renamed in its rows.
    projects[0].name = QStringLiteral("Shop EU");
    workspace.setProjects(projects);
    QTRY_COMPARE(projectsShown(view->model()), (QSet<QString>{QStringLiteral("Shop EU"), QStringLiteral("Blog")}));
    // A removed project takes its rows along.
    workspace.setProjects({projects[1]});
    QTRY_COMPARE(projectsShown(view->model()), QSet<QString>{QStringLiteral("Blog")});
    QCOMPARE(view->model()->rowCount(), 10);
    QCOMPARE(resets, 0);
}

QTEST_MAIN(TestAllProjects)
#include "tst_allprojects.moc"
