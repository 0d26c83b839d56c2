#include "ui/window/actionmenus.h"

#include "ui/resources/kindactionmenu.h"
#include "ui/resourcetable.h"
#include "ui/servers/serveractions.h"

#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>

namespace hcloud {

ActionMenus::ActionMenus(QMainWindow *window, ServerActions *servers, KindActionMenu *kinds, ResourceTable *table)
    : QObject(window)
{
    QMenu *server = window->menuBar()->addMenu(tr("&Server"));
    servers->fillMenu(server);

    QToolBar *tools = window->addToolBar(tr("Server"));
    tools->setObjectName(QStringLiteral("serverToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->setMovable(false);
    for (ServerActions::Id id : {ServerActions::Id::Create, ServerActions::Id::PowerOn, ServerActions::Id::Shutdown,
                                 ServerActions::Id::Reboot, ServerActions::Id::Rescale,
                                 ServerActions::Id::CreateSnapshot, ServerActions::Id::Delete,
                                 ServerActions::Id::CopySsh})
        tools->addAction(servers->action(id));

    QTableView *view = table->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, window, [window, servers, view](const QPoint &pos) {
        auto *menu = new QMenu(window);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        servers->fillMenu(menu);
        menu->popup(view->viewport()->mapToGlobal(pos));
    });

    // Described once per kind (volumes, networks, ...).
    m_kindMenu = window->menuBar()->addMenu(tr("&Actions"));
    connect(kinds, &KindActionMenu::actionsChanged, this, [this, kinds] {
        m_kindMenu->clear();
        m_kindMenu->addActions(kinds->actions());
        m_kindMenu->menuAction()->setVisible(!kinds->actions().isEmpty());
    });
    m_kindMenu->menuAction()->setVisible(false);
}

} // namespace hcloud
