#pragma once

#include <QObject>

namespace hcloud {
class MainWindow;
class MemoryTokenVault;
class ProjectStore;
class TokenVault;
class Workspace;
namespace sim {
class SimServer;
}

// --demo: a simulated Hetzner Cloud on loopback with a few projects, their
// tokens in an in-memory vault and store, no config on disk. Nothing real
// is read or written.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override;

    // The cloud lives (seeded transitions end, others act now and then);
    // before start(). The app's demo does; tests ask for it.
    void setLively(bool lively) { m_lively = lively; }

    // False when the simulator cannot listen; errorString() says why.
    bool start();
    QString errorString() const { return m_error; }

    Workspace *workspace() const { return m_workspace; }
    ProjectStore *store() const { return m_store; }
    TokenVault *vault() const;
    sim::SimServer *simulator() const { return m_sim; }
    // Gives the window the demo's Project menu: the in-memory store and vault.
    void attach(MainWindow *window);

private:
    MemoryTokenVault *m_vault;
    ProjectStore *m_store;
    Workspace *m_workspace;
    sim::SimServer *m_sim = nullptr;
    QString m_error;
    bool m_lively = false;
};

} // namespace hcloud
