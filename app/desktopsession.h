#pragma once

#include <QObject>
#include <QStringList>

namespace hcloud {
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
    explicit DesktopSession(const QString &projectFile, QObject *parent = nullptr);

    // Loads the projects; problems() then says what the user must know.
    void start();
    QStringList problems() const { return m_problems; }

    Workspace *workspace() const { return m_workspace; }
    ProjectStore *store() const { return m_store; }
    TokenVault *vault() const;

private:
    ProjectStore *m_store;
    RoutingTokenVault *m_vault;
    Workspace *m_workspace;
    QStringList m_problems;
};

} // namespace hcloud
