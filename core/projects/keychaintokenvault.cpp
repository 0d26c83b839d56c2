#include "core/projects/keychaintokenvault.h"

#include "core/api/logging.h"
#include "core/api/redact.h"
#include "core/projects/secretserviceprobe.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace hcloud {

struct KeychainTokenVault::Request
{
    Op op;
    QString tokenId;
    QString token; // Store only
    Done done;     // Store, Remove
    ReadDone readDone;
    int attempt = 0;
};

namespace {

const char *opName(int op)
{
    static const char *const names[] = {"store", "read", "remove"};
    return names[op];
}

// Texts QtKeychain and GLib give when there is no session bus to talk to.
// QtKeychain 0.13 reports these as OtherError.
bool soundsLikeNoBus(const QString &text)
{
    static const char *const hints[] = {
        "autolaunch",                        // GLib: Cannot autolaunch D-Bus without X11 $DISPLAY
        "D-Bus is not running",              // QtKeychain, KWallet path
        "Could not connect",                 // GLib: bus address points nowhere
        "not provided by any .service files", // no Secret Service installed
        "dbus-launch",
        "DBUS_SESSION_BUS_ADDRESS",
    };
    for (const char *hint : hints) {
        if (text.contains(QLatin1String(hint), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// GLib's and D-Bus's words for a call that got no answer in time.
bool soundsLikeTimeout(const QString &text)
{
    return text.contains(QLatin1String("Timeout was reached"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("timed out"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("Did not receive a reply"), Qt::CaseInsensitive);
}

// Backend words worth showing: never D-Bus names and object paths.
bool worthShowing(const QString &detail)
{
    return !detail.isEmpty() && !detail.contains(QLatin1String("org.freedesktop"))
        && !detail.contains(QLatin1String("/org/"));
}

} // namespace

KeychainTokenVault::KeychainTokenVault(QObject *parent)
    : KeychainTokenVault(defaultService(), parent)
{
}

KeychainTokenVault::KeychainTokenVault(const QString &service, QObject *parent)
    : TokenVault(parent)
    , m_service(service)
{
}

TokenVault::Status KeychainTokenVault::classify(int keychainError, const QString &errorString)
{
    switch (keychainError) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
        return Status::NoBackend;
    case QKeychain::OtherError:
        if (soundsLikeNoBus(errorString))
            return Status::NoBackend;
        return soundsLikeTimeout(errorString) ? Status::TimedOut : Status::Failed;
    default:
        return Status::Failed;
    }
}

void KeychainTokenVault::store(const QString &tokenId, const QString &token, Done done)
{
    start({Op::Store, tokenId, token, std::move(done), {}, 0});
}

void KeychainTokenVault::read(const QString &tokenId, ReadDone done)
{
    start({Op::Read, tokenId, {}, {}, std::move(done), 0});
}

void KeychainTokenVault::remove(const QString &tokenId, Done done)
{
    start({Op::Remove, tokenId, {}, std::move(done), {}, 0});
}

void KeychainTokenVault::start(const Request &request)
{
    if (request.tokenId.isEmpty()) {
        QTimer::singleShot(0, this, [this, request] { deliver(request, Status::Failed, {}, {}); });
        return;
    }
    QKeychain::Job *job = nullptr;
    switch (request.op) {
    case Op::Store: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(request.token);
        job = write;
        break;
    }
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // No parent: deleting a job while libsecret still holds it would crash;
    // auto-delete frees it after finished(). The connection's context (this)
    // keeps the result from reaching a vault that is gone.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(request.tokenId);
    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *j) {
        const int error = j->error();
        const QString errorString = j->errorString();
        QString token;
        if (request.op == Op::Read && error == QKeychain::NoError)
            token = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        // Leave the finished signal before anything may start another job.
        QTimer::singleShot(0, this, [this, request, error, errorString, token] {
            finished(request, error, errorString, token);
        });
    });
    // Ids are not secret, but a damaged file may have put a token in one.
    qCDebug(lcVault) << opName(int(request.op)) << "token" << redact(request.tokenId)
                     << "attempt" << request.attempt + 1;
    job->start();
}

void KeychainTokenVault::finished(const Request &request, int error, const QString &errorString,
                                  const QString &token)
{
    const Status status = classify(error, errorString);
    // libsecret's clear reports success when a locked collection kept the
    // item, so a removal is only believed once the collection is unlocked.
    if (status == Status::Ok && request.op == Op::Remove) {
        diagnose(request, status, errorString);
        return;
    }
    if (status == Status::Ok) {
        deliver(request, status, {}, token);
        return;
    }
    qCInfo(lcVault) << opName(int(request.op)) << "token" << redact(request.tokenId) << "failed:" << error
                    << redact(errorString);
    // "Not found" from a locked collection and unclear errors need a look at
    // the bus; clear answers go straight back.
    // "Denied" may be a locked keyring, which has its own advice.
    const bool unclear = status == Status::Failed || status == Status::AccessDenied
        || (status == Status::NotFound && request.op == Op::Read);
    if (unclear)
        diagnose(request, status, errorString);
    else
        deliver(request, status, errorString, {});
}

void KeychainTokenVault::diagnose(const Request &request, Status status, const QString &errorString)
{
    SecretServiceProbe::run(this, [this, request, status, errorString](const SecretServiceProbe::Findings &f) {
        Status found = status;
        if (f.locked)
            found = Status::Locked;
        else if (status != Status::Ok && f.service && f.noKeyring)
            found = Status::NoKeyring;
        else if (status != Status::Ok && (!f.sessionBus || !f.service))
            found = Status::NoBackend;

        if (found == Status::Failed && request.attempt == 0 && m_retryDelayMs > 0) {
            qCInfo(lcVault) << "retrying once in" << m_retryDelayMs << "ms";
            Request again = request;
            again.attempt = 1;
            QTimer::singleShot(m_retryDelayMs, this, [this, again] { start(again); });
            return;
        }
        deliver(request, found, errorString, {});
    });
}

void KeychainTokenVault::deliver(const Request &request, Status status, const QString &detail,
                                 const QString &token)
{
    Result result{status, describe(status)};
    // Only an unexplained failure gets the backend's words; redacted anyway.
    if (status == Status::Failed && worthShowing(detail))
        result.message += QLatin1Char(' ')
            + tr("Details: %1").arg(redact(detail));
    if (!result.ok())
        qCInfo(lcVault) << opName(int(request.op)) << "token" << redact(request.tokenId) << "->" << status;
    if (request.readDone)
        request.readDone(result, token);
    else if (request.done)
        request.done(result);
}

} // namespace hcloud
