#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QScrollArea;

namespace hcloud {

class ConsoleSession;
class ConsoleView;
class ProjectSession;

// A server's console in a window of its own: the screen, a Keys menu for
// what the desktop would capture, Paste as Keystrokes, and a banner that
// says why the connection ended and offers Reconnect. One per server.
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT
public:
    ConsoleWindow(ProjectSession *session, qint64 serverId, const QString &serverName, QWidget *parent = nullptr);
    ~ConsoleWindow() override;

    // Opens the server's console window, or raises the one already open.
    static ConsoleWindow *open(ProjectSession *session, qint64 serverId, const QString &serverName);

    ConsoleSession *console() const { return m_console; }
    ConsoleView *view() const { return m_view; }
    QPushButton *reconnectButton() const { return m_reconnect; }
    QLabel *banner() const { return m_banner; }
    QAction *pasteAction() const { return m_paste; }
    QAction *ctrlAltDelAction() const { return m_ctrlAltDel; }

private:
    void buildMenus();
    void stateChanged();
    void updateTitle();
    void serverChanged();
    void pasteAsKeystrokes();

    QPointer<ProjectSession> m_session;
    ConsoleSession *m_console;
    ConsoleView *m_view;
    QScrollArea *m_scroll;
    QWidget *m_bannerBox;
    QLabel *m_banner;
    QPushButton *m_reconnect;
    QLabel *m_status;
    QMenu *m_keys = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_ctrlAltDel = nullptr;
    QString m_serverName;
    QString m_serverStatus;
};

} // namespace hcloud
