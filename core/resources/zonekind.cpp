#include "core/resources/kindparts.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hcloud {

namespace {

QString modeText(const QJsonObject &z)
{
    return z.value(QLatin1String("mode")).toString() == QLatin1String("secondary") ? QCoreApplication::translate("hcloud::ZoneKind", "Secondary") : QCoreApplication::translate("hcloud::ZoneKind", "Primary");
}

QString statusText(const QJsonObject &z)
{
    const QString status = z.value(QLatin1String("status")).toString();
    if (status == QLatin1String("ok"))
        return QCoreApplication::translate("hcloud::ZoneKind", "Published");
    if (status == QLatin1String("updating"))
        return QCoreApplication::translate("hcloud::ZoneKind", "Updating");
    if (status == QLatin1String("error"))
        return QCoreApplication::translate("hcloud::ZoneKind", "Not published");
    return status;
}

QString delegationText(const QJsonObject &z)
{
    const QString status = z.value(QLatin1String("authoritative_nameservers"))[QLatin1String("delegation_status")].toString();
    static const QHash<QString, const char *> texts{
        {QStringLiteral("valid"), QT_TRANSLATE_NOOP("hcloud::ZoneKind", "Delegated to Hetzner")},
        {QStringLiteral("partially-valid"), QT_TRANSLATE_NOOP("hcloud::ZoneKind", "Partly delegated to Hetzner")},
        {QStringLiteral("invalid"), QT_TRANSLATE_NOOP("hcloud::ZoneKind", "Delegated elsewhere")},
        {QStringLiteral("lame"), QT_TRANSLATE_NOOP("hcloud::ZoneKind", "Lame delegation")},
        {QStringLiteral("unregistered"), QT_TRANSLATE_NOOP("hcloud::ZoneKind", "Domain not registered")},
        {QStringLiteral("unknown"), QT_TRANSLATE_NOOP("hcloud::ZoneKind", "Not checked yet")},
    };
    return texts.contains(status) ? QCoreApplication::translate("hcloud::ZoneKind", texts.value(status)) : json::orDash(status);
}

QString primariesText(const QJsonObject &z)
{
    QStringList parts;
    for (const QJsonValue &ns : z.value(QLatin1String("primary_nameservers")).toArray())
        parts.append(QStringLiteral("%1:%2").arg(ns[QLatin1String("address")].toString()).arg(ns[QLatin1String("port")].toInt(53)));
    return json::orDash(parts.join(QStringLiteral(", ")));
}

ResourceKind makeZoneKind()
{
    using namespace kindparts;
    ResourceKind kind;
    kind.id = QStringLiteral("zones");
    kind.path = QStringLiteral("/zones");
    kind.jsonKey = QStringLiteral("zones");
    kind.title = QCoreApplication::translate("hcloud::ZoneKind", "DNS Zones");
    kind.status = [](const QJsonObject &z) { return z.value(QLatin1String("status")).toString(); };
    kind.columns = {
        textColumn(QStringLiteral("name"), QCoreApplication::translate("hcloud::ZoneKind", "Name"), QStringLiteral("name")),
        {QStringLiteral("mode"), QCoreApplication::translate("hcloud::ZoneKind", "Mode"), modeText, {}, {}, false},
        {QStringLiteral("status"), QCoreApplication::translate("hcloud::ZoneKind", "Status"), statusText, {}, {}, true},
        {QStringLiteral("record_count"), QCoreApplication::translate("hcloud::ZoneKind", "Records"), number(QStringLiteral("record_count")), {}, {}, false},
        {QStringLiteral("ttl"), QCoreApplication::translate("hcloud::ZoneKind", "Default TTL"), number(QStringLiteral("ttl")), {}, {}, false},
        labelsColumn(QCoreApplication::translate("hcloud::ZoneKind", "Labels")),
        dateColumn(QStringLiteral("created"), QCoreApplication::translate("hcloud::ZoneKind", "Created"), QStringLiteral("created")),
    };
    kind.details = {
        detail(QStringLiteral("id"), QCoreApplication::translate("hcloud::ZoneKind", "ID"), text(QStringLiteral("id"))),
        detail(QStringLiteral("name"), QCoreApplication::translate("hcloud::ZoneKind", "Name"), text(QStringLiteral("name"))),
        detail(QStringLiteral("mode"), QCoreApplication::translate("hcloud::ZoneKind", "Mode"), modeText),
        detail(QStringLiteral("status"), QCoreApplication::translate("hcloud::ZoneKind", "Status"), statusText),
        detail(QStringLiteral("ttl"), QCoreApplication::translate("hcloud::ZoneKind", "Default TTL (s)"), text(QStringLiteral("ttl"))),
        detail(QStringLiteral("record_count"), QCoreApplication::translate("hcloud::ZoneKind", "Records"), text(QStringLiteral("record_count"))),
        detail(QStringLiteral("assigned"), QCoreApplication::translate("hcloud::ZoneKind", "Hetzner nameservers"),
               [](const QJsonObject &z) { return json::joined(z, QStringLiteral("authoritative_nameservers.assigned")); }),
        detail(QStringLiteral("delegation"), QCoreApplication::translate("hcloud::ZoneKind", "Delegation"), delegationText),
        detail(QStringLiteral("primary_nameservers"), QCoreApplication::translate("hcloud::ZoneKind", "Primary nameservers"), primariesText),
        detail(QStringLiteral("protection"), QCoreApplication::translate("hcloud::ZoneKind", "Delete protection"), yesNo(QStringLiteral("protection.delete"))),
        detail(QStringLiteral("labels"), QCoreApplication::translate("hcloud::ZoneKind", "Labels"), labels()),
        detail(QStringLiteral("created"), QCoreApplication::translate("hcloud::ZoneKind", "Created"), date(QStringLiteral("created"))),
    };
    return kind;
}

} // namespace

const ResourceKind &zoneKind()
{
    // Built on first use so the titles are translated by the installed translator.
    static const ResourceKind kind = makeZoneKind();
    return kind;
}

} // namespace hcloud
