#include "core/sim/simcloud.h"

#include "core/sim/seed.h"

#include <QDateTime>

namespace hcloud::sim {

int SimCloud::addProject(const QString &token, quint32 seed, int servers)
{
    auto project = std::make_unique<SimProject>(token, seed, QDateTime::currentMSecsSinceEpoch());
    seedProject(*project, servers);
    m_projects.push_back(std::move(project));
    return int(m_projects.size()) - 1;
}

SimProject *SimCloud::project(int index) const
{
    if (index < 0 || index >= projectCount())
        return nullptr;
    return m_projects[size_t(index)].get();
}

void SimCloud::addReadToken(int project, const QString &token)
{
    if (this->project(project) && !token.isEmpty())
        m_readTokens.insert(token, project);
}

SimProject *SimCloud::projectForToken(const QString &token, bool *readOnly) const
{
    if (readOnly)
        *readOnly = false;
    if (token.isEmpty())
        return nullptr;
    if (const auto it = m_readTokens.constFind(token); it != m_readTokens.cend()) {
        if (readOnly)
            *readOnly = true;
        return project(*it);
    }
    for (const auto &project : m_projects) {
        if (project->token() == token)
            return project.get();
    }
    return nullptr;
}

}  // namespace hcloud::sim
