#pragma once

#include "core/projects/tokenvault.h"

namespace QKeychain {
class Job;
}

namespace hcloud {

// Token secrets in the OS keychain through QtKeychain: service
// "hcloud-desktop", key = token id. Never falls back to a plaintext file.
// Jobs run one at a time inside QtKeychain; every callback is delivered
// from a fresh event-loop turn, never from inside a job's finished signal,
// so a callback may start the next vault call at once.
//
// Where QtKeychain 0.13 is vague, SecretServiceProbe asks the bus: a read
// that finds nothing in a locked collection, and a removal from one, are
// Locked; an unexplained error of a Secret Service without a default
// collection is NoKeyring, and one without a keychain service NoBackend.
// Removing an entry that is not there is Ok.
class KeychainTokenVault : public TokenVault
{
    Q_OBJECT
public:
    explicit KeychainTokenVault(QObject *parent = nullptr);
    // Tests may use another service name; the app keeps the default.
    explicit KeychainTokenVault(const QString &service, QObject *parent = nullptr);

    static QString defaultService() { return QStringLiteral("hcloud-desktop"); }
    QString service() const { return m_service; }

    // A job that fails for an unclear reason is tried once more after this
    // delay: KWallet may answer late right after login. 0 turns it off.
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }
    int retryDelay() const { return m_retryDelayMs; }

    void store(const QString &tokenId, const QString &token, Done done) override;
    void read(const QString &tokenId, ReadDone done) override;
    void remove(const QString &tokenId, Done done) override;

    // QtKeychain's error (QKeychain::Error) and text to our status, before
    // asking D-Bus. Public for the tests.
    static Status classify(int keychainError, const QString &errorString);

private:
    enum class Op { Store, Read, Remove };
    struct Request;

    void start(const Request &request);
    void finished(const Request &request, int error, const QString &errorString, const QString &token);
    void diagnose(const Request &request, Status status, const QString &errorString);
    void deliver(const Request &request, Status status, const QString &detail, const QString &token);

    QString m_service;
    int m_retryDelayMs = 1000;
};

} // namespace hcloud
