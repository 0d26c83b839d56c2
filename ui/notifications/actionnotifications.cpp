#include "ui/notifications/actionnotifications.h"

#include "ui/notifications/desktopnotifier.h"
#include "core/models/activitymodel.h"
#include "core/projects/actionnotice.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectsession.h"
#include "core/projects/settingkeys.h"
#include "core/projects/workspace.h"

#include <QSettings>
#include <QWidget>

namespace hcloud {

ActionNotifications::ActionNotifications(Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_notifier(new DesktopNotifier(this))
{
    connect(workspace, &Workspace::sessionCreated, this, &ActionNotifications::follow);
    for (const Project &p : workspace->projects()) {
        if (ProjectSession *session = workspace->existingSession(p.id))
            follow(session);
    }
}

void ActionNotifications::follow(ProjectSession *session)
{
    connect(session->actions(), &ProjectActions::actionFinished, this,
            [this, session](const ActionState &action) { finished(session, action); });
}

void ActionNotifications::finished(ProjectSession *session, const ActionState &action)
{
    // Someone looking at the window sees it in the Activity tab.
    if (!m_window || m_window->isActiveWindow())
        return;
    if (!QSettings().value(settings::notificationsEnabled(), true).toBool())
        return;
    const ActivityRow *row = session->actions()->activity()->find(action.id);
    const auto notice = noticeFor(action, row ? row->description : QString(), session->project().name);
    if (notice)
        m_notifier->notify(notice->title, notice->body, notice->failed);
}

} // namespace hcloud
