#include "app/desktopsession.h"

#include "core/projects/environmentproject.h"
#include "core/projects/keychaintokenvault.h"
#include "core/projects/listcache.h"
#include "core/projects/projectsession.h"
#include "core/projects/projectstore.h"
#include "core/projects/routingtokenvault.h"
#include "core/projects/tokenpurge.h"
#include "core/projects/settingkeys.h"
#include "core/projects/workspace.h"

#include <QProcessEnvironment>
#include <QSettings>

namespace hcloud {

DesktopSession::DesktopSession(const QString &projectFile, const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_store(new ProjectStore(projectFile, this))
    , m_vault(new RoutingTokenVault(new KeychainTokenVault(this), this))
    , m_workspace(new Workspace(m_vault, this))
    , m_cache(new ListCache(cacheDirectory, this))
{
    // Switched off, what an earlier run kept goes too.
    m_cache->setEnabled(QSettings().value(settings::cacheEnabled(), true).toBool());
    m_workspace->setListCache(m_cache);
    connect(m_store, &ProjectStore::projectsChanged, this,
            [this] { m_workspace->setProjects(m_store->projects()); });
    // What a write taught about a token is kept with the token.
    connect(m_workspace, &Workspace::sessionCreated, this, [this](ProjectSession *session) {
        connect(session, &ProjectSession::permissionLearned, m_store, &ProjectStore::setPermission);
    });
}

TokenVault *DesktopSession::vault() const
{
    return m_vault;
}

void DesktopSession::start()
{
    if (!m_store->load())
        m_problems.append(m_store->loadProblem());
    const EnvironmentProject::Outcome env =
        EnvironmentProject::install(QProcessEnvironment::systemEnvironment(), m_store, m_vault);
    if (!env.problem.isEmpty())
        m_problems.append(env.problem);
    m_workspace->setProjects(m_store->projects());
    // Secrets of projects removed earlier, if the keychain was locked then.
    TokenPurge::run(m_store, m_vault, [](const TokenPurge::Outcome &) {});
}

} // namespace hcloud
