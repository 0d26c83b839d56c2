#include "servertype.h"

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

    QHash<QString, bool> locationDeprecated;
    const QJsonArray locations = json.value(QLatin1String("locations")).toArray();
    for (const QJsonValue &l : locations) {
        const QJsonObject o = l.toObject();
        locationDeprecated.insert(o.value(QLatin1String("name")).toString(),
                                  o.value(QLatin1String("deprecation")).isObject());
    }
    for (const QJsonValue &p : json.value(QLatin1String("prices")).toArray()) {
        const QJsonObject price = p.toObject();
        Offer offer;
        offer.location = price.value(QLatin1String("location")).toString();
        // Older answers list no locations: the prices then say where it is offered.
        if (!locations.isEmpty() && !locationDeprecated.contains(offer.location))
            continue;
        offer.hourly = gross(price, "price_hourly");
        offer.monthly = gross(price, "price_monthly");
        offer.deprecated = t.deprecated || locationDeprecated.value(offer.location);
        t.offers.append(offer);
    }
    return t;
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
