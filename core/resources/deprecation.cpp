#include "core/resources/deprecation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QStringList>

namespace hcloud {

namespace {

QString day(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QString none()
{
    return QCoreApplication::translate("hcloud::Deprecation", "No");
}

}  // namespace

Deprecation Deprecation::fromJson(const QJsonValue &value)
{
    Deprecation d;
    if (!value.isObject())
        return d;
    const QJsonObject o = value.toObject();
    d.announced = QDateTime::fromString(o.value(QLatin1String("announced")).toString(), Qt::ISODate);
    d.unavailableAfter = QDateTime::fromString(o.value(QLatin1String("unavailable_after")).toString(), Qt::ISODate);
    return d;
}

QString Deprecation::text(const QDateTime &now) const
{
    if (!isSet())
        return QString();
    if (isOver(now))
        return QCoreApplication::translate("hcloud::Deprecation", "No longer available since %1").arg(day(unavailableAfter));
    if (unavailableAfter.isValid())
        return QCoreApplication::translate("hcloud::Deprecation", "Deprecated; available until %1").arg(day(unavailableAfter));
    return QCoreApplication::translate("hcloud::Deprecation", "Deprecated since %1").arg(day(announced));
}

Deprecation serverTypeDeprecation(const QJsonObject &serverType, const QString &location)
{
    for (const QJsonValue &l : serverType.value(QLatin1String("locations")).toArray()) {
        if (l[QLatin1String("name")].toString() == location)
            return Deprecation::fromJson(l[QLatin1String("deprecation")]);
    }
    return Deprecation::fromJson(serverType.value(QLatin1String("deprecation")));
}

QString serverDeprecationText(const QJsonObject &server, const QDateTime &now)
{
    QStringList parts;
    const QJsonObject type = server.value(QLatin1String("server_type")).toObject();
    const Deprecation typeDeprecation
        = serverTypeDeprecation(type, server.value(QLatin1String("location"))[QLatin1String("name")].toString());
    if (typeDeprecation.isSet())
        parts.append(QCoreApplication::translate("hcloud::Deprecation", "Type %1: %2")
                         .arg(type.value(QLatin1String("name")).toString(), typeDeprecation.text(now)));
    const QJsonValue image = server.value(QLatin1String("image"));
    if (image[QLatin1String("deprecated")].isString())
        parts.append(QCoreApplication::translate("hcloud::Deprecation", "Image %1: %2")
                         .arg(image[QLatin1String("name")].toString(), imageDeprecationText(image.toObject())));
    return parts.isEmpty() ? none() : parts.join(QStringLiteral("; "));
}

QString imageDeprecationText(const QJsonObject &image)
{
    const QDateTime since = QDateTime::fromString(image.value(QLatin1String("deprecated")).toString(), Qt::ISODate);
    if (!since.isValid())
        return none();
    return QCoreApplication::translate("hcloud::Deprecation", "Deprecated since %1").arg(day(since));
}

QString loadBalancerDeprecationText(const QJsonObject &loadBalancer, const QDateTime &now)
{
    const QJsonObject type = loadBalancer.value(QLatin1String("load_balancer_type")).toObject();
    const Deprecation d = Deprecation::fromJson(type.value(QLatin1String("deprecation")));
    if (!d.isSet())
        return none();
    return QCoreApplication::translate("hcloud::Deprecation", "Type %1: %2")
        .arg(type.value(QLatin1String("name")).toString(), d.text(now));
}

}  // namespace hcloud
