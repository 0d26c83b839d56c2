#pragma once

#include "core/projects/project.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace hcloud {

class ListCache;
class ProjectListModel;
class ProjectSession;
class TokenVault;

// All projects of the window: the list model at the left and one session per
// project, created when the project is first used.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(TokenVault *vault, QObject *parent = nullptr);

    TokenVault *vault() const { return m_vault; }
    ProjectListModel *projectModel() const { return m_model; }

    void setProjects(const QVector<Project> &projects);
    QVector<Project> projects() const { return m_projects; }
    ProjectSession *session(const QString &projectId);
    // Without creating one.
    ProjectSession *existingSession(const QString &projectId) const { return m_sessions.value(projectId); }
    // The lists kept on disk for the next start (none: the demo's, tests').
    // Sessions created from now on use it; a removed project's goes.
    void setListCache(ListCache *cache);
    ListCache *listCache() const;

signals:
    void sessionCreated(hcloud::ProjectSession *session);

private:
    QPointer<TokenVault> m_vault;
    ProjectListModel *m_model;
    QVector<Project> m_projects;
    QHash<QString, ProjectSession *> m_sessions;
    QPointer<ListCache> m_cache;
};

} // namespace hcloud
