#include "certificateroutes.h"

#include "jsonshapes.h"
#include "kindroutes.h"
#include "requestbody.h"
#include "simproject.h"
#include "simrouter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

namespace hcloud::sim {

namespace {

const QString kKind = QStringLiteral("certificates");

const KindRef kRef{kKind, QStringLiteral("certificate")};

bool looksLikePem(const QString &text, const char *label)
{
    return text.contains(QStringLiteral("-----BEGIN %1-----").arg(QLatin1String(label)));
}

// Colon-separated SHA-256. The simulator does not parse X.509, so this hashes
// the PEM text: stable and unique per upload, but not the real DER fingerprint.
QString fingerprintOf(const QString &pem)
{
    const QByteArray hex = QCryptographicHash::hash(pem.toUtf8(), QCryptographicHash::Sha256).toHex();
    QStringList parts;
    for (int i = 0; i < hex.size(); i += 2)
        parts.append(QString::fromLatin1(hex.mid(i, 2)));
    return parts.join(QLatin1Char(':'));
}

SimReply create(RouteContext &c)
{
    SimReply error;
    const auto body = requestBody(c.request, &error);
    if (!body)
        return error;
    QVector<QPair<QString, QString>> problems;
    const QString name = body->value(QLatin1String("name")).toString();
    const QString type = body->value(QLatin1String("type")).toString(QStringLiteral("uploaded"));
    const QString certificate = body->value(QLatin1String("certificate")).toString();
    const QString privateKey = body->value(QLatin1String("private_key")).toString();
    if (name.isEmpty())
        problems.append({QStringLiteral("name"), QStringLiteral("is required")});
    if (type == QLatin1String("managed"))
        return SimReply::error(400, QStringLiteral("invalid_input"),
                               QStringLiteral("managed certificates are not simulated yet"));
    if (type != QLatin1String("uploaded"))
        problems.append({QStringLiteral("type"), QStringLiteral("must be uploaded or managed")});
    if (!looksLikePem(certificate, "CERTIFICATE"))
        problems.append({QStringLiteral("certificate"), QStringLiteral("is not a PEM encoded certificate")});
    if (!privateKey.contains(QLatin1String("PRIVATE KEY-----")))
        problems.append({QStringLiteral("private_key"), QStringLiteral("is not a PEM encoded private key")});
    checkLabels(body->value(QLatin1String("labels")), &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (nameTaken(c.project, kKind, name))
        return SimReply::uniquenessError(QStringLiteral("name"), QStringLiteral("certificate name is already used"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 id = c.project.allocateId(kKind);
    // Without parsing the certificate its names and validity are unknown;
    // these plausible values keep the shape of the API's answer.
    const QJsonObject cert{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), type},
        {QStringLiteral("certificate"), certificate},
        {QStringLiteral("fingerprint"), fingerprintOf(certificate)},
        {QStringLiteral("domain_names"), QJsonArray{QStringLiteral("example.com")}},
        {QStringLiteral("not_valid_before"), shapes::timestamp(now)},
        {QStringLiteral("not_valid_after"), shapes::timestamp(now + 90LL * 86400)},
        {QStringLiteral("status"), QJsonValue()},
        {QStringLiteral("used_by"), QJsonArray()},
        {QStringLiteral("labels"), body->value(QLatin1String("labels")).toObject()},
        {QStringLiteral("created"), shapes::timestamp(now)},
    };
    c.project.collection(kKind).insert(id, cert);
    return SimReply::json(QJsonObject{{QStringLiteral("certificate"), cert}, {QStringLiteral("action"), QJsonValue()}}, 201);
}

SimReply remove(RouteContext &c)
{
    const qint64 id = c.ids.first();
    Collection &certs = c.project.collection(kKind);
    const auto it = certs.find(id);
    if (it == certs.end())
        return SimReply::notFound(QStringLiteral("certificate with ID %1 not found").arg(id));
    if (!it->value(QLatin1String("used_by")).toArray().isEmpty())
        return SimReply::error(409, QStringLiteral("resource_in_use"), QStringLiteral("certificate is still in use"));
    certs.erase(it);
    return noContent();
}

}  // namespace

void addCertificateRoutes(SimRouter &router)
{
    router.add("POST", kKind, create);
    addUpdateRoute(router, kRef);
    router.add("DELETE", kKind + QStringLiteral("/{id}"), remove);
}

}  // namespace hcloud::sim
