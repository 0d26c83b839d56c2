#pragma once

#include <QMainWindow>
#include <QPointer>

#include "projects/projectsession.h"

class QLabel;
class QListView;

namespace hcloud {

class RateLimitLabel;
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

public slots:
    void refresh();

private:
    void buildMenus();
    void showSession(ProjectSession *session);
    void updateStatus();

    Workspace *m_workspace;
    QPointer<ProjectSession> m_session;
    QListView *m_projects;
    ResourceTable *m_servers;
    QLabel *m_banner;
    QLabel *m_projectLabel;
    QLabel *m_countLabel;
    QLabel *m_stateLabel;
    RateLimitLabel *m_rateLabel;
};

} // namespace hcloud
