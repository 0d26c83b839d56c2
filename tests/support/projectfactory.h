#pragma once

// Projects as the tests build them: one token, its prefix in the project and
// its secret in a vault.

#include "core/projects/project.h"

class QUrl;

namespace hcloud {
class TokenVault;
}

namespace testing {

hcloud::Project projectWithToken(const QString &id, const QString &name, const QUrl &endpoint, const QString &tokenId,
                                 const QString &token,
                                 hcloud::TokenPermission permission = hcloud::TokenPermission::Unknown);

// Stores the secret and runs the event loop until the vault answers; false
// when it did not answer or failed.
bool storeToken(hcloud::TokenVault &vault, const QString &tokenId, const QString &token);

} // namespace testing
