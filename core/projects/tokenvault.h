#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace hcloud {

// Where token secrets live. Every call is asynchronous: the callback runs
// later on the caller's thread, never inside the call.
class TokenVault : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,        // entry gone from the keychain
        NoBackend,       // no Secret Service / D-Bus (QtKeychain OtherError, NoBackendAvailable)
        AccessDenied,    // the user (or the keyring's policy) said no
        Failed,          // anything else
        Locked,          // the keyring is locked and was not unlocked
        NoKeyring,       // a Secret Service without any keyring to keep secrets in
        TimedOut,        // the keychain did not answer in time
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Ok;
        QString message; // for the user; never holds a secret
        bool ok() const { return status == Status::Ok; }
    };

    using Done = std::function<void(const Result &)>;
    using ReadDone = std::function<void(const Result &, const QString &token)>;

    using QObject::QObject;

    virtual void store(const QString &tokenId, const QString &token, Done done) = 0;
    virtual void read(const QString &tokenId, ReadDone done) = 0;
    virtual void remove(const QString &tokenId, Done done) = 0;

    // A person-readable explanation of a status.
    static QString describe(Status status);
};

} // namespace hcloud
