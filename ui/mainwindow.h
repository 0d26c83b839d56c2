#pragma once

#include <QMainWindow>
#include <QPointer>

#include "projects/projectsession.h"

class QLabel;
class QListView;

namespace hcloud {

class ProjectStore;
class RateLimitLabel;
class TokenVault;
class ResourceTable;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);

    QListView *projectList() const { return m_projects; }
    ResourceTable *serverTable() const { return m_servers; }
    ProjectSession *currentSession() const { return m_session; }
    void selectProject(int row);
    // Projects the user can add to and give tokens (real mode); without
    // a store (demo) the project actions are hidden.
    void setProjectStore(ProjectStore *store, TokenVault *vault);
    QAction *newProjectAction() const { return m_newProject; }
    QAction *addTokenAction() const { return m_addToken; }

public slots:
    void refresh();

private:
    void buildMenus();
    void showSession(ProjectSession *session);
    void updateStatus();
    void newProject();
    void addToken();

    Workspace *m_workspace;
    QPointer<ProjectSession> m_session;
    QListView *m_projects;
    ResourceTable *m_servers;
    QLabel *m_banner;
    QLabel *m_projectLabel;
    QLabel *m_countLabel;
    QLabel *m_stateLabel;
    RateLimitLabel *m_rateLabel;
    QPointer<ProjectStore> m_store;
    QPointer<TokenVault> m_vault;
    QMenu *m_projectMenu = nullptr;
    QAction *m_newProject = nullptr;
    QAction *m_addToken = nullptr;
};

} // namespace hcloud
