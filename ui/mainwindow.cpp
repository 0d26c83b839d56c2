#include "ui/mainwindow.h"

#include "core/attention/attentionmodel.h"
#include "core/models/modelroles.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/allprojectsmodel.h"
#include "core/projects/costpreloader.h"
#include "core/projects/listcache.h"
#include "core/projects/projectlistmodel.h"
#include "core/projects/settingkeys.h"
#include "core/projects/workspace.h"
#include "core/resources/resourcekind.h"
#include "ui/attention/attentionview.h"
#include "ui/costlabel.h"
#include "ui/layout/windowlayout.h"
#include "ui/notifications/actionnotifications.h"
#include "ui/resources/kindactionmenu.h"
#include "ui/resourcetable.h"
#include "ui/servers/createserverdialog.h"
#include "ui/servers/serveractions.h"
#include "ui/settings/settingsdialog.h"
#include "ui/sidebarmodel.h"
#include "ui/welcome/welcomepage.h"
#include "ui/window/actionmenus.h"
#include "ui/window/backgroundrefresh.h"
#include "ui/window/mainarea.h"
#include "ui/window/palettelauncher.h"
#include "ui/window/sidebartree.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

namespace hcloud {

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_sidebar(new SidebarModel(workspace, this))
    , m_projects(new SidebarTree(m_sidebar, this))
    , m_servers(new ResourceTable(this))
    , m_serverActions(new ServerActions(this))
    , m_tabs(new DetailsTabs(m_servers, this))
    , m_kindActions(new KindActionMenu(this, this))
    , m_commands(new ProjectCommands(this))
    , m_status(new StatusLine(statusBar(), m_servers, this))
    , m_refresh(new BackgroundRefresh(workspace, this))
    , m_costs(new CostPreloader(this))
    , m_palette(new PaletteLauncher(workspace, m_serverActions, this,
                                    [this](const QString &project, const QString &kind, qint64 id) { return openObject(project, kind, id); }))
    , m_welcome(new WelcomePage(this))
    , m_attention(new AttentionModel(workspace, this))
    , m_attentionView(new AttentionView(m_attention, this))
    , m_mainArea(new MainArea(m_status->banner(), m_servers, m_tabs, m_welcome, m_attentionView, this))
    , m_notifications(new ActionNotifications(workspace, this))
{
    setWindowTitle(tr("Hetzner Cloud"));

    m_attention->setBackupLabel(QSettings().value(settings::backupLabel(), QStringLiteral("backup")).toString());
    m_sidebar->setAttention(m_attention);
    connect(m_attentionView, &AttentionView::openRequested, this, &MainWindow::openObject);

    connect(m_servers, &ResourceTable::currentObjectChanged, this, [this](const QJsonObject &server) {
        if (m_showingAll) {
            // A row belongs to a project: actions and activity are that project's.
            const QString projectId = m_servers->view()->currentIndex().data(ProjectRole).toString();
            followSession(projectId.isEmpty() ? nullptr : m_workspace->session(projectId));
        }
        showCurrentObject(server);
    });
    const auto showMessage = [this](const QString &text) { statusBar()->showMessage(text, 10000); };
    connect(m_serverActions, &ServerActions::message, this, showMessage);
    connect(m_serverActions, &ServerActions::createRequested, this, &MainWindow::createServer);
    connect(m_servers, &ResourceTable::labelSelectorChanged, this, &MainWindow::setLabelSelector);
    connect(m_commands, &ProjectCommands::projectChosen, this, &MainWindow::selectProjectId);
    connect(m_commands, &ProjectCommands::problem, m_status, &StatusLine::showProblem);
    connect(m_refresh, &BackgroundRefresh::shareChanged, this, &MainWindow::updateSchedulers);
    connect(m_palette, &PaletteLauncher::message, this, showMessage);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("sidebarSplitter"));
    splitter->addWidget(m_projects);
    splitter->addWidget(m_mainArea);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 930});
    setCentralWidget(splitter);

    buildMenus();

    connect(m_projects->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSidebarItem);
    // The shown project was removed: show another, or none.
    connect(m_sidebar, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_projects->currentIndex().isValid())
            return;
        if (m_workspace->projectModel()->rowCount() > 0)
            selectProject(0);
        else
            showSession(nullptr);
    });
    connect(m_welcome, &WelcomePage::addProjectRequested, newProjectAction(), &QAction::trigger);
    connect(m_welcome, &WelcomePage::importRequested, importCliAction(), &QAction::trigger);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(workspace->projectModel(), signal, this, &MainWindow::updateWelcome);
    connect(workspace->projectModel(), &QAbstractItemModel::modelReset, this, &MainWindow::updateWelcome);
    resize(1180, 720);
    if (workspace->projectModel()->rowCount() > 0)
        selectProject(0);
    updateWelcome();
}

