#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace hcloud {

// A type or image being retired, as the API describes it: announced, and
// no longer available for new resources after a date. Every text takes
// "now", so that a test (and a clock) decides what is past.
struct Deprecation
{
    QDateTime announced;
    QDateTime unavailableAfter;

    bool isSet() const { return announced.isValid() || unavailableAfter.isValid(); }
    bool isOver(const QDateTime &now) const { return unavailableAfter.isValid() && now >= unavailableAfter; }

    // {"announced", "unavailable_after"}; not set for null or anything else.
    static Deprecation fromJson(const QJsonValue &value);
    // "Deprecated; available until 1 Mar 2027" or "No longer available since ...".
    QString text(const QDateTime &now) const;
};

// A server type's deprecation in one location (locations[].deprecation),
// else its deprecation everywhere (the older top-level field).
Deprecation serverTypeDeprecation(const QJsonObject &serverType, const QString &location);

// What a list shows in its Deprecation column ("No" when nothing is):
// a server's type (in its location) and image, an image, a load balancer's type.
QString serverDeprecationText(const QJsonObject &server, const QDateTime &now);
QString imageDeprecationText(const QJsonObject &image);
QString loadBalancerDeprecationText(const QJsonObject &loadBalancer, const QDateTime &now);

}  // namespace hcloud
