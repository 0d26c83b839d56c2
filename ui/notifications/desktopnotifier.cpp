#include "ui/notifications/desktopnotifier.h"

#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QVariantMap>

#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace hcloud {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

void DesktopNotifier::notify(const QString &title, const QString &body, bool failed)
{
#if defined(Q_OS_LINUX)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
        QVariantMap hints;
        hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("hcloud-desktop"));
        hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(failed ? 2 : 1)));
        call << QStringLiteral("hcloud-desktop") << uint(0) << QStringLiteral("hcloud-desktop") << title << body
             << QStringList() << hints << int(-1);
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, title, body, failed] {
            watcher->deleteLater();
            const QDBusPendingReply<uint> reply = *watcher;
            if (reply.isError()) {
                showInTray(title, body, failed);
                emit delivered(0);
                return;
            }
            emit delivered(reply.value());
        });
        return;
    }
#endif
    showInTray(title, body, failed);
}

void DesktopNotifier::showInTray(const QString &title, const QString &body, bool failed)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("hcloud-desktop"));
        m_tray->show();
    }
    m_tray->showMessage(title, body, failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace hcloud
