#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace hcloud {

struct PaletteTarget;
class ServerActions;
class Workspace;

// Ctrl+K: the palette over a snapshot of every project's loaded rows (row
// fields only, no JSON is read) and the server actions; a choice opens
// the object, then runs the action as from the menu.
class PaletteLauncher : public QObject
{
    Q_OBJECT
public:
    // Shows the object in the window; false when it is no longer there.
    using Opener = std::function<bool(const QString &projectId, const QString &kind, qint64 id)>;

    PaletteLauncher(Workspace *workspace, ServerActions *actions, QWidget *window, Opener open);

    void open();

signals:
    // For the status bar: why a choice could not be done.
    void message(const QString &text);

private:
    void run(const PaletteTarget &target, const QString &commandId);

    Workspace *m_workspace;
    ServerActions *m_actions;
    QWidget *m_window;
    Opener m_open;
};

} // namespace hcloud
