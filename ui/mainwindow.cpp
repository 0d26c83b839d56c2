#include "ui/mainwindow.h"

#include "core/models/modelroles.h"
#include "core/projects/projectlistmodel.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/costestimate.h"
#include "core/projects/listcache.h"
#include "core/projects/projectsession.h"
#include "core/projects/workspace.h"
#include "ui/projects/projectdialog.h"
#include "ui/projects/cliimportdialog.h"
#include "core/projects/projectstore.h"
#include "core/projects/tokenpurge.h"
#include "ui/activitypanel.h"
#include "ui/costlabel.h"
#include "core/projects/allprojectsmodel.h"
#include "ui/resourcedetailsview.h"
#include "ui/resources/kindactionmenu.h"
#include "core/resources/resourcekind.h"
#include "ui/sidebarmodel.h"
#include "core/projects/refreshscheduler.h"
#include "core/projects/projectactions.h"
#include "ui/ratelimitlabel.h"
#include "core/projects/pricing.h"
#include "ui/servers/createserverdialog.h"
#include "ui/servers/metricspanel.h"
#include "ui/servers/serveractions.h"
#include "ui/storageboxes/storageboxfoldersview.h"
#include "ui/servers/serverdetailsview.h"
#include "ui/tokens/addtokendialog.h"
#include "ui/tokens/tokensdialog.h"
#include "ui/resourcetable.h"
#include "ui/layout/windowlayout.h"
#include "ui/welcome/welcomepage.h"
#include "core/attention/attentionmodel.h"
#include "ui/attention/attentionview.h"
#include "ui/palette/palettedialog.h"
#include "ui/notifications/actionnotifications.h"
#include "core/projects/settingkeys.h"
#include "ui/settings/settingsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QSettings>
#include <QApplication>
#include <QLabel>
#include <QHeaderView>
#include <QTreeView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace hcloud {

