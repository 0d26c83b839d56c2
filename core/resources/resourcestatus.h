#pragma once

#include <QJsonObject>
#include <QString>

namespace hcloud {

// Status words of the kinds other than servers, in words, and an order that
// groups them sensibly (good first). Unknown words come through unchanged.
QString volumeStatusText(const QString &status);
int volumeStatusOrder(const QString &status);
QString imageStatusText(const QString &status);
int imageStatusOrder(const QString &status);

// A certificate's state in one word: "valid", "expired", "not_yet_valid",
// "pending", "failed", "renewing" or "renewal_failed". Managed certificates
// report issuance and renewal; uploaded ones only have their validity dates.
QString certificateState(const QJsonObject &certificate);
QString certificateStateText(const QString &state);
int certificateStateOrder(const QString &state);

// A Load Balancer's targets in one word: "healthy" (every check passes),
// "unhealthy" (any fails), "unknown" (not checked yet) or "no_targets".
QString loadBalancerHealth(const QJsonObject &loadBalancer);
QString loadBalancerHealthText(const QString &health);
int loadBalancerHealthOrder(const QString &health);

} // namespace hcloud
