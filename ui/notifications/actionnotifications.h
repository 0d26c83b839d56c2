#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace hcloud {

class DesktopNotifier;
class ProjectSession;
class Workspace;
struct ActionState;

// Tells the desktop when a long action of any project ends while the
// window is not the active one, unless switched off in Settings.
class ActionNotifications : public QObject
{
    Q_OBJECT
public:
    ActionNotifications(Workspace *workspace, QWidget *window);

    DesktopNotifier *notifier() const { return m_notifier; }

private:
    void follow(ProjectSession *session);
    void finished(ProjectSession *session, const ActionState &action);

    QPointer<QWidget> m_window;
    DesktopNotifier *m_notifier;
};

} // namespace hcloud
