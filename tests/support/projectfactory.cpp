#include "tests/support/projectfactory.h"

#include "tests/support/vaulttesthelpers.h"

namespace testing {

hcloud::Project projectWithToken(const QString &id, const QString &name, const QUrl &endpoint, const QString &tokenId,
                                 const QString &token, hcloud::TokenPermission permission)
{
    hcloud::Project p;
    p.id = id;
    p.name = name;
    p.endpoint = endpoint;
    p.tokens.append({tokenId, QString(), token.left(32), permission, {}, {}, false});
    return p;
}

bool storeToken(hcloud::TokenVault &vault, const QString &tokenId, const QString &token)
{
    const Answer a = store(vault, tokenId, token);
    return a.arrived && a.result.ok();
}

} // namespace testing
