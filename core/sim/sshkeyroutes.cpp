#include "core/sim/sshkeyroutes.h"

#include "core/sim/jsonshapes.h"
#include "core/sim/kindroutes.h"
#include "core/sim/requestbody.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"
#include "core/sim/sshkeys.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

const QString kKind = QStringLiteral("ssh_keys");

SimReply create(RouteContext &c)
{
    SimReply error;
    const auto body = requestBody(c.request, &error);
    if (!body)
        return error;
    QVector<QPair<QString, QString>> problems;
    const QString name = body->value(QLatin1String("name")).toString();
    const QString publicKey = body->value(QLatin1String("public_key")).toString().trimmed();
    if (name.isEmpty())
        problems.append({QStringLiteral("name"), QStringLiteral("is required")});
    QString fingerprint;
    if (publicKey.isEmpty())
        problems.append({QStringLiteral("public_key"), QStringLiteral("is required")});
    else if ((fingerprint = sshFingerprint(publicKey)).isEmpty())
        problems.append({QStringLiteral("public_key"), QStringLiteral("is not a valid SSH public key")});
    checkLabels(body->value(QLatin1String("labels")), &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (nameTaken(c.project, kKind, name))
        return SimReply::uniquenessError(QStringLiteral("name"), QStringLiteral("SSH key with the same name already exists"));
    for (const QJsonObject &key : c.project.collection(kKind)) {
        if (key.value(QLatin1String("fingerprint")).toString() == fingerprint)
            return SimReply::uniquenessError(QStringLiteral("public_key"), QStringLiteral("SSH key with the same fingerprint already exists"));
    }
    const qint64 id = c.project.allocateId(kKind);
    const QJsonObject key{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("fingerprint"), fingerprint},
        {QStringLiteral("public_key"), publicKey},
        {QStringLiteral("labels"), body->value(QLatin1String("labels")).toObject()},
        {QStringLiteral("created"), shapes::timestamp(c.project.actions().nowMs() / 1000)},
    };
    c.project.collection(kKind).insert(id, key);
    return SimReply::json(QJsonObject{{QStringLiteral("ssh_key"), key}}, 201);
}

}  // namespace

void addSshKeyRoutes(SimRouter &router)
{
    router.add("POST", kKind, create);
    const KindRef ref{kKind, QStringLiteral("ssh_key")};
    addUpdateRoute(router, ref);
    addDeleteRoute(router, ref);
}

}  // namespace hcloud::sim
