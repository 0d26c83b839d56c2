#include "core/sim/certificateroutes.h"

#include "core/sim/jsonshapes.h"
#include "core/sim/kindroutes.h"
#include "core/sim/requestbody.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace hcloud::sim {

namespace {

const QString kKind = QStringLiteral("certificates");

const KindRef kRef{kKind, QStringLiteral("certificate")};
const QString kNameInUse = QStringLiteral("certificate name is already used");

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

// A managed certificate is requested: issuance runs as an action and
// fills in the certificate when it ends (or marks it failed).
QJsonObject issue(SimProject &project, qint64 id, const QString &command)
{
    return project.actions().start(project, command, {actionResource(kRef.type, id)}, [id](SimProject &p, bool ok) {
        auto it = p.collection(kKind).find(id);
        if (it == p.collection(kKind).end())
            return;
        const qint64 now = p.actions().nowMs() / 1000;
        QJsonObject status{{QStringLiteral("issuance"), ok ? QStringLiteral("completed") : QStringLiteral("failed")},
                           {QStringLiteral("renewal"), QStringLiteral("unavailable")},
                           {QStringLiteral("error"), ok ? QJsonValue()
                                                        : QJsonValue(QJsonObject{{QStringLiteral("code"), QStringLiteral("ca_dns_validation_failed")},
                                                                                 {QStringLiteral("message"), QStringLiteral("Certificate Authority: DNS validation failed")}})}};
        it->insert(QStringLiteral("status"), status);
        if (!ok)
            return;
        const QString pem = QStringLiteral("-----BEGIN CERTIFICATE-----\nU2ltdWxhdGVkIG1hbmFnZWQgJWxs%1\n-----END CERTIFICATE-----\n").arg(id);
        it->insert(QStringLiteral("certificate"), pem);
        it->insert(QStringLiteral("fingerprint"), fingerprintOf(pem));
        it->insert(QStringLiteral("not_valid_before"), shapes::timestamp(now));
        it->insert(QStringLiteral("not_valid_after"), shapes::timestamp(now + 90LL * 86400));
    });
}

SimReply createManaged(RouteContext &c, const QJsonObject &body, const QString &name, Problems problems)
{
    const QJsonArray domains = body.value(QLatin1String("domain_names")).toArray();
    if (domains.isEmpty())
        problems.append({QStringLiteral("domain_names"), QStringLiteral("is required for managed certificates")});
    for (const QJsonValue &domain : domains) {
        if (domain.toString().isEmpty() || domain.toString().contains(QLatin1Char(' ')))
            problems.append({QStringLiteral("domain_names"), QStringLiteral("must be domain names")});
    }
    if (auto refused = checkNew(c.project, kKind, name, body, problems, kNameInUse))
        return *refused;
    const QJsonObject cert = addNew(c.project, kKind, name, body,
                                    {{QStringLiteral("type"), QStringLiteral("managed")},
                                     {QStringLiteral("certificate"), QJsonValue()},
                                     {QStringLiteral("fingerprint"), QJsonValue()},
                                     {QStringLiteral("domain_names"), domains},
                                     {QStringLiteral("not_valid_before"), QJsonValue()},
                                     {QStringLiteral("not_valid_after"), QJsonValue()},
                                     {QStringLiteral("status"), QJsonObject{{QStringLiteral("issuance"), QStringLiteral("pending")},
                                                                            {QStringLiteral("renewal"), QStringLiteral("unavailable")},
                                                                            {QStringLiteral("error"), QJsonValue()}}},
                                     {QStringLiteral("used_by"), QJsonArray()}});
    const qint64 id = cert.value(QLatin1String("id")).toInteger();
    return created(kRef.type, cert, issue(c.project, id, QStringLiteral("create_certificate")));
}

SimReply create(RouteContext &c, const QJsonObject &body)
{
    Problems problems;
    const QString name = requiredName(body, QStringLiteral("is required"), &problems);
    const QString type = body.value(QLatin1String("type")).toString(QStringLiteral("uploaded"));
    const QString certificate = body.value(QLatin1String("certificate")).toString();
    const QString privateKey = body.value(QLatin1String("private_key")).toString();
    if (type == QLatin1String("managed"))
        return createManaged(c, body, name, problems);
    if (type != QLatin1String("uploaded"))
        problems.append({QStringLiteral("type"), QStringLiteral("must be uploaded or managed")});
    if (!looksLikePem(certificate, "CERTIFICATE"))
        problems.append({QStringLiteral("certificate"), QStringLiteral("is not a PEM encoded certificate")});
    if (!privateKey.contains(QLatin1String("PRIVATE KEY-----")))
        problems.append({QStringLiteral("private_key"), QStringLiteral("is not a PEM encoded private key")});
    if (auto refused = checkNew(c.project, kKind, name, body, problems, kNameInUse))
        return *refused;
    const qint64 now = c.project.actions().nowMs() / 1000;
    // Without parsing the certificate its names and validity are unknown;
    // these plausible values keep the shape of the API's answer.
    const QJsonObject cert = addNew(c.project, kKind, name, body,
                                    {{QStringLiteral("type"), type},
                                     {QStringLiteral("certificate"), certificate},
                                     {QStringLiteral("fingerprint"), fingerprintOf(certificate)},
                                     {QStringLiteral("domain_names"), QJsonArray{QStringLiteral("example.com")}},
                                     {QStringLiteral("not_valid_before"), shapes::timestamp(now)},
                                     {QStringLiteral("not_valid_after"), shapes::timestamp(now + 90LL * 86400)},
                                     {QStringLiteral("status"), QJsonValue()},
                                     {QStringLiteral("used_by"), QJsonArray()}});
    return created(kRef.type, cert, QJsonValue());
}

}  // namespace

void addCertificateRoutes(SimRouter &router)
{
    router.add("POST", kKind, bodyRoute(create));
    addUpdateRoute(router, kRef);
    addObjectAction(router, kRef, "retry", [](RouteContext &c, qint64 id, const QJsonObject &, QJsonObject &cert) {
        if (cert.value(QLatin1String("status"))[QLatin1String("issuance")].toString() != QLatin1String("failed"))
            return SimReply::error(422, QStringLiteral("invalid_input"), QStringLiteral("only a failed issuance can be retried"));
        QJsonObject status = cert.value(QLatin1String("status")).toObject();
        status.insert(QStringLiteral("issuance"), QStringLiteral("pending"));
        status.insert(QStringLiteral("error"), QJsonValue());
        cert.insert(QStringLiteral("status"), status);
        return started(issue(c.project, id, QStringLiteral("issue_certificate")));
    });
    addDeleteRoute(router, kRef, [](SimProject &, qint64 id, const QJsonObject &cert) -> std::optional<SimReply> {
        if (!cert.value(QLatin1String("used_by")).toArray().isEmpty())
            return SimReply::error(422, QStringLiteral("resource_in_use"), QStringLiteral("certificate %1 is still used by a load balancer").arg(id));
        return std::nullopt;
    });
}

}  // namespace hcloud::sim