namespace {
QScrollArea *scrolled(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

// The tab whose page holds the widget.
int tabOf(const QTabWidget *tabs, const QWidget *widget)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i) == widget || tabs->widget(i)->isAncestorOf(widget))
            return i;
    }
    return -1;
}
} // namespace

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_projects(new QTreeView(this))
    , m_sidebar(new SidebarModel(workspace, this))
    , m_servers(new ResourceTable(this))
    , m_banner(new QLabel(this))
    , m_projectLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_rateLabel(new RateLimitLabel(this))
    , m_costLabel(new CostLabel(this))
    , m_serverActions(new ServerActions(this))
    , m_details(new ServerDetailsView(this))
    , m_otherDetails(new ResourceDetailsView(this))
    , m_detailsStack(new QStackedWidget(this))
    , m_metrics(new MetricsPanel(nullptr, this))
    , m_folders(new StorageBoxFoldersView(this))
    , m_activity(new ActivityPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_kindActions(new KindActionMenu(this, this))
    , m_mainArea(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_attention(new AttentionModel(workspace, this))
    , m_attentionView(new AttentionView(m_attention, this))
    , m_notifications(new ActionNotifications(workspace, this))
{
    setWindowTitle(tr("Hetzner Cloud"));
    m_projects->setModel(m_sidebar);
    m_projects->setAccessibleName(tr("Projects"));
    m_projects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_projects->setHeaderHidden(true);
    m_projects->setUniformRowHeights(true);
    m_projects->header()->setStretchLastSection(false);
    m_projects->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_projects->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_projects->expandAll();
    connect(m_sidebar, &QAbstractItemModel::rowsInserted, m_projects, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid()) {
            for (int r = first; r <= last; ++r)
                m_projects->expand(m_sidebar->index(r, 0));
        }
    });

    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #7a1f1f; border: 1px solid #f5c2bd; padding: 6px; }"));
    m_banner->hide();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_banner);
    topLayout->addWidget(m_servers);
    m_detailsStack->addWidget(m_details);
    m_detailsStack->addWidget(m_otherDetails);
    // Scrolled, so a long form or the graphs cannot take the height from the table.
    m_tabs->addTab(scrolled(m_detailsStack), tr("&Details"));
    m_tabs->addTab(scrolled(m_metrics), tr("&Graphs"));
    m_tabs->addTab(m_activity, tr("A&ctivity"));
    m_tabs->addTab(m_folders, tr("F&olders"));
    // Graphs and folders cost a request each: fetched only while their tab is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateMetrics();
        updateFolders();
    });
    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("detailsSplitter"));
    right->addWidget(top);
    right->addWidget(m_tabs);
    // The table gets most of the height, and what a larger window adds.
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 0);
    right->setSizes({560, 200});
    m_mainArea->addWidget(right);
    m_mainArea->addWidget(m_welcome);
    m_mainArea->addWidget(m_attentionView);
    m_attention->setBackupLabel(QSettings().value(settings::backupLabel(), QStringLiteral("backup")).toString());
    m_sidebar->setAttention(m_attention);
    connect(m_attentionView, &AttentionView::openRequested, this, &MainWindow::openObject);

    m_servers->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_servers->view(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        m_serverActions->fillMenu(menu);
        menu->popup(m_servers->view()->viewport()->mapToGlobal(pos));
    });
    connect(m_servers, &ResourceTable::currentObjectChanged, this, [this](const QJsonObject &server) {
        if (m_showingAll) {
            // A row belongs to a project: actions and activity are that project's.
            const QString projectId = m_servers->view()->currentIndex().data(ProjectRole).toString();
            followSession(projectId.isEmpty() ? nullptr : m_workspace->session(projectId));
        }
        showCurrentObject(server);
    });
    connect(m_serverActions, &ServerActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_serverActions, &ServerActions::createRequested, this, &MainWindow::createServer);
    connect(m_servers, &ResourceTable::labelSelectorChanged, this, [this](const QString &selector) {
        if (!m_showingAll) {
            if (m_session)
                m_session->setLabelSelector(selector);
            return;
        }
        for (const Project &p : m_workspace->projects()) {
            if (ProjectSession *session = m_workspace->session(p.id))
                session->setLabelSelector(selector);
        }
    });

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("sidebarSplitter"));
    splitter->addWidget(m_projects);
    splitter->addWidget(m_mainArea);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 930});
    setCentralWidget(splitter);

    statusBar()->addWidget(m_projectLabel);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_costLabel);
    statusBar()->addPermanentWidget(m_rateLabel);

    buildMenus();

    connect(m_projects->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSidebarItem);
    connect(m_servers, &ResourceTable::visibleCountChanged, this, &MainWindow::updateStatus);
    // The shown project was removed: show another, or none.
    connect(m_sidebar, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_projects->currentIndex().isValid())
            return;
        if (m_workspace->projectModel()->rowCount() > 0)
            selectProject(0);
        else
            showSession(nullptr);
    });
    connect(m_welcome, &WelcomePage::addProjectRequested, m_newProject, &QAction::trigger);
    connect(m_welcome, &WelcomePage::importRequested, m_importCli, &QAction::trigger);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(workspace->projectModel(), signal, this, &MainWindow::updateWelcome);
    connect(workspace->projectModel(), &QAbstractItemModel::modelReset, this, &MainWindow::updateWelcome);
    resize(1180, 720);
    if (workspace->projectModel()->rowCount() > 0)
        selectProject(0);
    updateWelcome();
    updateStatus();
}

