#include "core/sim/sshkeyroutes.h"

#include "core/sim/kindroutes.h"
#include "core/sim/requestbody.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"
#include "core/sim/sshkeys.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

const QString kKind = QStringLiteral("ssh_keys");

SimReply create(RouteContext &c, const QJsonObject &body)
{
    Problems problems;
    const QString name = requiredName(body, QStringLiteral("is required"), &problems);
    const QString publicKey = body.value(QLatin1String("public_key")).toString().trimmed();
    QString fingerprint;
    if (publicKey.isEmpty())
        problems.append({QStringLiteral("public_key"), QStringLiteral("is required")});
    else if ((fingerprint = sshFingerprint(publicKey)).isEmpty())
        problems.append({QStringLiteral("public_key"), QStringLiteral("is not a valid SSH public key")});
    if (auto refused = checkNew(c.project, kKind, name, body, problems, QStringLiteral("SSH key with the same name already exists")))
        return *refused;
    for (const QJsonObject &key : c.project.collection(kKind)) {
        if (key.value(QLatin1String("fingerprint")).toString() == fingerprint)
            return SimReply::uniquenessError(QStringLiteral("public_key"), QStringLiteral("SSH key with the same fingerprint already exists"));
    }
    const QJsonObject key = addNew(c.project, kKind, name, body,
                                   {{QStringLiteral("fingerprint"), fingerprint}, {QStringLiteral("public_key"), publicKey}});
    return created(QStringLiteral("ssh_key"), key);
}

}  // namespace

void addSshKeyRoutes(SimRouter &router)
{
    router.add("POST", kKind, bodyRoute(create));
    const KindRef ref{kKind, QStringLiteral("ssh_key")};
    addUpdateRoute(router, ref);
    addDeleteRoute(router, ref);
}

}  // namespace hcloud::sim
