// First run as a new user has it: the welcome page with its three ways in,
// dialogs that show what they hold, token prefixes whole, and a window that
// looks as it did when it was closed.
#include "app/demolauncher.h"
#include "app/demosession.h"
#include "app/desktopsession.h"
#include "ui/layout/windowlayout.h"
#include "ui/mainwindow.h"
#include "core/projects/memorytokenvault.h"
#include "ui/projects/projectdialog.h"
#include "core/projects/projectstore.h"
#include "core/projects/tokenlistmodel.h"
#include "core/projects/workspace.h"
#include "core/projects/projectlistmodel.h"
#include "ui/resourcetable.h"
#include "ui/sidebarmodel.h"
#include "ui/tokens/addtokendialog.h"
#include "ui/tokens/tokensdialog.h"
#include "ui/translations.h"
#include "ui/welcome/welcomepage.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QAbstractProxyModel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace hcloud;

namespace {
QString allText(QWidget *widget)
{
    QStringList texts;
    for (QLabel *label : widget->findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(QLatin1Char('\n'));
}

template<typename T>
T *openDialog(QWidget *parent)
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] { return (found = parent->findChild<T *>()) && found->isVisible(); }, 5000);
    return found && found->isVisible() ? found : nullptr;
}

// The line edit shows its whole text.
bool showsWhole(QLineEdit *edit)
{
    const int room = edit->contentsRect().width() - 2 * edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) - 4;
    return room >= edit->fontMetrics().horizontalAdvance(edit->text());
}
} // namespace

class TestWelcomePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void welcomeLeadsToANewProject();
    void welcomeOpensTheDemo();
    void tableGetsMostOfTheHeight();
    void layoutIsRemembered();
    void tokenPrefixesShowWhole();

private:
    QTemporaryDir m_dir;
};

void TestWelcomePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QLocale());
    QVERIFY(m_dir.isValid());
}

void TestWelcomePage::init()
{
    QSettings().clear();
}

void TestWelcomePage::welcomeLeadsToANewProject()
{
    DesktopSession session(m_dir.filePath(QStringLiteral("welcome.json")));
    session.start();
    MainWindow window(session.workspace());
    window.setProjectStore(session.store(), session.vault());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    WelcomePage *welcome = window.welcomePage();
    QVERIFY(welcome->isVisible());
    QVERIFY(!window.serverTable()->isVisible());
    const QString text = allText(welcome);
    QVERIFY2(text.contains(QStringLiteral("Hetzner Console › your project › Security › API tokens")), qPrintable(text));
    QVERIFY(welcome->importButton()->isEnabled());
    QVERIFY(welcome->demoButton()->isVisible());

    QTest::mouseClick(welcome->addProjectButton(), Qt::LeftButton);
    auto *dialog = openDialog<ProjectDialog>(&window);
    QVERIFY(dialog);
    // New Project shows the whole endpoint.
    QLineEdit *endpointEdit = nullptr;
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->text().startsWith(QLatin1String("https://")))
            endpointEdit = edit;
    }
    QVERIFY(endpointEdit);
    QVERIFY2(showsWhole(endpointEdit), qPrintable(QString::number(endpointEdit->width())));
    QLineEdit *name = nullptr;
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->text().isEmpty())
            name = edit;
    }
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("Shop"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(session.store()->projects().size(), 1);
    // The project is there: the lists replace the welcome page, and the token is asked for.
    QTRY_VERIFY(!welcome->isVisible());
    QVERIFY(window.serverTable()->isVisible());
    auto *token = openDialog<AddTokenDialog>(&window);
    QVERIFY(token);
    token->reject();
}

