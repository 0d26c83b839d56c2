#pragma once

#include "core/projects/tokenvault.h"

#include <QStringList>
#include <functional>

namespace hcloud {

class ProjectStore;

// Takes the secrets of removed tokens (ProjectStore::pendingRemovals())
// out of the vault, one after another, and tells the store which are gone.
// An entry already missing counts as removed. Ids that fail stay pending,
// to be tried again (e.g. at the next start, once the keychain is unlocked).
class TokenPurge
{
public:
    struct Outcome
    {
        QStringList removed;
        QStringList failed;
        QString message; // the first failure's, for the user
        bool ok() const { return failed.isEmpty(); }
    };
    using Done = std::function<void(const Outcome &)>;

    static void run(ProjectStore *store, TokenVault *vault, Done done);
};

} // namespace hcloud
