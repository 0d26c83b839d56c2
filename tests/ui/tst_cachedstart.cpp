// The window and the list cache, driven like a user: a reopened window shows
// the last rows at once with their age while the API is slow, then the
// API's; Settings switches the cache off; Project › Remove Project… takes the
// project's cache along; the demo never reads or writes the user's cache.
#include "app/demosession.h"
#include "ui/mainwindow.h"
#include "core/models/modelroles.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/listcache.h"
#include "core/projects/memorytokenvault.h"
#include "core/projects/projectsession.h"
#include "core/projects/projectstore.h"
#include "core/projects/settingkeys.h"
#include "core/projects/workspace.h"
#include "ui/resourcetable.h"
#include "ui/settings/settingsdialog.h"
#include "core/sim/simserver.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hcloud;

namespace {

const QString kToken = QStringLiteral("startSTARTstartSTARTstartSTART01") + QStringLiteral("hiddenHIDDENhiddenHIDDENhidden77");

QString statusText(MainWindow &window)
{
    QStringList parts;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        parts.append(label->text());
    return parts.join(QLatin1Char('|'));
}

// The cache wrote that kind's file (a list still running when the window
// closes is not kept).
bool wasSaved(const QSignalSpy &saved, const QString &kind)
{
    for (const QList<QVariant> &args : saved) {
        if (args.at(1).toString() == kind && args.at(2).toBool())
            return true;
    }
    return false;
}

int shownRows(MainWindow &window)
{
    QAbstractItemModel *model = window.serverTable()->view()->model();
    return model ? model->rowCount() : 0;
}

} // namespace

class TestCachedStart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void reopenedWindowShowsCachedRowsWithTheirAge();
    void settingsSwitchTheCacheOff();
    void removeProjectTakesItsCache();
    void demoNeverTouchesTheUsersCache();

private:
    // The app's wiring: store -> workspace, one cache, the window on both.
    struct App
    {
        App(const QString &projectFile, ListCache *cache, TokenVault *vault)
            : store(projectFile)
            , workspace(vault)
        {
            workspace.setListCache(cache);
            QObject::connect(&store, &ProjectStore::projectsChanged, &workspace,
                             [this] { workspace.setProjects(store.projects()); });
            store.load();
            workspace.setProjects(store.projects());
        }
        ProjectStore store;
        Workspace workspace;
    };
    // Adds the simulated project with its token once; its id.
    QString addProject(ProjectStore &store);
    std::unique_ptr<MainWindow> openWindow(App &app);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<ListCache> m_cache;
    MemoryTokenVault m_vault;
};

void TestCachedStart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCachedStart::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_sim = std::make_unique<sim::SimServer>(sim::SimOptions{{{kToken, 25, 9}}, 0});
    QVERIFY(m_sim->listen(0));
    m_cache = std::make_unique<ListCache>(m_dir->filePath(QStringLiteral("lists")));
}

void TestCachedStart::cleanup()
{
    m_cache.reset();
    m_sim.reset();
    m_dir.reset();
}

QString TestCachedStart::addProject(ProjectStore &store)
{
    const QString id = store.addProject(QStringLiteral("Shop"), m_sim->endpoint());
    TokenRecord record;
    record.prefix = kToken.left(32);
    record.permission = TokenPermission::Read;
    const QString tokenId = store.addToken(id, record);
    m_vault.store(tokenId, kToken, [](const TokenVault::Result &) {});
    return id;
}

std::unique_ptr<MainWindow> TestCachedStart::openWindow(App &app)
{
    auto window = std::make_unique<MainWindow>(&app.workspace);
    window->setProjectStore(&app.store, &m_vault);
    window->show();
    window->selectProject(0);
    return window;
}

