#pragma once

#include "core/resources/deprecation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace hcloud {

// A server type as the create, rescale and details views need it: its size
// and, per location where it is offered, its gross price.
struct ServerTypeInfo
{
    struct Offer
    {
        QString location;
        double hourly = 0;   // gross, EUR
        double monthly = 0;  // gross, EUR (the monthly cap)
        bool deprecated = false;
        bool available = true;     // false: sold out there for now
        bool recommended = false;  // the API recommends it there
        Deprecation deprecation;   // in this location

        // Whether a new server may have it here: available and not past
        // its unavailable_after.
        bool orderable(const QDateTime &now) const { return available && !deprecation.isOver(now); }
        // What the New Server list says beside it ("Recommended", the
        // deprecation's dates, "Sold out for now"); empty when nothing.
        QString note(const QDateTime &now) const;
    };

    qint64 id = 0;
    QString name;
    QString description;
    QString architecture; // "x86", "arm"
    QString storageType;  // "local", "network"
    QString cpuType;      // "shared", "dedicated"
    int cores = 0;
    double memoryGb = 0;
    double diskGb = 0;
    bool deprecated = false;
    QVector<Offer> offers;

    static ServerTypeInfo fromJson(const QJsonObject &json);
    // Null when the type is not offered in that location.
    const Offer *offerIn(const QString &location) const;
    // "2 vCPU, 4 GB RAM, 40 GB disk, x86"
    QString specText() const;
};

// A gross EUR amount as a person reads it in the current locale: "€4.51".
QString formatEuro(double amount);

} // namespace hcloud
