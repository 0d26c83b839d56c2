#include "core/projects/routingtokenvault.h"

#include "core/projects/memorytokenvault.h"

#include <QTimer>

namespace hcloud {

RoutingTokenVault::RoutingTokenVault(TokenVault *keychain, QObject *parent)
    : TokenVault(parent)
    , m_keychain(keychain)
    , m_session(new MemoryTokenVault(this))
{
}

void RoutingTokenVault::setSessionOnly(const QString &tokenId, bool sessionOnly)
{
    if (sessionOnly)
        m_sessionIds.insert(tokenId);
    else
        m_sessionIds.remove(tokenId);
}

TokenVault *RoutingTokenVault::route(const QString &tokenId) const
{
    return m_sessionIds.contains(tokenId) ? static_cast<TokenVault *>(m_session) : m_keychain.data();
}

void RoutingTokenVault::store(const QString &tokenId, const QString &token, Done done)
{
    if (TokenVault *vault = route(tokenId)) {
        vault->store(tokenId, token, std::move(done));
        return;
    }
    QTimer::singleShot(0, this, [done] { done({Status::NoBackend, describe(Status::NoBackend)}); });
}

void RoutingTokenVault::read(const QString &tokenId, ReadDone done)
{
    if (TokenVault *vault = route(tokenId)) {
        vault->read(tokenId, std::move(done));
        return;
    }
    QTimer::singleShot(0, this, [done] { done({Status::NoBackend, describe(Status::NoBackend)}, {}); });
}

void RoutingTokenVault::remove(const QString &tokenId, Done done)
{
    TokenVault *vault = route(tokenId);
    m_sessionIds.remove(tokenId);
    if (vault) {
        vault->remove(tokenId, std::move(done));
        return;
    }
    QTimer::singleShot(0, this, [done] { done({Status::NoBackend, describe(Status::NoBackend)}); });
}

} // namespace hcloud
