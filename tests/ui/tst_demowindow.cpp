// Opens the demo window (the same wiring as --demo) offscreen and checks the
// simulated servers reach the view, and that F5 keeps selection and scroll.
#include "app/demosession.h"
#include "ui/mainwindow.h"
#include "ui/storageboxes/storageboxfoldersview.h"
#include "ui/resourcedetailsview.h"
#include "core/resources/resourcekind.h"
#include "ui/sidebarmodel.h"
#include "ui/servers/serveractions.h"
#include "core/projects/refreshscheduler.h"
#include "core/projects/projectsession.h"
#include "core/models/modelroles.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/projectsession.h"
#include "ui/resourcetable.h"
#include "core/sim/simserver.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QClipboard>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QAction>
#include <QFile>
#include <QTest>

using namespace hcloud;

namespace {
QSet<qint64> viewIds(QTableView *view)
{
    QSet<qint64> ids;
    for (int i = 0; i < view->model()->rowCount(); ++i)
        ids.insert(view->model()->index(i, 0).data(IdRole).toLongLong());
    return ids;
}

QSet<qint64> toSet(const QVector<qint64> &ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

QString statusText(MainWindow &window)
{
    QStringList parts;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        parts.append(label->text());
    return parts.join(QLatin1Char('|'));
}
} // namespace

class TestDemoWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsDemoServers();
    void refreshKeepsSelectionAndScroll();
    void filterSortAndSwitchProject();
    void autoRefreshPausesWhenHiddenOrMinimised();
    void sshCommandAndTerminal();
    void everyKindInTheSidebar();

private:
    struct Fixture
    {
        DemoSession demo;
        std::unique_ptr<MainWindow> window;
    };
    bool open(Fixture &f);
};

void TestDemoWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QLocale());
}

bool TestDemoWindow::open(Fixture &f)
{
    if (!f.demo.start())
        return false;
    f.window = std::make_unique<MainWindow>(f.demo.workspace());
    f.window->show();
    return QTest::qWaitForWindowExposed(f.window.get());
}

void TestDemoWindow::showsDemoServers()
{
    Fixture f;
    QVERIFY(open(f));
    QTableView *view = f.window->serverTable()->view();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QSet<qint64> expected = toSet(f.demo.simulator()->serverIds(0));
    QVERIFY(expected.size() >= 100);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), expected.size(), 10000);
    QCOMPARE(viewIds(view), expected);
    QTRY_VERIFY(statusText(*f.window).contains(QStringLiteral("%1 servers").arg(expected.size())));
    QVERIFY(statusText(*f.window).contains(QStringLiteral("API budget: ")));
    QVERIFY(!view->model()->index(0, 0).data().toString().isEmpty());
}

void TestDemoWindow::refreshKeepsSelectionAndScroll()
{
    Fixture f;
    QVERIFY(open(f));
    QTableView *view = f.window->serverTable()->view();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 100, 10000);

    const int row = 80;
    view->selectRow(row);
    view->scrollTo(view->model()->index(row, 0), QAbstractItemView::PositionAtTop);
    const qint64 selectedId = view->currentIndex().data(IdRole).toLongLong();
    const int scroll = view->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    // Change the cloud under the window: one server goes, one comes, one is renamed.
    sim::SimServer *simulator = f.demo.simulator();
    const QVector<qint64> ids = simulator->serverIds(0);
    const qint64 other = ids.at(ids.indexOf(selectedId) == 0 ? 1 : 0);
    QVERIFY(simulator->setServerName(0, selectedId, QStringLiteral("zz-renamed")));
    simulator->addServer(0, QStringLiteral("zz-added"));

    QSignalSpy refreshed(f.window->currentSession(), &ProjectSession::refreshed);
    QSignalSpy reset(view->model(), &QAbstractItemModel::modelReset);
    Q_UNUSED(other);
    QTest::keyClick(view, Qt::Key_F5);
    QVERIFY(refreshed.wait(10000));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(view->currentIndex().data(IdRole).toLongLong(), selectedId);
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("zz-renamed"));
    QVERIFY(view->selectionModel()->isRowSelected(view->currentIndex().row(), {}));
    QCOMPARE(view->model()->rowCount(), ids.size() + 1);
    QCOMPARE(view->verticalScrollBar()->value(), scroll);
}

void TestDemoWindow::filterSortAndSwitchProject()
{
    Fixture f;
    QVERIFY(open(f));
    ResourceTable *table = f.window->serverTable();
    QTableView *view = table->view();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 100, 10000);
    const int total = view->model()->rowCount();

    // Typing a name keeps just the matching rows.
    const QString name = view->model()->index(5, 0).data().toString();
    QTest::keyClicks(table->filterEdit(), name);
    QTRY_VERIFY(view->model()->rowCount() >= 1);
    QVERIFY(view->model()->rowCount() < total);
    for (int i = 0; i < view->model()->rowCount(); ++i) {
        bool any = false;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            any = any || view->model()->index(i, c).data().toString().contains(name, Qt::CaseInsensitive);
        QVERIFY(any);
    }
    QVERIFY(statusText(*f.window).contains(QStringLiteral(" of %1 servers").arg(total)));
    table->filterEdit()->clear();
    QCOMPARE(view->model()->rowCount(), total);

    // Sorting by IPv4 is numeric, not textual.
    const int ipColumn = serverKind().columnIndex(QStringLiteral("ipv4"));
    view->sortByColumn(ipColumn, Qt::AscendingOrder);
    for (int i = 1; i < view->model()->rowCount(); ++i) {
        QVERIFY(view->model()->index(i - 1, ipColumn).data(SortRole).toUInt()
                <= view->model()->index(i, ipColumn).data(SortRole).toUInt());
    }

    // Another project shows its own servers.
    f.window->selectProject(1);
    const QSet<qint64> second = toSet(f.demo.simulator()->serverIds(1));
    QTRY_COMPARE_WITH_TIMEOUT(viewIds(view), second, 10000);
    QVERIFY(statusText(*f.window).contains(f.window->currentSession()->project().name));
}

