#include "core/projects/secretserviceprobe.h"

#include <QTimer>

#ifdef HCLOUD_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <memory>
#endif

namespace hcloud {

#ifdef HCLOUD_HAVE_DBUS
namespace {

const QString kSecrets = QStringLiteral("org.freedesktop.secrets");
constexpr int kTimeoutMs = 5000; // a service being activated may take a moment

bool holdsKeychain(const QStringList &names)
{
    for (const QString &name : names) {
        if (name == kSecrets || name.startsWith(QLatin1String("org.kde.kwalletd")))
            return true;
    }
    return false;
}

void call(const QDBusMessage &message, QObject *context,
          std::function<void(const QDBusMessage &reply)> then)
{
    const QDBusPendingCall pending = QDBusConnection::sessionBus().asyncCall(message, kTimeoutMs);
    auto *watcher = new QDBusPendingCallWatcher(pending, context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [then = std::move(then)](QDBusPendingCallWatcher *w) {
                         w->deleteLater();
                         then(w->reply());
                     });
}

QDBusMessage busCall(const QString &method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                          QStringLiteral("/org/freedesktop/DBus"),
                                          QStringLiteral("org.freedesktop.DBus"), method);
}

QStringList names(const QDBusMessage &reply)
{
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().constFirst().toStringList();
}

void askLocked(QObject *context, std::shared_ptr<SecretServiceProbe::Findings> findings,
               SecretServiceProbe::Done done)
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        kSecrets, QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    call(get, context, [findings, done](const QDBusMessage &reply) {
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
            findings->locked = qvariant_cast<QDBusVariant>(reply.arguments().constFirst()).variant().toBool();
        // gnome-keyring without a login keyring has no object behind the
        // default alias; other errors (a timeout, say) prove nothing.
        const QString error = reply.errorName();
        findings->noKeyring = reply.type() == QDBusMessage::ErrorMessage
            && (error == QLatin1String("org.freedesktop.DBus.Error.UnknownObject")
                || error == QLatin1String("org.freedesktop.Secret.Error.NoSuchObject")
                || (error == QLatin1String("org.freedesktop.DBus.Error.UnknownMethod")
                    && reply.errorMessage().contains(QLatin1String("does not exist"))));
        done(*findings);
    });
}

} // namespace

void SecretServiceProbe::run(QObject *context, Done done)
{
    auto findings = std::make_shared<Findings>();
    if (!QDBusConnection::sessionBus().isConnected()) {
        QTimer::singleShot(0, context, [findings, done] { done(*findings); });
        return;
    }
    findings->sessionBus = true;
    call(busCall(QStringLiteral("ListNames")), context, [context, findings, done](const QDBusMessage &running) {
        const QStringList owned = names(running);
        if (holdsKeychain(owned)) {
            findings->service = true;
            if (owned.contains(kSecrets))
                askLocked(context, findings, done);
            else
                done(*findings);
            return;
        }
        call(busCall(QStringLiteral("ListActivatableNames")), context,
             [context, findings, done](const QDBusMessage &activatable) {
                 const QStringList startable = names(activatable);
                 findings->service = holdsKeychain(startable);
                 if (startable.contains(kSecrets))
                     askLocked(context, findings, done);
                 else
                     done(*findings);
             });
    });
}

#else

void SecretServiceProbe::run(QObject *context, Done done)
{
    // Without D-Bus there is nothing more to learn than QtKeychain said.
    Findings findings;
    findings.sessionBus = true;
    findings.service = true;
    QTimer::singleShot(0, context, [findings, done] { done(findings); });
}

#endif

} // namespace hcloud
