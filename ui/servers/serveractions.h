#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace hcloud {

class ActionRunner;
class ProjectSession;

// Everything one can do to a server, as actions for the Server menu, the
// toolbar and the context menu. The API's are the server kind's described
// actions (kindActions("servers")), run by ActionRunner or their own dialog
// (ServerDialogs). Each is enabled only when it applies to the selected
// server and the project has a token that may write; otherwise its tooltip
// says why. Destructive ones ask first; delete asks for the name.
class ServerActions : public QObject
{
    Q_OBJECT
public:
    enum class Id {
        Create,
        PowerOn, Shutdown, Reboot, PowerOff, Reset,
        Rebuild, Rescale, CreateSnapshot,
        EnableBackup, DisableBackup,
        EnableRescue, DisableRescue, ResetPassword,
        AttachIso, DetachIso, ReverseDns,
        DeleteProtection, RebuildProtection,
        Edit, Delete,
        CopySsh, OpenTerminal, Console,
    };
    Q_ENUM(Id)

    explicit ServerActions(QWidget *window);

    void setSession(ProjectSession *session);
    // The selected server's JSON; empty when none.
    void setServer(const QJsonObject &server);
    qint64 serverId() const;

    QAction *action(Id id) const { return m_actions.value(id); }
    void fillMenu(QMenu *menu) const;

    // The terminal command "Open terminal" runs, with ssh's arguments
    // appended; x-terminal-emulator (Debian's alternative) when unset.
    static QStringList terminalCommand();

signals:
    // For the status bar: what happened, or why nothing could.
    void message(const QString &text);
    // A create dialog should open (the window owns it).
    void createRequested();

private:
    void update();
    QString name() const;
    QString whyNot(Id id) const; // "" when it can run now
    void trigger(Id id);
    void copySsh();
    void openTerminal();

    QWidget *m_window;
    ActionRunner *m_runner;
    QPointer<ProjectSession> m_session;
    QJsonObject m_server;
    QHash<Id, QAction *> m_actions;
};

} // namespace hcloud
