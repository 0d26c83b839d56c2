#pragma once

#include <QMainWindow>
#include <QPointer>

#include "core/projects/projectsession.h"

class QActionGroup;
class QLabel;
class QTreeView;
class QStackedWidget;
class QTabWidget;

namespace hcloud {

class ActivityPanel;
class CostLabel;
class KindActionMenu;
class AllProjectsModel;
struct ResourceKind;
class SidebarModel;
class ResourceDetailsView;
class MetricsPanel;
class StorageBoxFoldersView;
class ProjectStore;
class ServerActions;
class ServerDetailsView;
class RateLimitLabel;
class TokenVault;
class ResourceTable;
class Workspace;
class WelcomePage;
class WindowLayout;
class AttentionModel;
class AttentionView;
class ActionNotifications;

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
    ServerDetailsView *serverDetails() const { return m_details; }
    MetricsPanel *metricsPanel() const { return m_metrics; }
    ActivityPanel *activityPanel() const { return m_activity; }
    ResourceDetailsView *resourceDetails() const { return m_otherDetails; }
    QString shownKind() const { return m_kind; }
    QTabWidget *detailTabs() const { return m_tabs; }
    CostLabel *costLabel() const { return m_costLabel; }
    KindActionMenu *kindActions() const { return m_kindActions; }
    ProjectSession *currentSession() const { return m_session; }
    void selectProject(int row);
    // Projects the user can add to and give tokens (real mode); without
    // a store (demo) the project actions are hidden.
    void setProjectStore(ProjectStore *store, TokenVault *vault);
    QAction *newProjectAction() const { return m_newProject; }
    QAction *addTokenAction() const { return m_addToken; }
    QAction *editProjectAction() const { return m_editProject; }
    QAction *removeProjectAction() const { return m_removeProject; }
    QAction *tokensAction() const { return m_tokens; }
    QAction *importCliAction() const { return m_importCli; }
    // Shown instead of the lists while there is no project.
    WelcomePage *welcomePage() const { return m_welcome; }
    // Restores the last run's layout now and saves it on close (the app; tests opt in).
    void rememberLayout();
    WindowLayout *layout() const { return m_layout; }
    AttentionModel *attention() const { return m_attention; }
    AttentionView *attentionView() const { return m_attentionView; }
    bool isShowingAttention() const;
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
    void updateStatus();
    void updateFolders();
    QString countText(const ResourceKind &kind, int shown, int total) const;
    void newProject();
    void addToken();
    void editProject();
    void confirmRemoveProject();
    void removeProject(const QString &projectId);
    void showTokens();
    void importCli();
    void selectProjectId(const QString &projectId);
    void createServer();
    void updateSchedulers();
    void updateMetrics();
    void updateWelcome();
    void showAttention(const QString &projectId);
    void openPalette();
    void openSettings();
    void applySettings();
    void runPaletteChoice(const struct PaletteTarget &target, const QString &commandId);

    Workspace *m_workspace;
    QPointer<ProjectSession> m_session;
    QTreeView *m_projects;
    SidebarModel *m_sidebar;
    AllProjectsModel *m_all = nullptr;
    bool m_showingAll = false;
    ResourceTable *m_servers;
    QLabel *m_banner;
    QLabel *m_projectLabel;
    QLabel *m_countLabel;
    QLabel *m_stateLabel;
    RateLimitLabel *m_rateLabel;
    CostLabel *m_costLabel;
    ServerActions *m_serverActions;
    ServerDetailsView *m_details;
    ResourceDetailsView *m_otherDetails;
    QStackedWidget *m_detailsStack;
    QString m_kind = QStringLiteral("servers");
    MetricsPanel *m_metrics;
    StorageBoxFoldersView *m_folders;
    QJsonObject m_shownObject;
    ActivityPanel *m_activity;
    QTabWidget *m_tabs;
    int m_backgroundPercent = 10;
    KindActionMenu *m_kindActions;
    QMenu *m_kindMenu = nullptr;
    QPointer<ProjectStore> m_store;
    QPointer<TokenVault> m_vault;
    QMenu *m_projectMenu = nullptr;
    QAction *m_newProject = nullptr;
    QAction *m_addToken = nullptr;
    QAction *m_editProject = nullptr;
    QAction *m_removeProject = nullptr;
    QAction *m_tokens = nullptr;
    QAction *m_importCli = nullptr;
    QStackedWidget *m_mainArea;
    WelcomePage *m_welcome;
    WindowLayout *m_layout = nullptr;
    AttentionModel *m_attention;
    AttentionView *m_attentionView;
    bool m_attentionShown = false;
    QAction *m_find = nullptr;
    QAction *m_settings = nullptr;
    QActionGroup *m_intervals = nullptr;
    ActionNotifications *m_notifications;
};

} // namespace hcloud
