// The demo as a person sees it: a Project menu whose API Tokens show the
// demo's tokens as prefixes with their permissions and Re-enter, and a cloud
// that lives: a seeded transition ends through an action in the Activity tab.
#include "app/demolauncher.h"
#include "app/demosession.h"
#include "ui/mainwindow.h"
#include "ui/activitypanel.h"
#include "core/models/activitymodel.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"
#include "core/projects/projectstore.h"
#include "core/projects/tokenlistmodel.h"
#include "ui/tokens/tokensdialog.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace hcloud;

class TestDemoProduct : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void projectMenuShowsTheDemoTokens();
    void seededTransitionsEndInTheActivity();
};

void TestDemoProduct::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QLocale());
}

void TestDemoProduct::projectMenuShowsTheDemoTokens()
{
    DemoSession demo;
    QVERIFY(demo.start());
    MainWindow window(demo.workspace());
    demo.attach(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.tokensAction()->isEnabled());
    bool menuShown = false;
    for (QAction *a : window.menuBar()->actions())
        menuShown = menuShown || (a->menu() && a->menu()->actions().contains(window.tokensAction()) && a->isVisible());
    QVERIFY(menuShown);

    // Ctrl+Shift+T, as the menu says.
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    TokensDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<TokensDialog *>()) && dialog->isVisible());
    auto *view = dialog->findChild<QTableView *>();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 3);
    QStringList permissions;
    QString lostRow;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QString prefix = view->model()->index(r, int(TokenListModel::Column::Prefix)).data().toString();
        // The prefix only, whole: 32 characters and the ellipsis.
        QCOMPARE(prefix.size(), 33);
        QVERIFY(prefix.endsWith(QChar(0x2026)));
        permissions.append(view->model()->index(r, int(TokenListModel::Column::Permission)).data().toString());
        if (view->model()->index(r, int(TokenListModel::Column::Label)).data().toString() == QLatin1String("Old laptop"))
            lostRow = QString::number(r);
    }
    QVERIFY(permissions.contains(QStringLiteral("Read")));
    QVERIFY(permissions.contains(QStringLiteral("Read & Write")));
    QVERIFY(!lostRow.isEmpty());

    // The token whose secret is missing offers Re-enter once checked.
    QPushButton *reenter = nullptr;
    QPushButton *check = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Re-&enter…"))
            reenter = b;
        if (b->text() == QStringLiteral("Check &now"))
            check = b;
    }
    QVERIFY(reenter && check);
    QTest::mouseClick(check, Qt::LeftButton);
    view->selectRow(lostRow.toInt());
    QTRY_VERIFY_WITH_TIMEOUT(reenter->isEnabled(), 10000);
    dialog->reject();
}

void TestDemoProduct::seededTransitionsEndInTheActivity()
{
    QString error;
    QPointer<MainWindow> window = openDemoWindow(&error); // lively, as the app's
    QVERIFY2(window, qPrintable(error));
    QVERIFY(QTest::qWaitForWindowExposed(window));
    ActivityModel *activity = window->currentSession()->actions()->activity();
    QAbstractItemModelTester tester(activity, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The seeded running actions are listed after the first refresh...
    QTRY_VERIFY_WITH_TIMEOUT(activity->rowCount() > 0, 15000);
    QVERIFY(activity->runningCount() > 0);
    QCOMPARE(window->activityPanel()->view()->model()->rowCount(), activity->rowCount());
    // ...and end, as real ones do.
    QTRY_VERIFY_WITH_TIMEOUT(activity->runningCount() == 0, 30000);
    for (int r = 0; r < activity->rowCount(); ++r)
        QCOMPARE(activity->index(r, int(ActivityModel::Column::Status)).data().toString(), QStringLiteral("Done"));
    window->close();
    QTRY_VERIFY(!window);
}

QTEST_MAIN(TestDemoProduct)
#include "tst_demoproduct.moc"
