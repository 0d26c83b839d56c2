#include "core/projects/memorytokenvault.h"

#include <QTimer>

namespace hcloud {

void MemoryTokenVault::store(const QString &tokenId, const QString &token, Done done)
{
    m_tokens.insert(tokenId, token);
    QTimer::singleShot(0, this, [done] { done({}); });
}

void MemoryTokenVault::read(const QString &tokenId, ReadDone done)
{
    const auto it = m_tokens.constFind(tokenId);
    const bool found = it != m_tokens.constEnd();
    const QString token = found ? *it : QString();
    QTimer::singleShot(0, this, [done, found, token] {
        if (found)
            done({}, token);
        else
            done({Status::NotFound, describe(Status::NotFound)}, {});
    });
}

void MemoryTokenVault::remove(const QString &tokenId, Done done)
{
    const bool found = m_tokens.remove(tokenId) > 0;
    QTimer::singleShot(0, this, [done, found] {
        if (found)
            done({});
        else
            done({Status::NotFound, describe(Status::NotFound)});
    });
}

} // namespace hcloud
