#pragma once

#include "core/console/consoleframe.h"
#include "core/console/vncworker.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QLocalSocket;
class QWebSocket;

namespace hcloud {

// One connection to a console URL: the WebSocket (wss with the normal
// certificate checks, ws for the simulator) in the GUI thread, bridged
// through a socket pair to libvncclient in its worker thread.
class ConsoleConnection : public QObject
{
    Q_OBJECT
public:
    enum class End {
        Refused,       // closed before the console said a word: expired or used URL
        WrongPassword, // the console refused the password
        Failed,        // the handshake broke, or the WebSocket could not open
        Dropped,       // it worked, then the other side closed (reboot, power off)
        Closed,        // we closed it
    };
    Q_ENUM(End)

    explicit ConsoleConnection(QObject *parent = nullptr);
    ~ConsoleConnection() override;

    // Opens the URL; the password goes to libvncclient and nowhere else.
    void open(const QUrl &url, QByteArray password);
    void close();

    void sendKey(quint32 keysym, bool down);
    void sendPointer(int x, int y, int buttons);

    bool isConnected() const { return m_connected; }
    const ConsoleFrame &frame() const { return m_frame; }
    // The WebSocket's close reason or error, as the other side gave it.
    QString detail() const { return m_detail; }

signals:
    void connected(const QString &desktopName);
    void frameChanged(const QRect &changed);
    void ended(hcloud::ConsoleConnection::End end);

private:
    void finish(End end);
    void stopWorker();

    QWebSocket *m_socket = nullptr;
    QLocalSocket *m_bridge = nullptr;
    QPointer<VncWorker> m_worker;
    QByteArray m_password;
    ConsoleFrame m_frame;
    QString m_detail;
    bool m_heardFromConsole = false;
    bool m_connected = false;
    bool m_done = false;
};

} // namespace hcloud