void MainWindow::updateWelcome()
{
    const bool none = m_workspace->projectModel()->rowCount() == 0;
    const bool wasShown = m_mainArea->currentWidget() == m_welcome;
    m_mainArea->setCurrentWidget(none ? static_cast<QWidget *>(m_welcome)
                                      : m_attentionShown ? static_cast<QWidget *>(m_attentionView)
                                                         : m_mainArea->widget(0));
    m_welcome->addProjectButton()->setEnabled(m_newProject->isEnabled());
    m_welcome->importButton()->setEnabled(m_importCli->isEnabled());
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
    m_newProject = m_projectMenu->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    m_newProject->setShortcut(QKeySequence::New);
    m_importCli = m_projectMenu->addAction(tr("&Import from hcloud CLI…"), this, &MainWindow::importCli);
    m_projectMenu->addSeparator();
    m_editProject = m_projectMenu->addAction(tr("&Edit Project…"), this, &MainWindow::editProject);
    m_addToken = m_projectMenu->addAction(tr("Add API &Token…"), this, &MainWindow::addToken);
    m_tokens = m_projectMenu->addAction(tr("API T&okens…"), this, &MainWindow::showTokens);
    m_tokens->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_projectMenu->addSeparator();
    m_removeProject = m_projectMenu->addAction(tr("&Remove Project…"), this, &MainWindow::confirmRemoveProject);
    m_projectMenu->menuAction()->setVisible(false);
    for (QAction *a : {m_newProject, m_importCli, m_editProject, m_addToken, m_tokens, m_removeProject}) {
        a->setEnabled(false);
        addAction(a); // shortcuts work while the menu is closed
    }

    QMenu *server = menuBar()->addMenu(tr("&Server"));
    m_serverActions->fillMenu(server);

    QToolBar *tools = addToolBar(tr("Server"));
    tools->setObjectName(QStringLiteral("serverToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->setMovable(false);
    for (ServerActions::Id id : {ServerActions::Id::Create, ServerActions::Id::PowerOn, ServerActions::Id::Shutdown,
                                 ServerActions::Id::Reboot, ServerActions::Id::Rescale,
                                 ServerActions::Id::CreateSnapshot, ServerActions::Id::Delete,
                                 ServerActions::Id::CopySsh})
        tools->addAction(m_serverActions->action(id));

    // The shown kind's own actions (volumes, networks, ...), described once per kind.
    m_kindMenu = menuBar()->addMenu(tr("&Actions"));
    connect(m_kindActions, &KindActionMenu::actionsChanged, this, [this] {
        m_kindMenu->clear();
        m_kindMenu->addActions(m_kindActions->actions());
        m_kindMenu->menuAction()->setVisible(!m_kindActions->actions().isEmpty());
    });
    m_kindMenu->menuAction()->setVisible(false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!keys.contains(QKeySequence(Qt::Key_F5)))
        keys.prepend(QKeySequence(Qt::Key_F5));
    refresh->setShortcuts(keys);
    refresh->setShortcutContext(Qt::WindowShortcut);
    addAction(refresh);
    m_find = view->addAction(tr("&Find or Do…"), this, &MainWindow::openPalette);
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_find->setShortcutContext(Qt::WindowShortcut);
    addAction(m_find);

    // Background refresh: the share of each project's API budget it may
    // spend, kept between runs.
    QMenu *autoMenu = view->addMenu(tr("&Background Refresh"));
    auto *shares = new QActionGroup(this);
    m_intervals = shares;
    m_backgroundPercent = QSettings().value(settings::backgroundPercent(), 10).toInt();
    const QList<QPair<int, QString>> choices = {{0, tr("Off")},
                                                {5, tr("Within 5 % of the API Budget")},
                                                {10, tr("Within 10 % of the API Budget")}};
    for (const auto &[percent, text] : choices) {
        QAction *a = autoMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(percent == m_backgroundPercent);
        a->setData(percent);
        shares->addAction(a);
        connect(a, &QAction::triggered, this, [this, percent = percent] {
            m_backgroundPercent = percent;
            QSettings().setValue(settings::backgroundPercent(), percent);
            updateSchedulers();
        });
    }
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
    // Nobody looks at a hidden or minimised window: spend no budget on it.
    // Otherwise the shown project refreshes in the background, or every
    // project while All projects is shown.
    const bool watched = isVisible() && !isMinimized();
    for (const Project &p : m_workspace->projects()) {
        ProjectSession *session = m_workspace->existingSession(p.id);
        if (!session)
            continue;
        RefreshScheduler *scheduler = session->scheduler();
        scheduler->setShare(m_backgroundPercent / 100.0);
        scheduler->setShownKind(m_kind);
        scheduler->setPaused(!watched || !(m_showingAll || session == m_session));
    }
}

void MainWindow::selectProject(int row)
{
    const QString id = m_workspace->projectModel()->index(row, 0).data(IdRole).toString();
    m_projects->setCurrentIndex(m_sidebar->projectIndex(id));
}

void MainWindow::setProjectStore(ProjectStore *store, TokenVault *vault)
{
    m_store = store;
    m_vault = vault;
    m_projectMenu->menuAction()->setVisible(store);
    m_newProject->setEnabled(store);
    m_importCli->setEnabled(store);
    updateWelcome();
    updateStatus();
}

void MainWindow::newProject()
{
    if (!m_store)
        return;
    auto *dialog = new ProjectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = m_store->addProject(dialog->name(), dialog->endpoint());
        m_store->setHetznerEndpoint(id, dialog->hetznerEndpoint());
        selectProjectId(id);
        // A new project needs a token before it shows anything.
        addToken();
    });
    dialog->open();
}

