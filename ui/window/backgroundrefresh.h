#pragma once

#include <QObject>

class QActionGroup;
class QMenu;
class QWidget;

namespace hcloud {

class ProjectSession;
class Workspace;

// View › Background Refresh: the share of each project's API budget the
// background refresh may spend, kept between runs, and which projects
// spend it: the shown one, or every one while all projects are shown.
class BackgroundRefresh : public QObject
{
    Q_OBJECT
public:
    BackgroundRefresh(Workspace *workspace, QWidget *window);

    // The submenu of the choices, added to `view`.
    void addMenu(QMenu *view);
    // The share was changed elsewhere (the Settings dialog); then shareChanged.
    void reloadSetting();
    // Sets each project's scheduler for what the window shows (shown:
    // the followed project, or nullptr). Nothing refreshes while the
    // window is hidden or minimised.
    void apply(const ProjectSession *shown, bool allProjects, const QString &kind) const;

signals:
    // Another share: apply() again.
    void shareChanged();

private:
    Workspace *m_workspace;
    QWidget *m_window;
    QActionGroup *m_choices;
    int m_percent = 10;
};

} // namespace hcloud
