#include "core/resources/resourcestatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace hcloud {

namespace {
struct StatusInfo
{
    const char *api;
    const char *text;
};

// Each table in the order its words sort.
constexpr StatusInfo kVolume[] = {
    {"available", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "Available")},
    {"creating", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "Creating")},
};

constexpr StatusInfo kImage[] = {
    {"available", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "Available")},
    {"creating", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "Creating")},
    {"unavailable", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "Unavailable")},
};

constexpr StatusInfo kCertificate[] = {
    {"valid", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "Valid")},
    {"renewing", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "Renewing")},
    {"pending", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "Issuing")},
    {"not_yet_valid", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "Not yet valid")},
    {"renewal_failed", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "Renewal failed")},
    {"failed", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "Issuance failed")},
    {"expired", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "Expired")},
};

constexpr StatusInfo kHealth[] = {
    {"healthy", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "Healthy")},
    {"unknown", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "Unknown")},
    {"no_targets", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "No targets")},
    {"unhealthy", QT_TRANSLATE_NOOP("hcloud::ResourceStatus", "Unhealthy")},
};

template<size_t N>
QString textOf(const StatusInfo (&table)[N], const QString &status)
{
    for (const StatusInfo &info : table) {
        if (status == QLatin1String(info.api))
            return QCoreApplication::translate("hcloud::ResourceStatus", info.text);
    }
    return status;
}

template<size_t N>
int orderOf(const StatusInfo (&table)[N], const QString &status)
{
    int order = 0;
    for (const StatusInfo &info : table) {
        if (status == QLatin1String(info.api))
            return order;
        ++order;
    }
    return order;
}

// Health checks of one target; a label selector's targets carry their own.
void collectHealth(const QJsonArray &targets, int *healthy, int *unhealthy, int *total)
{
    for (const QJsonValue &target : targets) {
        const QJsonObject t = target.toObject();
        for (const QJsonValue &check : t.value(QLatin1String("health_status")).toArray()) {
            const QString status = check.toObject().value(QLatin1String("status")).toString();
            ++*total;
            if (status == QLatin1String("healthy"))
                ++*healthy;
            else if (status == QLatin1String("unhealthy"))
                ++*unhealthy;
        }
        collectHealth(t.value(QLatin1String("targets")).toArray(), healthy, unhealthy, total);
    }
}
} // namespace

QString volumeStatusText(const QString &status) { return textOf(kVolume, status); }
int volumeStatusOrder(const QString &status) { return orderOf(kVolume, status); }
QString imageStatusText(const QString &status) { return textOf(kImage, status); }
int imageStatusOrder(const QString &status) { return orderOf(kImage, status); }

QString certificateState(const QJsonObject &certificate)
{
    const QJsonObject status = certificate.value(QLatin1String("status")).toObject();
    const QString issuance = status.value(QLatin1String("issuance")).toString();
    if (issuance == QLatin1String("pending"))
        return QStringLiteral("pending");
    if (issuance == QLatin1String("failed"))
        return QStringLiteral("failed");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime notAfter = QDateTime::fromString(
        certificate.value(QLatin1String("not_valid_after")).toString(), Qt::ISODate);
    const QDateTime notBefore = QDateTime::fromString(
        certificate.value(QLatin1String("not_valid_before")).toString(), Qt::ISODate);
    if (notAfter.isValid() && notAfter < now)
        return QStringLiteral("expired");
    if (notBefore.isValid() && notBefore > now)
        return QStringLiteral("not_yet_valid");
    const QString renewal = status.value(QLatin1String("renewal")).toString();
    if (renewal == QLatin1String("failed"))
        return QStringLiteral("renewal_failed");
    if (renewal == QLatin1String("pending"))
        return QStringLiteral("renewing");
    return QStringLiteral("valid");
}

QString certificateStateText(const QString &state) { return textOf(kCertificate, state); }
int certificateStateOrder(const QString &state) { return orderOf(kCertificate, state); }

QString loadBalancerHealth(const QJsonObject &loadBalancer)
{
    int healthy = 0;
    int unhealthy = 0;
    int total = 0;
    collectHealth(loadBalancer.value(QLatin1String("targets")).toArray(), &healthy, &unhealthy, &total);
    if (total == 0)
        return loadBalancer.value(QLatin1String("targets")).toArray().isEmpty() ? QStringLiteral("no_targets")
                                                                               : QStringLiteral("unknown");
    if (unhealthy > 0)
        return QStringLiteral("unhealthy");
    return healthy == total ? QStringLiteral("healthy") : QStringLiteral("unknown");
}

QString loadBalancerHealthText(const QString &health) { return textOf(kHealth, health); }
int loadBalancerHealthOrder(const QString &health) { return orderOf(kHealth, health); }

} // namespace hcloud
