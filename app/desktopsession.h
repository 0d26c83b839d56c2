#pragma once

#include <QObject>
#include <QStringList>

namespace hcloud {
class ListCache;
class ProjectStore;
class RoutingTokenVault;
class TokenVault;
class Workspace;

// The real app: projects from projects.json, secrets in the OS keychain,
// plus the "Environment" project from HCLOUD_TOKEN (memory only).
class DesktopSession : public QObject
{
    Q_OBJECT
public:
    // cacheDirectory: where the lists are kept for the next start
    // (ListCache::defaultDirectory() for the app); "" keeps none.
    explicit DesktopSession(const QString &projectFile, const QString &cacheDirectory = QString(),
                            QObject *parent = nullptr);

    // Loads the projects; problems() then says what the user must know.
    void start();
    QStringList problems() const { return m_problems; }

    Workspace *workspace() const { return m_workspace; }
    ProjectStore *store() const { return m_store; }
    TokenVault *vault() const;
    ListCache *listCache() const { return m_cache; }

private:
    ProjectStore *m_store;
    RoutingTokenVault *m_vault;
    Workspace *m_workspace;
    ListCache *m_cache;
    QStringList m_problems;
};

} // namespace hcloud
