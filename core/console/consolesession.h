#pragma once

#include "core/console/consoleframe.h"

#include <QObject>
#include <QPointer>

namespace hcloud {

class ConsoleConnection;
class KeystrokeTyper;
class ProjectSession;

// A server's console for one window: asks the API for a one-time URL and
// password (a write, through the project session), connects, and on
// reconnect asks again. A URL refused before the console spoke is asked
// for once more by itself; nothing else is retried.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Requesting, Connecting, Connected, Disconnected, Failed };
    Q_ENUM(State)

    ConsoleSession(ProjectSession *session, qint64 serverId, const QString &serverName, QObject *parent = nullptr);
    ~ConsoleSession() override;

    void start();
    void reconnect() { start(); }
    void close();

    State state() const { return m_state; }
    // Why it is Disconnected or Failed, in words a person can act on.
    QString message() const { return m_message; }
    bool canReconnect() const { return m_state == State::Disconnected || m_state == State::Failed; }
    qint64 serverId() const { return m_serverId; }
    QString serverName() const { return m_serverName; }
    int urlRequests() const { return m_urlRequests; }

    const ConsoleFrame &frame() const;
    void sendKey(quint32 keysym, bool down);
    void sendPointer(int x, int y, int buttons);
    // Presses and releases the keys together, the first held longest.
    void sendCombination(const QVector<quint32> &keysyms);
    // Paste as keystrokes, at a pace a console keeps up with.
    void typeText(const QString &text);
    KeystrokeTyper *typer() const { return m_typer; }

signals:
    void stateChanged(hcloud::ConsoleSession::State state);
    void frameChanged(const QRect &changed);

private:
    void requestUrl();
    void connectTo(const QString &url, QByteArray password);
    void ended(int end);
    void setState(State state, const QString &message = {});
    void followServerActions();

    QPointer<ProjectSession> m_session;
    qint64 m_serverId;
    QString m_serverName;
    ConsoleConnection *m_connection = nullptr;
    KeystrokeTyper *m_typer;
    State m_state = State::Idle;
    QString m_message;
    bool m_renewed = false;  // a refused URL was asked for again already
    int m_urlRequests = 0;
    ConsoleFrame m_lastFrame;
};

} // namespace hcloud
