#include "core/projects/workspace.h"

#include "core/projects/listcache.h"

#include "core/projects/projectlistmodel.h"
#include "core/projects/projectsession.h"
#include "core/projects/tokenvault.h"

namespace hcloud {

Workspace::Workspace(TokenVault *vault, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_model(new ProjectListModel(this))
{
}

void Workspace::setProjects(const QVector<Project> &projects)
{
    // A project gone from the list was removed: so is what was kept of it.
    for (const Project &old : std::as_const(m_projects)) {
        const bool kept = std::any_of(projects.cbegin(), projects.cend(), [&](const Project &p) { return p.id == old.id; });
        if (!kept && m_cache)
            m_cache->removeProject(old.id);
    }
    m_projects = projects;
    // Sessions follow their project; those of removed projects end.
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        const auto found = std::find_if(projects.cbegin(), projects.cend(),
                                        [&](const Project &p) { return p.id == it.key(); });
        if (found != projects.cend()) {
            (*it)->setProject(*found);
            ++it;
            continue;
        }
        // Its lists still under way are not kept.
        (*it)->setListCache(nullptr);
        (*it)->deleteLater();
        it = m_sessions.erase(it);
    }
    m_model->setProjects(projects);
}

void Workspace::setListCache(ListCache *cache)
{
    m_cache = cache;
}

ListCache *Workspace::listCache() const
{
    return m_cache;
}

ProjectSession *Workspace::session(const QString &projectId)
{
    if (ProjectSession *existing = m_sessions.value(projectId))
        return existing;
    for (const Project &p : std::as_const(m_projects)) {
        if (p.id != projectId)
            continue;
        auto *created = new ProjectSession(p, m_vault, this);
        m_sessions.insert(projectId, created);
        created->setListCache(m_cache);
        emit sessionCreated(created);
        return created;
    }
    return nullptr;
}

} // namespace hcloud
