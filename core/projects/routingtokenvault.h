#pragma once

#include "core/projects/tokenvault.h"

#include <QPointer>
#include <QSet>

namespace hcloud {

class MemoryTokenVault;

// The one vault the app hands out: a token marked session-only (the
// environment's token, or "this session only" when there is no keychain)
// lives in process memory; every other token goes to the keychain vault.
class RoutingTokenVault : public TokenVault
{
    Q_OBJECT
public:
    explicit RoutingTokenVault(TokenVault *keychain, QObject *parent = nullptr);

    void setSessionOnly(const QString &tokenId, bool sessionOnly = true);
    bool isSessionOnly(const QString &tokenId) const { return m_sessionIds.contains(tokenId); }

    void store(const QString &tokenId, const QString &token, Done done) override;
    void read(const QString &tokenId, ReadDone done) override;
    void remove(const QString &tokenId, Done done) override;

    TokenVault *keychain() const { return m_keychain; }

private:
    TokenVault *route(const QString &tokenId) const;

    QPointer<TokenVault> m_keychain;
    MemoryTokenVault *m_session;
    QSet<QString> m_sessionIds;
};

} // namespace hcloud
