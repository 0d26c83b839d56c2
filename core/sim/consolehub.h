#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

namespace hcloud::sim {

class SimCloud;
class SimProject;

// The simulated console proxy: a WebSocket server on loopback that
// request_console hands out one-time URLs for. Each server has one
// terminal, shared by its viewers; a server that stops running (reboot,
// power off, Ctrl+Alt+Del) drops them.
class ConsoleHub : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleHub(SimCloud &cloud, QObject *parent = nullptr);
    ~ConsoleHub() override;

    bool listen(quint16 port = 0);
    quint16 port() const;

    // {wss_url, password} for the server; valid for one connection within
    // the lifetime (one minute).
    QJsonObject issue(SimProject &project, qint64 serverId);

    // For tests: what the server's console shows (empty when it has none
    // yet), and one pixel of it as 0xRRGGBB.
    QStringList text(const SimProject &project, qint64 serverId) const;
    quint32 pixel(const SimProject &project, qint64 serverId, int x, int y) const;
    // For tests: the next `count` URLs are already expired; the next
    // `count` passwords handed out are not the ones the console checks.
    void expireNext(int count);
    void corruptNextPassword(int count);
    void setLifetimeMs(int ms);
    int issuedCount() const;     // URLs handed out
    QByteArray lastPassword() const;
    int connectionCount() const; // WebSocket connections accepted

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace hcloud::sim
