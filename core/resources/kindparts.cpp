#include "core/resources/kindparts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace hcloud::kindparts {

ResourceColumn::Value text(const QString &dottedPath)
{
    return [dottedPath](const QJsonObject &o) { return json::orDash(json::string(o, dottedPath)); };
}

ResourceColumn::Value date(const QString &dottedPath)
{
    return [dottedPath](const QJsonObject &o) { return json::dateTime(o, dottedPath).toLocalTime(); };
}

ResourceColumn::Value gigabytes(const QString &dottedPath)
{
    return [dottedPath](const QJsonObject &o) {
        const QVariant size = json::at(o, dottedPath);
        if (size.isNull())
            return json::orDash({});
        return QCoreApplication::translate("hcloud::ResourceKind", "%1 GB")
            .arg(QLocale().toString(size.toDouble(), 'g', 6));
    };
}

ResourceColumn::Value number(const QString &dottedPath)
{
    // Null sorts as -1, before every real value.
    return [dottedPath](const QJsonObject &o) {
        const QVariant v = json::at(o, dottedPath);
        return QVariant(v.isNull() ? -1.0 : v.toDouble());
    };
}

ResourceColumn::Value ipSort(const QString &dottedPath)
{
    return [dottedPath](const QJsonObject &o) { return json::ipSortKey(json::string(o, dottedPath)); };
}

ResourceColumn::Value yesNo(const QString &dottedPath)
{
    return [dottedPath](const QJsonObject &o) {
        return json::at(o, dottedPath).toBool() ? QCoreApplication::translate("hcloud::ResourceKind", "Yes")
                                                : QCoreApplication::translate("hcloud::ResourceKind", "No");
    };
}

ResourceColumn::Value location(const QString &dottedPath)
{
    return [dottedPath](const QJsonObject &o) {
        const QString name = json::string(o, dottedPath + QStringLiteral(".name"));
        if (name.isEmpty())
            return json::orDash({});
        return QCoreApplication::translate("hcloud::ResourceKind", "%1 (%2, %3)")
            .arg(name, json::string(o, dottedPath + QStringLiteral(".city")),
                 json::string(o, dottedPath + QStringLiteral(".country")));
    };
}

ResourceColumn::Value ipType(const QString &dottedPath)
{
    return [dottedPath](const QJsonObject &o) {
        const QString type = json::string(o, dottedPath);
        if (type == QLatin1String("ipv4"))
            return QStringLiteral("IPv4");
        if (type == QLatin1String("ipv6"))
            return QStringLiteral("IPv6");
        return json::orDash(type);
    };
}

ResourceColumn::Value reverseDns(const QString &dottedPath)
{
    return [dottedPath](const QJsonObject &o) {
        QStringList parts;
        for (const QVariant &entry : json::at(o, dottedPath).toList()) {
            const QVariantMap e = entry.toMap();
            parts.append(e.value(QStringLiteral("ip")).toString() + QStringLiteral(": ")
                         + e.value(QStringLiteral("dns_ptr")).toString());
        }
        return json::orDash(parts.join(QStringLiteral(", ")));
    };
}

ResourceColumn::Value references(const QString &dottedPath, const QString &kindId)
{
    return [dottedPath, kindId](const QJsonObject &o, const NameIndex &names) -> QVariant {
        QStringList named;
        for (const QVariant &id : json::at(o, dottedPath).toList())
            named.append(json::reference(names, kindId, id.toLongLong(), QString::number(id.toLongLong())));
        return json::orDash(named.join(QStringLiteral(", ")));
    };
}

ResourceColumn::Value labels()
{
    return [](const QJsonObject &o) { return json::labelsText(o.value(QLatin1String("labels")).toObject()); };
}

ResourceColumn textColumn(const QString &key, const QString &title, const QString &dottedPath)
{
    return {key, title, text(dottedPath), {}, {}, false};
}

ResourceColumn dateColumn(const QString &key, const QString &title, const QString &dottedPath)
{
    return {key, title, date(dottedPath), {}, {}, false};
}

ResourceColumn sizeColumn(const QString &key, const QString &title, const QString &dottedPath)
{
    return {key, title, gigabytes(dottedPath), number(dottedPath), {}, false};
}

ResourceColumn ipColumn(const QString &key, const QString &title, const QString &dottedPath)
{
    return {key, title, text(dottedPath), ipSort(dottedPath), {}, false};
}

ResourceColumn locationColumn(const QString &key, const QString &title, const QString &dottedPath)
{
    return {key, title, text(dottedPath + QStringLiteral(".name")), {}, location(dottedPath), false};
}

ResourceColumn labelsColumn(const QString &title)
{
    return {QStringLiteral("labels"), title, labels(), {}, {}, false};
}

DetailField detail(const QString &key, const QString &title, const ResourceColumn::Value &value)
{
    return {key, title, value};
}

} // namespace hcloud::kindparts
