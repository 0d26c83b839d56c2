#include "zoneactions.h"
#include "actionparts.h"

#include "resourcekind.h"

#include <QCoreApplication>

namespace hcloud {

namespace {

using namespace actionparts;

bool isSecondary(const QJsonObject &zone)
{
    return zone.value(QLatin1String("mode")).toString() == QLatin1String("secondary");
}

} // namespace

QVector<ResourceAction> zoneActions()
{
    ActionField mode = field(QStringLiteral("mode"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Mode"), ActionField::Choice, true);
    // Secondary zones need primary nameservers, which this form cannot list.
    mode.choices = {QStringLiteral("primary")};
    ActionField ttl = field(QStringLiteral("ttl"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Default TTL (s)"), ActionField::Number);
    ttl.min = 60;
    ttl.max = 2147483647;
    ResourceAction create = action(QStringLiteral("create"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Create DNS zone"), QStringLiteral("POST"),
                                   QStringLiteral("/zones"),
                                   {field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Domain"), ActionField::Text, true), mode, ttl,
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
    return {create, labels, changeTtl, protection, del};
}

} // namespace hcloud
