#pragma once

#include <QMainWindow>
#include <QPointer>

#include "core/projects/projectsession.h"
#include "ui/projects/projectcommands.h"
#include "ui/window/detailstabs.h"
#include "ui/window/mainarea.h"
#include "ui/window/statusline.h"

class QTreeView;

namespace hcloud {

class ActionNotifications;
class AllProjectsModel;
class AttentionModel;
class AttentionView;
class BackgroundRefresh;
class CostLabel;
class CostPreloader;
class KindActionMenu;
class PaletteLauncher;
class ProjectStore;
class ResourceTable;
class ServerActions;
class SidebarModel;
class TokenVault;
class WelcomePage;
class WindowLayout;
class Workspace;

// The window: the sidebar of projects and kinds, the table, the tabs of
// details, the menus and the status bar. It wires the parts together;
// what they do is theirs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);

    // The tree at the left: projects, their resource kinds, "All projects".
    QTreeView *projectList() const { return m_projects; }
    Workspace *workspace() const { return m_workspace; }
    SidebarModel *sidebar() const { return m_sidebar; }
    // Every project's objects of one kind in one table.
    void showAllProjects(const QString &kind = QStringLiteral("servers"));
    bool isShowingAllProjects() const { return m_showingAll; }
    ResourceTable *serverTable() const { return m_servers; }
    ServerActions *serverActions() const { return m_serverActions; }
    ServerDetailsView *serverDetails() const { return m_tabs->serverDetails(); }
    MetricsPanel *metricsPanel() const { return m_tabs->metrics(); }
    ActivityPanel *activityPanel() const { return m_tabs->activity(); }
    ResourceDetailsView *resourceDetails() const { return m_tabs->resourceDetails(); }
    QString shownKind() const { return m_kind; }
    QTabWidget *detailTabs() const { return m_tabs; }
    CostLabel *costLabel() const { return m_status->costLabel(); }
    KindActionMenu *kindActions() const { return m_kindActions; }
    ProjectSession *currentSession() const { return m_session; }
    void selectProject(int row);
    // Projects the user can add to and give tokens (real mode); without
    // a store (demo) the project actions are hidden.
    void setProjectStore(ProjectStore *store, TokenVault *vault);
    QAction *newProjectAction() const { return m_commands->newProjectAction(); }
    QAction *addTokenAction() const { return m_commands->addTokenAction(); }
    QAction *editProjectAction() const { return m_commands->editProjectAction(); }
    QAction *removeProjectAction() const { return m_commands->removeProjectAction(); }
    QAction *tokensAction() const { return m_commands->tokensAction(); }
    QAction *importCliAction() const { return m_commands->importCliAction(); }
    // Shown instead of the lists while there is no project.
    WelcomePage *welcomePage() const { return m_welcome; }
    // Restores the last run's layout now and saves it on close (the app; tests opt in).
    void rememberLayout();
    WindowLayout *layout() const { return m_layout; }
    AttentionModel *attention() const { return m_attention; }
    AttentionView *attentionView() const { return m_attentionView; }
    bool isShowingAttention() const { return m_mainArea->isShowingAttention(); }
    // Ctrl+K: the palette over every loaded list.
    QAction *findAction() const { return m_find; }
    QAction *settingsAction() const { return m_settings; }
    ActionNotifications *notifications() const { return m_notifications; }
    // Shows the object in its project's list of its kind, selected.
    bool openObject(const QString &projectId, const QString &kind, qint64 id);

signals:
    // The welcome page's "Try the demo".
    void demoRequested();

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildMenus();
    void showSession(ProjectSession *session, const QString &kind = QStringLiteral("servers"));
    void showCurrentObject(const QJsonObject &object);
    void showSidebarItem(const QModelIndex &index);
    void followSession(ProjectSession *session);
    void selectProjectId(const QString &projectId);
    void setLabelSelector(const QString &selector);
    void createServer();
    void updateSchedulers();
    void updateWelcome();
    void showAttention(const QString &projectId);
    void openSettings();
    void applySettings();

    Workspace *m_workspace;
    QPointer<ProjectSession> m_session;
    SidebarModel *m_sidebar;
    QTreeView *m_projects;
    AllProjectsModel *m_all = nullptr;
    bool m_showingAll = false;
    QString m_kind = QStringLiteral("servers");
    ResourceTable *m_servers;
    ServerActions *m_serverActions;
    DetailsTabs *m_tabs;
    KindActionMenu *m_kindActions;
    ProjectCommands *m_commands;
    QMenu *m_projectMenu = nullptr;
    StatusLine *m_status;
    BackgroundRefresh *m_refresh;
    CostPreloader *m_costs;
    PaletteLauncher *m_palette;
    WelcomePage *m_welcome;
    AttentionModel *m_attention;
    AttentionView *m_attentionView;
    MainArea *m_mainArea;
    WindowLayout *m_layout = nullptr;
    bool m_attentionShown = false;
    QAction *m_find = nullptr;
    QAction *m_settings = nullptr;
    ActionNotifications *m_notifications;
};

} // namespace hcloud
