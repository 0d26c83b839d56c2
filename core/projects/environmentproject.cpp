#include "core/projects/environmentproject.h"

#include "core/api/logging.h"
#include "core/projects/projectstore.h"
#include "core/projects/routingtokenvault.h"
#include "core/projects/tokencheck.h"

namespace hcloud {

EnvironmentProject::Outcome EnvironmentProject::install(const QProcessEnvironment &env, ProjectStore *store,
                                                        RoutingTokenVault *vault)
{
    Outcome out;
    if (!env.contains(QStringLiteral("HCLOUD_TOKEN")))
        return out;

    const TokenCheck check = TokenCheck::check(env.value(QStringLiteral("HCLOUD_TOKEN")));
    if (!check.ok()) {
        out.problem = tr("HCLOUD_TOKEN is set but is not an API token: %1").arg(check.message);
        return out;
    }
    const QString endpointText = env.value(QStringLiteral("HCLOUD_ENDPOINT")).trimmed();
    const QUrl endpoint = endpointText.isEmpty() ? Project().endpoint : QUrl(endpointText, QUrl::StrictMode);
    out.projectId = store->addTemporaryProject(tr("Environment"), endpoint);
    if (out.projectId.isEmpty()) {
        out.problem = tr("HCLOUD_ENDPOINT is not a usable http(s) address; "
                         "the token from HCLOUD_TOKEN was not used.");
        return out;
    }
    TokenRecord record;
    record.label = QStringLiteral("HCLOUD_TOKEN");
    record.prefix = check.prefix();
    record.sessionOnly = true;
    out.tokenId = store->addToken(out.projectId, record);
    // Marked before the store so the secret can never reach the keychain.
    vault->setSessionOnly(out.tokenId);
    vault->store(out.tokenId, check.token, [](const TokenVault::Result &) {});
    qCInfo(lcProjects) << "environment project with token prefix" << record.prefix;
    return out;
}

} // namespace hcloud