void MainWindow::addToken()
{
    if (!m_store || !m_vault || !m_session)
        return;
    const QString projectId = m_session->project().id;
    auto *dialog = new AddTokenDialog(m_store, m_vault, projectId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddTokenDialog::tokenSaved, this, [this, projectId] {
        if (m_session && m_session->project().id == projectId)
            m_session->refresh();
    });
    dialog->open();
}

void MainWindow::selectProjectId(const QString &projectId)
{
    const int row = m_workspace->projectModel()->rowOfKey(projectId);
    if (row >= 0)
        selectProject(row);
}

void MainWindow::editProject()
{
    if (!m_store || !m_session || !m_store->project(m_session->project().id))
        return;
    const Project project = *m_store->project(m_session->project().id);
    auto *dialog = new ProjectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProject(project.name, project.endpoint, project.hetznerEndpoint);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = project.id] {
        if (!m_store)
            return;
        m_store->renameProject(id, dialog->name());
        m_store->setEndpoint(id, dialog->endpoint());
        m_store->setHetznerEndpoint(id, dialog->hetznerEndpoint());
    });
    dialog->open();
}

void MainWindow::confirmRemoveProject()
{
    if (!m_store || !m_session || !m_store->project(m_session->project().id))
        return;
    const Project project = *m_store->project(m_session->project().id);
    QStringList tokens;
    for (const TokenRecord &t : m_store->tokensOf(project.id)) {
        tokens.append(t.label.isEmpty() ? tr("• token %1…").arg(t.prefix)
                                        : tr("• “%1”, token %2…").arg(t.label, t.prefix));
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove project"),
                                tr("Remove the project “%1” from this app?").arg(project.name),
                                QMessageBox::Cancel, this);
    box->setInformativeText(
        tokens.isEmpty()
            ? tr("It has no API tokens. Nothing changes at Hetzner.")
            : tr("These API tokens are deleted from your keychain:\n%1\n\nNothing changes at Hetzner: the "
                 "servers keep running and the tokens stay valid until you delete them in the Hetzner Console.")
                  .arg(tokens.join(QLatin1Char('\n'))));
    QPushButton *remove = box->addButton(tr("Remove project"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this, [this, id = project.id] { removeProject(id); });
    box->open();
}

void MainWindow::removeProject(const QString &projectId)
{
    if (!m_store || !m_vault)
        return;
    m_store->removeProject(projectId);
    QPointer<MainWindow> self(this);
    TokenPurge::run(m_store, m_vault, [self](const TokenPurge::Outcome &outcome) {
        if (!self || outcome.ok())
            return;
        self->m_banner->setText(tr("The project was removed, but its tokens could not be deleted from the "
                                   "keychain yet (%1). This is tried again at the next start.")
                                    .arg(outcome.message));
        self->m_banner->show();
    });
}

void MainWindow::showTokens()
{
    if (!m_store || !m_vault || !m_session || !m_store->project(m_session->project().id))
        return;
    auto *dialog = new TokensDialog(m_store, m_vault, m_session->project().id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::importCli()
{
    if (!m_store || !m_vault)
        return;
    auto *dialog = new CliImportDialog(m_store, m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Show the first imported project; later ones are in the list.
    auto selected = std::make_shared<bool>(false);
    connect(dialog, &CliImportDialog::projectImported, this, [this, selected](const QString &id) {
        if (!*selected)
            selectProjectId(id);
        *selected = true;
    });
    dialog->open();
}

void MainWindow::updateMetrics()
{
    if (m_tabs->currentIndex() != tabOf(m_tabs, m_metrics))
        return;
    m_metrics->setServerId(m_servers->currentObject().value(QLatin1String("id")).toInteger());
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

bool MainWindow::isShowingAttention() const
{
    return m_mainArea->currentWidget() == m_attentionView;
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
    m_backgroundPercent = s.value(settings::backgroundPercent(), 10).toInt();
    for (QAction *a : m_intervals->actions())
        a->setChecked(a->data().toInt() == m_backgroundPercent);
    updateSchedulers();
    m_attention->setBackupLabel(s.value(settings::backupLabel(), QStringLiteral("backup")).toString());
    // The demo's workspace keeps no cache.
    if (ListCache *cache = m_workspace->listCache())
        cache->setEnabled(s.value(settings::cacheEnabled(), true).toBool());
}

void MainWindow::openPalette()
{
    // A snapshot of what is loaded: row fields only, no JSON is read.
    QVector<PaletteTarget> targets;
    for (const Project &p : m_workspace->projects()) {
        ProjectSession *session = m_workspace->existingSession(p.id);
        if (!session)
            continue;
        for (const ResourceKind *kind : resourceKinds()) {
            const ResourceListModel *list = session->existingModel(kind->id);
            if (!list)
                continue;
            for (const ResourceRow &row : list->rows())
                targets.append({p.id, p.name, kind->id, kind->title, row->id, row->name,
                                row->search + QLatin1Char(' ') + p.name.toLower()}); // "web-1 staging"
        }
    }
    QVector<PaletteCommand> commands;
    using Id = ServerActions::Id;
    for (Id id : {Id::PowerOn, Id::Shutdown, Id::Reboot, Id::PowerOff, Id::Reset, Id::Rebuild, Id::Rescale,
                  Id::CreateSnapshot, Id::EnableBackup, Id::DisableBackup, Id::EnableRescue, Id::DisableRescue,
                  Id::ResetPassword, Id::AttachIso, Id::DetachIso, Id::ReverseDns, Id::Edit, Id::Delete, Id::CopySsh,
                  Id::OpenTerminal, Id::Console}) {
        if (QAction *a = m_serverActions->action(id)) {
            QString text = a->text();
            text.remove(QLatin1Char('&')).remove(QChar(0x2026)).remove(QStringLiteral("..."));
            commands.append({QString::number(int(id)), text.trimmed(), QStringLiteral("servers")});
        }
    }
    auto *dialog = new PaletteDialog(std::move(targets), std::move(commands), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaletteDialog::chosen, this, &MainWindow::runPaletteChoice);
    dialog->open();
}

void MainWindow::runPaletteChoice(const PaletteTarget &target, const QString &commandId)
{
    if (!openObject(target.projectId, target.kind, target.id)) {
        statusBar()->showMessage(tr("“%1” is no longer in the list.").arg(target.name), 10000);
        return;
    }
    if (commandId.isEmpty())
        return;
    QAction *action = m_serverActions->action(ServerActions::Id(commandId.toInt()));
    if (action && action->isEnabled())
        action->trigger(); // its own confirmation, as from the menu
    else if (action)
        statusBar()->showMessage(tr("%1 is not possible for “%2” now.").arg(action->text().remove(QLatin1Char('&')), target.name), 10000);
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
        connect(m_all, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
        connect(m_all, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
        if (old)
            old->deleteLater();
    }
    m_showingAll = true;
    m_kind = kind;
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
    m_costLabel->setSessions(sessions);
    for (const Project &p : m_workspace->projects()) {
        if (ProjectSession *session = m_workspace->session(p.id))
            session->setLabelSelector(m_servers->labelSelector());
    }
    m_all->load();
    // The total cost needs every project's priced lists, not only its servers.
    for (ProjectSession *session : std::as_const(sessions))
        session->listOnce(CostEstimate::listedKinds());
    updateSchedulers();
    updateStatus();
}

void MainWindow::showSession(ProjectSession *session, const QString &kind)
{
    m_showingAll = false;
    m_kind = kind;
    followSession(session);
    m_costLabel->setSessions(session ? QList<ProjectSession *>{session} : QList<ProjectSession *>());
    ResourceListModel *list = session ? session->model(kind) : nullptr;
    m_servers->setModel(list);
    showCurrentObject(m_servers->currentObject());
    if (session)
        session->setLabelSelector(m_servers->labelSelector());
    if (session) {
        // The kind shown and what prices the project are listed; the
        // sidebar's other kinds are counted, a request each.
        session->listOnce(QStringList{kind} + CostEstimate::listedKinds());
        session->countUnlisted();
    }
    updateSchedulers();
    updateStatus();
}

void MainWindow::showCurrentObject(const QJsonObject &object)
{
    const bool servers = m_kind == QLatin1String("servers");
    m_serverActions->setServer(servers ? object : QJsonObject());
    m_details->setServer(servers ? object : QJsonObject());
    m_otherDetails->setNames(m_session ? m_session->names() : nullptr);
    m_otherDetails->setObject(servers ? nullptr : resourceKindById(m_kind), servers ? QJsonObject() : object);
    m_detailsStack->setCurrentWidget(servers ? static_cast<QWidget *>(m_details) : m_otherDetails);
    m_tabs->setTabEnabled(tabOf(m_tabs, m_metrics), servers);
    m_tabs->setTabEnabled(tabOf(m_tabs, m_folders), m_kind == QLatin1String("storage_boxes"));
    m_shownObject = object;
    updateFolders();
    m_kindActions->setContext(servers ? nullptr : m_session.data(), servers ? QString() : m_kind,
                              servers ? QJsonObject() : object);
    updateMetrics();
}

void MainWindow::updateFolders()
{
    if (m_tabs->currentWidget() == m_folders && m_kind == QLatin1String("storage_boxes"))
        m_folders->setBox(m_session, m_shownObject);
}

void MainWindow::followSession(ProjectSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_serverActions->setSession(session);
    m_activity->setModel(session ? session->actions()->activity() : nullptr);
    m_activity->setActions(session ? session->actions() : nullptr);
    m_metrics->setClient(session ? session->client() : nullptr);
    m_details->setPricing(session ? Pricing::forClient(session->client()) : nullptr);
    m_details->setNames(session ? session->names() : nullptr);
    if (session) {
        connect(session, &ProjectSession::stateChanged, this, &MainWindow::updateStatus);
        connect(session, &ProjectSession::kindRefreshed, this, &MainWindow::updateStatus);
        connect(session, &ProjectSession::cachedRowsShown, this, &MainWindow::updateStatus);
        connect(session, &ProjectSession::rateLimitChanged, m_rateLabel, &RateLimitLabel::setRateLimit);
        m_rateLabel->setRateLimit(session->client()->rateLimit());
    }
}

QString MainWindow::countText(const ResourceKind &kind, int shown, int total) const
{
    if (kind.id == QLatin1String("servers"))
        return shown == total ? tr("%n server(s)", nullptr, total) : tr("%1 of %n server(s)", nullptr, total).arg(shown);
    return shown == total ? tr("%1: %2").arg(kind.title).arg(total) : tr("%1: %2 of %3").arg(kind.title).arg(shown).arg(total);
}

void MainWindow::updateStatus()
{
    const bool stored = m_store && m_session && m_store->project(m_session->project().id);
    const bool persistent = stored && m_session->project().persistent;
    if (m_addToken) {
        m_addToken->setEnabled(persistent);
        m_editProject->setEnabled(persistent);
        m_removeProject->setEnabled(stored);
        m_tokens->setEnabled(stored);
    }
    if (m_showingAll) {
        m_projectLabel->setText(tr("All projects"));
        m_countLabel->setText(m_all ? countText(m_all->kind(), m_servers->visibleCount(), m_all->rowCount()) : QString());
        m_stateLabel->clear();
        m_banner->hide();
        return;
    }
    if (!m_session) {
        m_projectLabel->setText(tr("No project"));
        m_countLabel->clear();
        m_stateLabel->setText(m_store ? tr("Add a project with Project › New Project… and an API token from the Hetzner Console.")
                                      : QString());
        m_banner->hide();
        return;
    }
    m_projectLabel->setText(m_session->project().name);
    const ResourceListModel *list = m_session->existingModel(m_kind);
    if (list)
        m_countLabel->setText(countText(list->kind(), m_servers->visibleCount(), list->rowCount()));
    switch (m_session->state()) {
    case ProjectSession::State::ReadingToken:
        m_stateLabel->setText(tr("Reading the token from the keychain…"));
        break;
    case ProjectSession::State::Loading:
        m_stateLabel->setText(tr("Refreshing…"));
        break;
    default:
        m_stateLabel->clear();
    }
    // Rows from the last run say how old they are until the API's arrive.
    if (list && m_session->showsCachedRows(m_kind)) {
        const QString age = ListCache::ageText(list->listedAt(), QDateTime::currentDateTimeUtc());
        const bool busy = m_session->state() == ProjectSession::State::Loading
                          || m_session->state() == ProjectSession::State::ReadingToken || m_session->isKindLoading(m_kind);
        m_stateLabel->setText(busy ? tr("Showing the list from %1; refreshing…").arg(age)
                                   : tr("Showing the list from %1.").arg(age));
    }
    // The project's own failure (token, servers) first, else the shown kind's.
    QString problem = m_session->state() == ProjectSession::State::Failed ? m_session->lastError() : QString();
    if (problem.isEmpty() && m_kind != QLatin1String("servers"))
        problem = m_session->kindError(m_kind);
    m_banner->setText(problem);
    m_banner->setVisible(!problem.isEmpty());
}

} // namespace hcloud
