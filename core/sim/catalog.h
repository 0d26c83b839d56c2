#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace hcloud::sim {

// The fixed part of the simulated cloud: what every project sees alike.
// Values follow the public API closely enough for a client to show them,
// they are not a price list.

struct LocationInfo
{
    qint64 id;
    QString name;
    QString description;
    QString country;
    QString city;
    double latitude;
    double longitude;
    QString networkZone;
};

struct DatacenterInfo
{
    qint64 id;
    QString name;
    QString description;
    QString location;
    QStringList unavailableTypes;  // supported but sold out here
};

struct ServerTypeInfo
{
    qint64 id;
    QString name;
    QString description;
    QString category;
    QString cpuType;       // shared | dedicated
    QString architecture;  // x86 | arm
    int cores;
    double memoryGb;
    int diskGb;
    qint64 monthlyNetEu;  // EUR in 1/10000, before VAT, in eu-central
    QStringList locations;
};

struct ImageInfo
{
    qint64 id;
    QString name;
    QString description;
    QString osFlavor;
    QString osVersion;
    QString architecture;
    QString created;     // ISO 8601
    QString deprecated;  // empty: not deprecated
    double diskSizeGb;
};

struct LoadBalancerTypeInfo
{
    qint64 id;
    QString name;
    QString description;
    int maxConnections;
    int maxServices;
    int maxTargets;
    int maxCertificates;
    qint64 monthlyNetEu;  // EUR in 1/10000, before VAT, in eu-central
};

// A deprecation as the API describes one: announced, and unavailable
// (no new resources) after a date. Both ISO 8601.
struct DeprecationInfo
{
    QString announced;
    QString unavailableAfter;
};

struct IsoInfo
{
    qint64 id;
    QString name;
    QString description;
    QString architecture;  // empty: any architecture
};

namespace catalog {

const QVector<LocationInfo> &locations();
const QVector<DatacenterInfo> &datacenters();
const QVector<ServerTypeInfo> &serverTypes();
const QVector<ImageInfo> &images();
const QVector<IsoInfo> &isos();
const QVector<LoadBalancerTypeInfo> &loadBalancerTypes();
const LoadBalancerTypeInfo *loadBalancerType(const QString &idOrName);

// Deprecation of a server type in one location; nullptr when not deprecated.
const DeprecationInfo *serverTypeDeprecation(const QString &type, const QString &location);
// Deprecation of a server type in all of its locations (the deprecated
// top-level field); nullptr unless every location has one.
const DeprecationInfo *serverTypeDeprecation(const QString &type);
// Whether the API recommends the type for new servers in the location.
bool recommendedServerType(const QString &type, const QString &location);
// Whether the type is supported in the location and not sold out there for
// now (`available`); a deprecation's unavailable_after is apart from it.
bool serverTypeAvailable(const ServerTypeInfo &type, const QString &location);
const DeprecationInfo *loadBalancerTypeDeprecation(const QString &type);

const LocationInfo *location(const QString &name);
const DatacenterInfo *datacenterIn(const QString &location);
const ServerTypeInfo *serverType(const QString &name);
const ImageInfo *image(const QString &name, const QString &architecture);

// Price factor (percent of the eu-central price) and traffic per network zone.
int priceFactorPercent(const QString &networkZone);
qint64 includedTrafficBytes(const QString &networkZone);
qint64 perTbTrafficNet(const QString &networkZone);  // EUR in 1/10000

inline constexpr int vatPercent = 19;

}  // namespace catalog

}  // namespace hcloud::sim
