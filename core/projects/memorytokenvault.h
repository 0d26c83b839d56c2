#pragma once

#include "core/projects/tokenvault.h"

#include <QHash>

namespace hcloud {

// Secrets in process memory only: demo mode, tests, and "this session only".
class MemoryTokenVault : public TokenVault
{
    Q_OBJECT
public:
    using TokenVault::TokenVault;

    void store(const QString &tokenId, const QString &token, Done done) override;
    void read(const QString &tokenId, ReadDone done) override;
    void remove(const QString &tokenId, Done done) override;

private:
    QHash<QString, QString> m_tokens;
};

} // namespace hcloud