void TestDemoWindow::autoRefreshPausesWhenHiddenOrMinimised()
{
    Fixture f;
    QVERIFY(open(f));
    ProjectSession *session = f.window->currentSession();
    RefreshScheduler *refresh = session->scheduler();
    QVERIFY(refresh->isRunning());
    f.window->setWindowState(Qt::WindowMinimized);
    QTRY_VERIFY(!refresh->isRunning());
    f.window->setWindowState(Qt::WindowNoState);
    QTRY_VERIFY(refresh->isRunning());
    f.window->hide();
    QVERIFY(!refresh->isRunning());
    f.window->show();
    QVERIFY(refresh->isRunning());

    // Running, it spends requests in the background (time runs 50 times faster).
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ProjectSession::State::Ready, 10000);
    QSignalSpy spent(refresh, &RefreshScheduler::requestSent);
    refresh->setTimeScale(50);
    QVERIFY(spent.wait(5000));
}

void TestDemoWindow::sshCommandAndTerminal()
{
    Fixture f;
    QVERIFY(open(f));
    ResourceTable *table = f.window->serverTable();
    QTRY_VERIFY_WITH_TIMEOUT(table->view()->model()->rowCount() > 0, 10000);
    // A server with a public IPv4.
    QString ip;
    for (int r = 0; r < table->view()->model()->rowCount() && ip.isEmpty(); ++r) {
        const QJsonObject s = table->view()->model()->index(r, 0).data(JsonRole).toJsonObject();
        ip = s[QLatin1String("public_net")][QLatin1String("ipv4")][QLatin1String("ip")].toString();
        if (!ip.isEmpty())
            QVERIFY(table->selectId(s.value(QLatin1String("id")).toInteger()));
    }
    QVERIFY(!ip.isEmpty());

    QAction *copy = f.window->serverActions()->action(ServerActions::Id::CopySsh);
    QVERIFY(copy->isEnabled());
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ssh root@%1").arg(ip));

    // "Open terminal" runs $TERMINAL -e ssh root@IP; a script stands in for it.
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("term.sh"));
    const QString out = dir.filePath(QStringLiteral("args"));
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\necho \"$@\" > \"$0.out\"\nmv \"$0.out\" " + out.toLocal8Bit() + "\n");
    }
    QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("TERMINAL", script.toLocal8Bit());
    f.window->serverActions()->action(ServerActions::Id::OpenTerminal)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 10000);
    qunsetenv("TERMINAL");
    QFile args(out);
    QVERIFY(args.open(QIODevice::ReadOnly));
    QCOMPARE(args.readAll().trimmed(), QStringLiteral("-e ssh root@%1").arg(ip).toLatin1());
}

void TestDemoWindow::everyKindInTheSidebar()
{
    Fixture f;
    QVERIFY(open(f));
    SidebarModel *sidebar = f.window->sidebar();
    QAbstractItemModelTester sidebarTester(sidebar, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString project = f.window->currentSession()->project().id;
    // Every kind is listed under the project, with its count once loaded,
    // after the project's "Needs attention".
    const QModelIndex projectItem = sidebar->projectIndex(project);
    QCOMPARE(sidebar->rowCount(projectItem), int(resourceKinds().size()) + 1);
    QCOMPARE(sidebar->index(0, 0, projectItem).data(SidebarModel::KindRole).toString(), SidebarModel::attentionKind());
    const QModelIndex keys = sidebar->kindIndex(project, QStringLiteral("ssh_keys"));
    QVERIFY(keys.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(keys.siblingAtColumn(1).data().toString(), QStringLiteral("2"), 10000);

    // Clicking the kind shows its list through the one generic model.
    f.window->projectList()->setCurrentIndex(keys);
    QCOMPARE(f.window->shownKind(), QStringLiteral("ssh_keys"));
    QTableView *view = f.window->serverTable()->view();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QVERIFY(statusText(*f.window).contains(QStringLiteral("SSH Keys: 2")));
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(f.window->resourceDetails()->text(QStringLiteral("fingerprint")).count(QLatin1Char(':')) == 15);
    // Server actions do not apply to keys.
    QVERIFY(!f.window->serverActions()->action(ServerActions::Id::Reboot)->isEnabled());

    // A Storage Box's folders, in their own tab, read when it is shown.
    QTabWidget *tabs = f.window->detailTabs();
    auto *folders = f.window->findChild<StorageBoxFoldersView *>();
    QVERIFY(folders);
    QVERIFY(!tabs->isTabEnabled(tabs->indexOf(folders)));
    f.window->projectList()->setCurrentIndex(sidebar->kindIndex(project, QStringLiteral("storage_boxes")));
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 10000);
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(tabs->isTabEnabled(tabs->indexOf(folders)));
    tabs->setCurrentWidget(folders);
    QTRY_VERIFY_WITH_TIMEOUT(folders->list()->count() > 0, 10000);

    // Back to servers.
    f.window->projectList()->setCurrentIndex(sidebar->kindIndex(project, QStringLiteral("servers")));
    QVERIFY(!tabs->isTabEnabled(tabs->indexOf(folders)));
    QCOMPARE(f.window->shownKind(), QStringLiteral("servers"));
    QTRY_VERIFY(view->model()->rowCount() > 100);
}

QTEST_MAIN(TestDemoWindow)
#include "tst_demowindow.moc"
