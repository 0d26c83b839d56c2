#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace hcloud {

class KindActionMenu;
class ResourceTable;
class ServerActions;

// Where the window offers the actions on the current object: the Server
// menu, its toolbar, the table's context menu, and the Actions menu of
// the shown kind's own actions (hidden while the kind has none).
class ActionMenus : public QObject
{
    Q_OBJECT
public:
    // Adds the menus to the window's menu bar, after those it has.
    ActionMenus(QMainWindow *window, ServerActions *servers, KindActionMenu *kinds, ResourceTable *table);

    QMenu *kindMenu() const { return m_kindMenu; }

private:
    QMenu *m_kindMenu;
};

} // namespace hcloud