void TestWelcomePage::welcomeOpensTheDemo()
{
    DesktopSession session(m_dir.filePath(QStringLiteral("demo.json")));
    session.start();
    MainWindow window(session.workspace());
    window.setProjectStore(session.store(), session.vault());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy demo(&window, &MainWindow::demoRequested);
    window.welcomePage()->demoButton()->setFocus();
    QTest::keyClick(window.welcomePage()->demoButton(), Qt::Key_Space);
    QCOMPARE(demo.count(), 1);

    // What main() does with it: a demo window beside this one.
    QString error;
    QPointer<MainWindow> demoWindow = openDemoWindow(&error);
    QVERIFY2(demoWindow, qPrintable(error));
    QVERIFY(QTest::qWaitForWindowExposed(demoWindow));
    QVERIFY(demoWindow->workspace()->projectModel()->rowCount() >= 3);
    QVERIFY(!demoWindow->welcomePage()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(demoWindow->serverTable()->view()->model()->rowCount() > 0, 10000);
    demoWindow->close();
    QTRY_VERIFY(!demoWindow);
}

void TestWelcomePage::tableGetsMostOfTheHeight()
{
    DemoSession demo;
    QVERIFY(demo.start());
    MainWindow window(demo.workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int table = window.serverTable()->height();
    const int details = window.detailTabs()->height();
    QVERIFY2(table > 2 * details, qPrintable(QStringLiteral("table %1, details %2").arg(table).arg(details)));
}

void TestWelcomePage::layoutIsRemembered()
{
    QList<int> sizes;
    QByteArray geometry;
    {
        DemoSession demo;
        QVERIFY(demo.start());
        MainWindow window(demo.workspace());
        window.rememberLayout();
        window.resize(1000, 650);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.serverTable()->view();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 10000);
        auto *details = window.findChild<QSplitter *>(QStringLiteral("detailsSplitter"));
        QVERIFY(details);
        details->setSizes({300, 300});
        sizes = details->sizes();
        view->horizontalHeader()->resizeSection(0, 333);
        // Sorted by the second column, descending, as a user clicks twice.
        QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(view->horizontalHeader()->sectionViewportPosition(1) + 5, 5));
        view->horizontalHeader()->setSortIndicator(1, Qt::DescendingOrder);
        // Another kind has widths of its own.
        window.projectList()->setCurrentIndex(
            window.sidebar()->kindIndex(window.currentSession()->project().id, QStringLiteral("volumes")));
        QCOMPARE(window.shownKind(), QStringLiteral("volumes"));
        view->horizontalHeader()->resizeSection(0, 222);
        geometry = window.saveGeometry();
        window.close();
    }
    DemoSession demo;
    QVERIFY(demo.start());
    MainWindow window(demo.workspace());
    window.rememberLayout();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1000, 650));
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("detailsSplitter"))->sizes(), sizes);
    QHeaderView *header = window.serverTable()->view()->horizontalHeader();
    QTRY_VERIFY_WITH_TIMEOUT(window.serverTable()->view()->model()->rowCount() > 0, 10000);
    QCOMPARE(header->sectionSize(0), 333);
    QCOMPARE(header->sortIndicatorSection(), 1);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // The rows follow the restored sort, not only the arrow.
    // Under the status icons sits the sorting.
    auto *icons = qobject_cast<QAbstractProxyModel *>(window.serverTable()->view()->model());
    QVERIFY(icons);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(icons->sourceModel());
    QVERIFY(proxy);
    QCOMPARE(proxy->sortColumn(), 1);
    QCOMPARE(proxy->sortOrder(), Qt::DescendingOrder);
    window.projectList()->setCurrentIndex(
        window.sidebar()->kindIndex(window.currentSession()->project().id, QStringLiteral("volumes")));
    QCOMPARE(header->sectionSize(0), 222);
}

void TestWelcomePage::tokenPrefixesShowWhole()
{
    ProjectStore store(m_dir.filePath(QStringLiteral("tokens.json")));
    MemoryTokenVault vault;
    const QString projectId = store.addProject(QStringLiteral("Shop"));
    TokenRecord record;
    record.label = QStringLiteral("A rather long label for the deploy robot of the shop");
    record.prefix = QStringLiteral("WWWWWWWWWWWWWWWWMMMMMMMMMMMMMMMM");
    record.permission = TokenPermission::ReadWrite;
    QVERIFY(!store.addToken(projectId, record).isEmpty());
    TokensDialog dialog(&store, &vault, projectId);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *view = dialog.findChild<QTableView *>();
    const int column = int(TokenListModel::Column::Prefix);
    const QModelIndex prefix = view->model()->index(0, column);
    const QString shown = prefix.data().toString();
    QVERIFY(shown.startsWith(record.prefix));
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QVERIFY2(view->columnWidth(column) >= fixed.horizontalAdvance(shown),
             qPrintable(QStringLiteral("%1 < %2").arg(view->columnWidth(column)).arg(fixed.horizontalAdvance(shown))));
    // And the column is in view, not scrolled off to the right.
    QVERIFY(view->columnViewportPosition(column) + view->columnWidth(column) <= view->viewport()->width());
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
