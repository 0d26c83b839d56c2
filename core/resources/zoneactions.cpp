#include "core/resources/zoneactions.h"
#include "core/resources/actionparts.h"

#include "core/resources/resourcekind.h"
#include "core/dns/primarynameservers.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hcloud {

namespace {

using namespace actionparts;

bool isSecondary(const QJsonObject &zone)
{
    return zone.value(QLatin1String("mode")).toString() == QLatin1String("secondary");
}

// One a line, read by core; sent as the API's objects.
ActionField primaryNameservers()
{
    ActionField f = field(QStringLiteral("primary_nameservers"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Primary nameservers"),
                          ActionField::Lines, true);
    f.parseLines = [](const QStringList &lines, QString *problem) -> QJsonValue {
        const dns::PrimaryNameservers parsed = dns::parsePrimaryNameservers(lines);
        *problem = parsed.problem;
        return parsed.json;
    };
    f.placeholder = translated(QT_TRANSLATE_NOOP("hcloud::KindActions",
                                                 "One a line: address, port if not 53, TSIG algorithm and key if signed\n"
                                                 "198.51.100.1\n203.0.113.7 53 hmac-sha256 c2VjcmV0"));
    return f;
}

} // namespace

QVector<ResourceAction> zoneActions()
{
    ActionField mode = field(QStringLiteral("mode"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Mode"), ActionField::Choice, true);
    mode.choices = {QStringLiteral("primary"), QStringLiteral("secondary")};
    ActionField primaries = primaryNameservers();
    primaries.onlyWhenKey = QStringLiteral("mode");
    primaries.onlyWhenValue = QStringLiteral("secondary");
    ActionField ttl = field(QStringLiteral("ttl"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Default TTL (s)"), ActionField::Number);
    ttl.min = 60;
    ttl.max = 2147483647;
    ResourceAction create = action(QStringLiteral("create"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Create DNS zone"), QStringLiteral("POST"),
                                   QStringLiteral("/zones"),
                                   {field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Domain"), ActionField::Text, true), mode,
                                    primaries, ttl,
                                    field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels)});
    create.forObject = false;

    ResourceAction labels = action(QStringLiteral("edit"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Edit labels"), QStringLiteral("PUT"),
                                   QStringLiteral("/zones/{id}"),
                                   {fromObject(field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels),
                                              QStringLiteral("labels"))});
    ActionField zoneTtl = fromObject(ttl, QStringLiteral("ttl"));
    zoneTtl.required = true;
    ResourceAction changeTtl = action(QStringLiteral("change_ttl"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Change default TTL"), QStringLiteral("POST"),
                                      QStringLiteral("/zones/{id}/actions/change_ttl"), {zoneTtl});
    changeTtl.whyNot = [](const QJsonObject &z) {
        return isSecondary(z) ? translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "A secondary zone takes its TTLs from its primary")) : QString();
    };
    ActionField current = primaryNameservers();
    current.initial = [](const QJsonObject &z) {
        return dns::primaryNameserverLines(z.value(QLatin1String("primary_nameservers")).toArray());
    };
    ResourceAction changePrimaries = action(QStringLiteral("change_primary_nameservers"),
                                            QT_TRANSLATE_NOOP("hcloud::KindActions", "Change primary nameservers"), QStringLiteral("POST"),
                                            QStringLiteral("/zones/{id}/actions/change_primary_nameservers"), {current});
    changePrimaries.whyNot = [](const QJsonObject &z) {
        return isSecondary(z) ? QString()
                              : translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "Only a secondary zone has primary nameservers"));
    };
    ResourceAction protection = action(QStringLiteral("change_protection"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Change protection"),
                                       QStringLiteral("POST"), QStringLiteral("/zones/{id}/actions/change_protection"),
                                       {fromObject(field(QStringLiteral("delete"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete protection"), ActionField::Bool),
                                                  QStringLiteral("protection.delete"))});
    ResourceAction del = action(QStringLiteral("delete"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete"), QStringLiteral("DELETE"),
                                QStringLiteral("/zones/{id}"));
    del.confirmation = translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete this zone and all its records? This cannot be undone."));
    del.typeNameToConfirm = true;
    del.whyNot = [](const QJsonObject &z) {
        return z.value(QLatin1String("protection"))[QLatin1String("delete")].toBool() ? translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete protection is on"))
                                                                                         : QString();
    };
    return {create, labels, changeTtl, changePrimaries, protection, del};
}

} // namespace hcloud