void TestCachedStart::reopenedWindowShowsCachedRowsWithTheirAge()
{
    const QString file = m_dir->filePath(QStringLiteral("projects.json"));
    {
        App app(file, m_cache.get(), &m_vault);
        addProject(app.store);
        QSignalSpy saved(m_cache.get(), &ListCache::saved);
        auto window = openWindow(app);
        QTRY_COMPARE_WITH_TIMEOUT(shownRows(*window), 25, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(wasSaved(saved, QStringLiteral("servers")), 10000);
        QVERIFY(!statusText(*window).contains(QStringLiteral("Showing the list from")));
    }
    // The next start: the API is slow now.
    m_sim->setLatencyMs(6000);
    App app(file, m_cache.get(), &m_vault);
    auto window = openWindow(app);
    ProjectSession *session = window->currentSession();
    QVERIFY(session);
    QTRY_COMPARE_WITH_TIMEOUT(shownRows(*window), 25, 10000);
    QCOMPARE(session->state(), ProjectSession::State::Loading);
    QVERIFY(session->showsCachedRows(QStringLiteral("servers")));
    const QString status = statusText(*window);
    QVERIFY2(status.contains(QStringLiteral("Showing the list from less than a minute ago; refreshing…")), qPrintable(status));
    // Then the API's rows, and the note goes.
    QTRY_VERIFY_WITH_TIMEOUT(!session->showsCachedRows(QStringLiteral("servers")), 15000);
    QTRY_VERIFY(!statusText(*window).contains(QStringLiteral("Showing the list from")));
    QCOMPARE(shownRows(*window), 25);
}

void TestCachedStart::settingsSwitchTheCacheOff()
{
    App app(m_dir->filePath(QStringLiteral("projects.json")), m_cache.get(), &m_vault);
    addProject(app.store);
    QSignalSpy saved(m_cache.get(), &ListCache::saved);
    auto window = openWindow(app);
    QTRY_VERIFY_WITH_TIMEOUT(wasSaved(saved, QStringLiteral("servers")), 10000);
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("lists"))));

    QSignalSpy cleared(m_cache.get(), &ListCache::cleared);
    window->settingsAction()->trigger();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<SettingsDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->cacheBox()->isChecked());
    dialog->cacheBox()->setFocus();
    QTest::keyClick(dialog->cacheBox(), Qt::Key_Space);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(cleared.wait(10000));
    const int savedBefore = int(saved.size());
    QVERIFY(!m_cache->isEnabled());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("lists"))));
    // F5 lists again and keeps nothing.
    QSignalSpy refreshed(window->currentSession(), &ProjectSession::refreshed);
    // View › Refresh (F5).
    QAction *refresh = nullptr;
    for (QAction *a : window->actions()) {
        if (a->shortcuts().contains(QKeySequence(Qt::Key_F5)))
            refresh = a;
    }
    QVERIFY(refresh);
    refresh->trigger();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(int(saved.size()), savedBefore);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("lists"))));
}

void TestCachedStart::removeProjectTakesItsCache()
{
    App app(m_dir->filePath(QStringLiteral("projects.json")), m_cache.get(), &m_vault);
    const QString id = addProject(app.store);
    QSignalSpy saved(m_cache.get(), &ListCache::saved);
    auto window = openWindow(app);
    QTRY_VERIFY_WITH_TIMEOUT(wasSaved(saved, QStringLiteral("servers")), 10000);
    const QString folder = QFileInfo(m_cache->filePath(id, QStringLiteral("servers"))).path();
    QVERIFY(QFileInfo::exists(folder));

    QSignalSpy removed(m_cache.get(), &ListCache::projectRemoved);
    window->removeProjectAction()->trigger();
    auto *box = window->findChild<QMessageBox *>();
    QVERIFY(box && box->isVisible());
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            remove = b;
    }
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().first().toString(), id);
    QVERIFY(!QFileInfo::exists(folder));
}

void TestCachedStart::demoNeverTouchesTheUsersCache()
{
    // The user's cache folder, with a file the demo must not read or remove.
    const QString users = ListCache::defaultDirectory();
    QVERIFY(users.contains(QStringLiteral(".qttest"))); // test mode: not the real one
    QDir(users).removeRecursively();
    QVERIFY(QDir().mkpath(users + QStringLiteral("/someone")));
    QFile mine(users + QStringLiteral("/someone/servers.json"));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("mine");
    mine.close();

    DemoSession demo;
    QVERIFY(demo.start());
    QVERIFY(!demo.workspace()->listCache());
    MainWindow window(demo.workspace());
    demo.attach(&window);
    window.show();
    window.selectProject(0);
    QTRY_VERIFY_WITH_TIMEOUT(shownRows(window) > 0, 10000);
    ProjectSession *session = window.currentSession();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ProjectSession::State::Ready, 10000);
    QVERIFY(!session->showsCachedRows(QStringLiteral("servers")));
    // Settings applied in the demo window touch no cache either.
    window.settingsAction()->trigger();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
    dialog->cacheBox()->setChecked(false);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<SettingsDialog *>());
    QCOMPARE(QDir(users).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("someone")});
    QCOMPARE(QDir(users + QStringLiteral("/someone")).entryList(QDir::Files), QStringList{QStringLiteral("servers.json")});
    QDir(users).removeRecursively();
}

QTEST_MAIN(TestCachedStart)
#include "tst_cachedstart.moc"
