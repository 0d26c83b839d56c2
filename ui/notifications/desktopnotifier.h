#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace hcloud {

// Shows a desktop notification without waiting for it: through
// org.freedesktop.Notifications on the session bus on Linux (an async
// call), else, or when no such service answers, a QSystemTrayIcon message.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    void notify(const QString &title, const QString &body, bool failed);

signals:
    // For tests: the bus call came back (id from the service, 0 on error).
    void delivered(uint id);

private:
    void showInTray(const QString &title, const QString &body, bool failed);

    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace hcloud