void MainWindow::setLabelSelector(const QString &selector)
{
    if (!m_showingAll) {
        if (m_session)
            m_session->setLabelSelector(selector);
        return;
    }
    for (const Project &p : m_workspace->projects()) {
        if (ProjectSession *session = m_workspace->session(p.id))
            session->setLabelSelector(selector);
    }
}

void MainWindow::updateWelcome()
{
    const bool none = m_workspace->projectModel()->rowCount() == 0;
    const bool wasShown = m_mainArea->isShowingWelcome();
    m_mainArea->showPage(none, m_attentionShown);
    m_welcome->addProjectButton()->setEnabled(newProjectAction()->isEnabled());
    m_welcome->importButton()->setEnabled(importCliAction()->isEnabled());
    if (none && !wasShown && isVisible())
        m_welcome->addProjectButton()->setFocus();
}

void MainWindow::rememberLayout()
{
    if (!m_layout)
        m_layout = new WindowLayout(this, m_servers);
    m_layout->restore();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_projectMenu = menuBar()->addMenu(tr("&Project"));
    m_commands->fillMenu(m_projectMenu);
    m_projectMenu->menuAction()->setVisible(false);

    new ActionMenus(this, m_serverActions, m_kindActions, m_servers);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!keys.contains(QKeySequence(Qt::Key_F5)))
        keys.prepend(QKeySequence(Qt::Key_F5));
    refresh->setShortcuts(keys);
    refresh->setShortcutContext(Qt::WindowShortcut);
    addAction(refresh);
    m_find = view->addAction(tr("&Find or Do…"), m_palette, &PaletteLauncher::open);
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_find->setShortcutContext(Qt::WindowShortcut);
    addAction(m_find);
    m_refresh->addMenu(view);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateSchedulers();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateSchedulers();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateSchedulers();
}

void MainWindow::updateSchedulers()
{
    // The shown project refreshes in the background, or every project
    // while All projects is shown.
    m_refresh->apply(m_session, m_showingAll, m_kind);
}

void MainWindow::selectProject(int row)
{
    const QString id = m_workspace->projectModel()->index(row, 0).data(IdRole).toString();
    m_projects->setCurrentIndex(m_sidebar->projectIndex(id));
}

void MainWindow::selectProjectId(const QString &projectId)
{
    const int row = m_workspace->projectModel()->rowOfKey(projectId);
    if (row >= 0)
        selectProject(row);
}

void MainWindow::setProjectStore(ProjectStore *store, TokenVault *vault)
{
    m_commands->setStore(store, vault);
    m_projectMenu->menuAction()->setVisible(store);
    updateWelcome();
    m_status->setHasStore(store);
}

void MainWindow::createServer()
{
    if (!m_session)
        return;
    auto *dialog = new CreateServerDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ProjectSession> session(m_session);
    connect(dialog, &CreateServerDialog::serverCreated, this, [this, session](qint64 id) {
        if (session == m_session)
            m_servers->selectId(id);
    });
    dialog->open();
}

void MainWindow::refresh()
{
    // F5: what is on screen, listed again at once, and the counts.
    if (m_showingAll && m_all) {
        m_all->refresh();
    } else if (m_session) {
        m_session->refreshKind(m_kind);
        m_session->countUnlisted();
    }
}

void MainWindow::showSidebarItem(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex item = index.siblingAtColumn(0);
    const QString id = item.data(SidebarModel::ProjectIdRole).toString();
    const QString kind = item.data(SidebarModel::KindRole).toString();
    m_attentionShown = kind == SidebarModel::attentionKind();
    updateWelcome();
    if (m_attentionShown)
        showAttention(id == SidebarModel::attentionId() ? QString() : id);
    else if (id == SidebarModel::allProjectsId())
        showAllProjects(kind.isEmpty() ? QStringLiteral("servers") : kind);
    else
        showSession(m_workspace->session(id), kind.isEmpty() ? QStringLiteral("servers") : kind);
}

