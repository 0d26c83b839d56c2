#pragma once

#include "core/console/consoleframe.h"

#include <QByteArray>
#include <QMutex>
#include <QThread>
#include <QVector>

#include <atomic>

struct _rfbClient;

namespace hcloud {

// libvncclient on one end of a socket pair, in a thread of its own: its
// reads block, and the GUI thread never waits for it. Input goes in through
// a queue the loop drains; frames and the outcome come out as signals.
class VncWorker : public QThread
{
    Q_OBJECT
public:
    enum class Failure { None, WrongPassword, Handshake, Closed };
    Q_ENUM(Failure)

    // Takes ownership of `fd`; `password` is used once and then wiped.
    VncWorker(int fd, const QByteArray &password, QObject *parent = nullptr);
    ~VncWorker() override;

    // Thread-safe; queued until the loop runs.
    void sendKey(quint32 keysym, bool down);
    void sendPointer(int x, int y, int buttons);
    void requestStop() { m_stop = true; }

    // Called from libvncclient's callbacks in the worker thread.
    char *takePassword();
    void gotUpdate(int x, int y, int w, int h);
    void finishedUpdate();

signals:
    void authenticated(const QString &desktopName, int width, int height);
    void frameReady(const hcloud::ConsoleFrame &frame);
    // The loop ended: Closed when the other side went away after a good
    // start, otherwise why the start failed.
    void ended(hcloud::VncWorker::Failure failure);

protected:
    void run() override;

private:
    struct Event
    {
        bool key;
        quint32 a;
        int b, c;
    };
    void drain(::_rfbClient *client);

    int m_fd;
    QByteArray m_password;
    std::atomic_bool m_stop{false};
    QMutex m_mutex;
    QVector<Event> m_events;
    ::_rfbClient *m_client = nullptr;
    QRect m_dirty;
    bool m_passwordAsked = false;
};

} // namespace hcloud

Q_DECLARE_METATYPE(hcloud::VncWorker::Failure)
