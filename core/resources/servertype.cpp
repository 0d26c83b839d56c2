#include "core/resources/servertype.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace hcloud {

namespace {
double gross(const QJsonObject &price, const char *key)
{
    // Prices are decimal strings so that nothing is rounded on the way.
    return price.value(QLatin1String(key)).toObject().value(QLatin1String("gross")).toString().toDouble();
}
} // namespace

ServerTypeInfo ServerTypeInfo::fromJson(const QJsonObject &json)
{
    ServerTypeInfo t;
    t.id = json.value(QLatin1String("id")).toInteger();
    t.name = json.value(QLatin1String("name")).toString();
    t.description = json.value(QLatin1String("description")).toString();
    t.architecture = json.value(QLatin1String("architecture")).toString();
    t.storageType = json.value(QLatin1String("storage_type")).toString();
    t.cpuType = json.value(QLatin1String("cpu_type")).toString();
    t.cores = json.value(QLatin1String("cores")).toInt();
    t.memoryGb = json.value(QLatin1String("memory")).toDouble();
    t.diskGb = json.value(QLatin1String("disk")).toDouble();
    t.deprecated = json.value(QLatin1String("deprecated")).toBool();

    QHash<QString, QJsonObject> perLocation;
    const QJsonArray locations = json.value(QLatin1String("locations")).toArray();
    for (const QJsonValue &l : locations)
        perLocation.insert(l[QLatin1String("name")].toString(), l.toObject());
    for (const QJsonValue &p : json.value(QLatin1String("prices")).toArray()) {
        const QJsonObject price = p.toObject();
        Offer offer;
        offer.location = price.value(QLatin1String("location")).toString();
        // Older answers list no locations: the prices then say where it is offered.
        if (!locations.isEmpty() && !perLocation.contains(offer.location))
            continue;
        offer.hourly = gross(price, "price_hourly");
        offer.monthly = gross(price, "price_monthly");
        const QJsonObject here = perLocation.value(offer.location);
        offer.deprecation = serverTypeDeprecation(json, offer.location);
        offer.deprecated = t.deprecated || offer.deprecation.isSet();
        offer.available = here.value(QLatin1String("available")).toBool(true);
        offer.recommended = here.value(QLatin1String("recommended")).toBool(false);
        t.offers.append(offer);
    }
    return t;
}

QString ServerTypeInfo::Offer::note(const QDateTime &now) const
{
    if (deprecation.isSet())
        return deprecation.text(now);
    if (!available)
        return QCoreApplication::translate("hcloud::ServerTypeInfo", "Sold out here for now");
    if (recommended)
        return QCoreApplication::translate("hcloud::ServerTypeInfo", "Recommended");
    return QString();
}

const ServerTypeInfo::Offer *ServerTypeInfo::offerIn(const QString &location) const
{
    for (const Offer &o : offers) {
        if (o.location == location)
            return &o;
    }
    return nullptr;
}

QString ServerTypeInfo::specText() const
{
    return QCoreApplication::translate("hcloud::ServerTypeInfo", "%1 vCPU, %2 GB RAM, %3 GB disk, %4")
        .arg(cores)
        .arg(QLocale().toString(memoryGb))
        .arg(QLocale().toString(diskGb))
        .arg(architecture == QLatin1String("arm") ? QStringLiteral("Arm") : QStringLiteral("x86"));
}

QString formatEuro(double amount)
{
    return QLocale().toCurrencyString(amount, QStringLiteral("€"), amount < 1 ? 4 : 2);
}

} // namespace hcloud