void MainWindow::showAttention(const QString &projectId)
{
    QString name;
    for (const Project &p : m_workspace->projects()) {
        if (p.id == projectId)
            name = p.name;
    }
    if (!projectId.isEmpty())
        followSession(m_workspace->session(projectId));
    m_attentionView->showProject(projectId, name);
    // The lists it reads: a project seen for the first time loads them now.
    if (ProjectSession *session = projectId.isEmpty() ? nullptr : m_workspace->session(projectId)) {
        if (session->state() == ProjectSession::State::Idle)
            session->refreshAll();
    }
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsChanged, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::applySettings()
{
    const QSettings s;
    m_refresh->reloadSetting();
    m_attention->setBackupLabel(s.value(settings::backupLabel(), QStringLiteral("backup")).toString());
    // The demo's workspace keeps no cache.
    if (ListCache *cache = m_workspace->listCache())
        cache->setEnabled(s.value(settings::cacheEnabled(), true).toBool());
}

bool MainWindow::openObject(const QString &projectId, const QString &kind, qint64 id)
{
    const QModelIndex index = m_sidebar->kindIndex(projectId, kind);
    if (!index.isValid())
        return false;
    m_projects->setCurrentIndex(index);
    const bool found = m_servers->selectId(id);
    m_servers->view()->setFocus();
    return found;
}

void MainWindow::showAllProjects(const QString &kind)
{
    const ResourceKind *described = resourceKindById(kind);
    if (!described)
        return;
    // One kind at a time is followed across the projects.
    if (!m_all || m_all->kind().id != kind) {
        AllProjectsModel *old = m_all;
        m_all = new AllProjectsModel(m_workspace, *described, this);
        if (old)
            old->deleteLater();
    }
    m_showingAll = true;
    m_kind = kind;
    m_tabs->setKind(kind);
    const QModelIndex item = kind == QLatin1String("servers") && m_projects->currentIndex().siblingAtColumn(0) == m_sidebar->allProjectsIndex()
        ? m_sidebar->allProjectsIndex()
        : m_sidebar->kindIndex(SidebarModel::allProjectsId(), kind);
    if (m_projects->currentIndex().siblingAtColumn(0) != item)
        m_projects->setCurrentIndex(item);
    followSession(nullptr);
    int statusColumn = -1;
    for (int i = 0; i < m_all->kind().columns.size(); ++i) {
        if (m_all->kind().columns.at(i).isStatus)
            statusColumn = i + 1;
    }
    m_servers->setModel(m_all, statusColumn);
    QList<ProjectSession *> sessions;
    for (const Project &p : m_workspace->projects()) {
        if (ProjectSession *session = m_workspace->session(p.id))
            sessions.append(session);
    }
    m_status->costLabel()->setSessions(sessions);
    setLabelSelector(m_servers->labelSelector());
    m_all->load();
    // The total cost needs every project's priced lists, not only its servers.
    m_costs->setSessions(sessions);
    updateSchedulers();
    m_status->showAllProjects(m_all);
}

void MainWindow::showSession(ProjectSession *session, const QString &kind)
{
    m_showingAll = false;
    m_kind = kind;
    m_tabs->setKind(kind);
    followSession(session);
    const QList<ProjectSession *> shown = session ? QList<ProjectSession *>{session} : QList<ProjectSession *>();
    m_status->costLabel()->setSessions(shown);
    m_servers->setModel(session ? session->model(kind) : nullptr);
    showCurrentObject(m_servers->currentObject());
    if (session) {
        session->setLabelSelector(m_servers->labelSelector());
        session->listOnce({kind}); // the kind shown first
    }
    // Then what prices it; the sidebar's other kinds are counted, a request each.
    m_costs->setSessions(shown);
    if (session)
        session->countUnlisted();
    updateSchedulers();
    m_status->showKind(kind);
}

void MainWindow::showCurrentObject(const QJsonObject &object)
{
    const bool servers = m_kind == QLatin1String("servers");
    m_serverActions->setServer(servers ? object : QJsonObject());
    m_tabs->showObject(object);
    m_kindActions->setContext(servers ? nullptr : m_session.data(), servers ? QString() : m_kind,
                              servers ? QJsonObject() : object);
}

void MainWindow::followSession(ProjectSession *session)
{
    if (m_session == session)
        return;
    m_session = session;
    m_serverActions->setSession(session);
    m_tabs->setSession(session);
    m_status->setSession(session);
    m_commands->setSession(session);
}

} // namespace hcloud
