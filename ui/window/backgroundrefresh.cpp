#include "ui/window/backgroundrefresh.h"

#include "core/projects/projectsession.h"
#include "core/projects/refreshscheduler.h"
#include "core/projects/settingkeys.h"
#include "core/projects/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <QWidget>

namespace hcloud {

BackgroundRefresh::BackgroundRefresh(Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_choices(new QActionGroup(this))
    , m_percent(QSettings().value(settings::backgroundPercent(), 10).toInt())
{
}

void BackgroundRefresh::addMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("&Background Refresh"));
    const QList<QPair<int, QString>> choices = {{0, tr("Off")},
                                                {5, tr("Within 5 % of the API Budget")},
                                                {10, tr("Within 10 % of the API Budget")}};
    for (const auto &[percent, text] : choices) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(percent == m_percent);
        a->setData(percent);
        m_choices->addAction(a);
        connect(a, &QAction::triggered, this, [this, percent = percent] {
            m_percent = percent;
            QSettings().setValue(settings::backgroundPercent(), percent);
            emit shareChanged();
        });
    }
}

void BackgroundRefresh::reloadSetting()
{
    m_percent = QSettings().value(settings::backgroundPercent(), 10).toInt();
    for (QAction *a : m_choices->actions())
        a->setChecked(a->data().toInt() == m_percent);
    emit shareChanged();
}

void BackgroundRefresh::apply(const ProjectSession *shown, bool allProjects, const QString &kind) const
{
    // Nobody looks at a hidden or minimised window: spend no budget on it.
    const bool watched = m_window->isVisible() && !m_window->isMinimized();
    for (const Project &p : m_workspace->projects()) {
        ProjectSession *session = m_workspace->existingSession(p.id);
        if (!session)
            continue;
        RefreshScheduler *scheduler = session->scheduler();
        scheduler->setShare(m_percent / 100.0);
        scheduler->setShownKind(kind);
        scheduler->setPaused(!watched || !(allProjects || session == shown));
    }
}

} // namespace hcloud
