#pragma once

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
