#include "sshkeyroutes.h"

#include "jsonshapes.h"
#include "requestbody.h"
#include "simproject.h"
#include "simrouter.h"
#include "sshkeys.h"

#include <QDateTime>
#include <QJsonArray>

namespace hcloud::sim {

namespace {

const QString kKind = QStringLiteral("ssh_keys");

const QJsonObject *findByName(const SimProject &project, const QString &name, qint64 except = 0)
{
    for (const QJsonObject &key : project.collection(kKind)) {
        if (key.value(QLatin1String("name")).toString() == name && key.value(QLatin1String("id")).toInteger() != except)
            return &key;
    }
    return nullptr;
}

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
    if (findByName(c.project, name))
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
        {QStringLiteral("created"), shapes::timestamp(QDateTime::currentSecsSinceEpoch())},
    };
    c.project.collection(kKind).insert(id, key);
    return SimReply::json(QJsonObject{{QStringLiteral("ssh_key"), key}}, 201);
}

SimReply update(RouteContext &c)
{
    const qint64 id = c.ids.first();
    Collection &keys = c.project.collection(kKind);
    const auto it = keys.find(id);
    if (it == keys.end())
        return SimReply::notFound(QStringLiteral("ssh_key with ID %1 not found").arg(id));
    SimReply error;
    const auto body = requestBody(c.request, &error);
    if (!body)
        return error;
    QVector<QPair<QString, QString>> problems;
    if (body->contains(QLatin1String("name")) && body->value(QLatin1String("name")).toString().isEmpty())
        problems.append({QStringLiteral("name"), QStringLiteral("must not be empty")});
    checkLabels(body->value(QLatin1String("labels")), &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (body->contains(QLatin1String("name"))) {
        const QString name = body->value(QLatin1String("name")).toString();
        if (findByName(c.project, name, id))
            return SimReply::uniquenessError(QStringLiteral("name"), QStringLiteral("SSH key with the same name already exists"));
        it->insert(QStringLiteral("name"), name);
    }
    if (body->contains(QLatin1String("labels")))
        it->insert(QStringLiteral("labels"), body->value(QLatin1String("labels")).toObject());
    return SimReply::json(QJsonObject{{QStringLiteral("ssh_key"), *it}});
}

SimReply remove(RouteContext &c)
{
    const qint64 id = c.ids.first();
    if (c.project.collection(kKind).remove(id) == 0)
        return SimReply::notFound(QStringLiteral("ssh_key with ID %1 not found").arg(id));
    SimReply reply;
    reply.status = 204;
    return reply;
}

}  // namespace

void addSshKeyRoutes(SimRouter &router)
{
    router.add("POST", kKind, create);
    router.add("PUT", kKind + QStringLiteral("/{id}"), update);
    router.add("DELETE", kKind + QStringLiteral("/{id}"), remove);
}

}  // namespace hcloud::sim
