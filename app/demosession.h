#pragma once

#include <QObject>
#include <QVector>

namespace hcloud {
class MainWindow;
class MemoryTokenVault;
class Workspace;
namespace sim {
class SimServer;
}

// --demo: a simulated Hetzner Cloud on loopback with a few projects, an
// in-memory vault and no config on disk. Nothing real is read or written.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(QObject *parent = nullptr);

    // False when the simulator cannot listen; errorString() says why.
    bool start();
    QString errorString() const { return m_error; }

    Workspace *workspace() const { return m_workspace; }
    // Gives the window what the demo has beyond its workspace.
    void attach(MainWindow *window);
    sim::SimServer *simulator() const { return m_sim; }

private:
    MemoryTokenVault *m_vault;
    Workspace *m_workspace;
    sim::SimServer *m_sim = nullptr;
    QString m_error;
};

} // namespace hcloud
