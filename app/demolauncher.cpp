#include "app/demolauncher.h"

#include "app/demosession.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>

namespace hcloud {

MainWindow *openDemoWindow(QString *error)
{
    auto *session = new DemoSession;
    session->setLively(true);
    if (!session->start()) {
        *error = session->errorString();
        delete session;
        return nullptr;
    }
    auto *window = new MainWindow(session->workspace());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(QCoreApplication::translate("main", "Hetzner Cloud — Demo"));
    session->attach(window);
    // The window's views hold the session's models: the session goes after it.
    QObject::connect(window, &QObject::destroyed, session, &QObject::deleteLater);
    window->show();
    return window;
}

} // namespace hcloud
