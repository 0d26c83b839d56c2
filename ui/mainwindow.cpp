#include "mainwindow.h"

#include "models/modelroles.h"
#include "models/projectlistmodel.h"
#include "models/resourcelistmodel.h"
#include "projects/projectsession.h"
#include "projects/workspace.h"
#include "projects/projectdialog.h"
#include "projects/projectstore.h"
#include "ratelimitlabel.h"
#include "tokens/addtokendialog.h"
#include "resourcetable.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace hcloud {

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_projects(new QListView(this))
    , m_servers(new ResourceTable(this))
    , m_banner(new QLabel(this))
    , m_projectLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_rateLabel(new RateLimitLabel(this))
{
    setWindowTitle(tr("Hetzner Cloud"));
    m_projects->setModel(workspace->projectModel());
    m_projects->setAccessibleName(tr("Projects"));
    m_projects->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #7a1f1f; border: 1px solid #f5c2bd; padding: 6px; }"));
    m_banner->hide();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_servers);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_projects);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 900});
    setCentralWidget(splitter);

    statusBar()->addWidget(m_projectLabel);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_rateLabel);

    buildMenus();

    connect(m_projects->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showSession(m_workspace->session(current.data(IdRole).toString()));
            });
    connect(m_servers, &ResourceTable::visibleCountChanged, this, &MainWindow::updateStatus);
    resize(1180, 720);
    if (workspace->projectModel()->rowCount() > 0)
        selectProject(0);
    updateStatus();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_projectMenu = menuBar()->addMenu(tr("&Project"));
    m_newProject = m_projectMenu->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    m_newProject->setShortcut(QKeySequence::New);
    m_addToken = m_projectMenu->addAction(tr("Add API &Token…"), this, &MainWindow::addToken);
    m_projectMenu->menuAction()->setVisible(false);
    m_newProject->setEnabled(false);
    m_addToken->setEnabled(false);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!keys.contains(QKeySequence(Qt::Key_F5)))
        keys.prepend(QKeySequence(Qt::Key_F5));
    refresh->setShortcuts(keys);
    refresh->setShortcutContext(Qt::WindowShortcut);
    addAction(refresh);
}

void MainWindow::selectProject(int row)
{
    m_projects->setCurrentIndex(m_workspace->projectModel()->index(row, 0));
}

void MainWindow::setProjectStore(ProjectStore *store, TokenVault *vault)
{
    m_store = store;
    m_vault = vault;
    m_projectMenu->menuAction()->setVisible(store);
    m_newProject->setEnabled(store);
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
        const int row = m_workspace->projectModel()->rowOfKey(id);
        if (row >= 0)
            selectProject(row);
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

void MainWindow::refresh()
{
    if (m_session)
        m_session->refresh();
}

void MainWindow::showSession(ProjectSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_servers->setModel(session ? session->servers() : nullptr);
    if (session) {
        connect(session, &ProjectSession::stateChanged, this, &MainWindow::updateStatus);
        connect(session, &ProjectSession::rateLimitChanged, m_rateLabel, &RateLimitLabel::setRateLimit);
        m_rateLabel->setRateLimit(session->client()->rateLimit());
        if (session->state() == ProjectSession::State::Idle)
            session->refresh();
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (m_addToken)
        m_addToken->setEnabled(m_store && m_session && m_session->project().persistent);
    if (!m_session) {
        m_projectLabel->setText(tr("No project"));
        m_countLabel->clear();
        m_stateLabel->setText(m_store ? tr("Add a project with Project › New Project… and an API token from the Hetzner Console.")
                                      : QString());
        m_banner->hide();
        return;
    }
    m_projectLabel->setText(m_session->project().name);
    const int total = m_session->servers()->rowCount();
    const int shown = m_servers->visibleCount();
    m_countLabel->setText(shown == total ? tr("%n server(s)", nullptr, total)
                                         : tr("%1 of %n server(s)", nullptr, total).arg(shown));
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
    const bool failed = m_session->state() == ProjectSession::State::Failed;
    m_banner->setText(failed ? m_session->lastError() : QString());
    m_banner->setVisible(failed);
}

} // namespace hcloud
