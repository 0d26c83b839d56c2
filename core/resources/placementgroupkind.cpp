#include "core/resources/kindparts.h"

#include <QCoreApplication>

namespace hcloud {

namespace {

QString typeText(const QJsonObject &g)
{
    const QString type = g.value(QLatin1String("type")).toString();
    return type == QLatin1String("spread") ? QCoreApplication::translate("hcloud::PlacementGroupKind", "Spread")
                                           : json::orDash(type);
}

ResourceKind makePlacementGroupKind()
{
    using namespace kindparts;
    ResourceKind kind;
    kind.id = QStringLiteral("placement_groups");
    kind.path = QStringLiteral("/placement_groups");
    kind.jsonKey = QStringLiteral("placement_groups");
    kind.title = QCoreApplication::translate("hcloud::PlacementGroupKind", "Placement Groups");

    kind.columns = {
        textColumn(QStringLiteral("name"), QCoreApplication::translate("hcloud::PlacementGroupKind", "Name"),
                   QStringLiteral("name")),
        {QStringLiteral("type"), QCoreApplication::translate("hcloud::PlacementGroupKind", "Type"), typeText, {}, {},
         false},
        {QStringLiteral("servers"), QCoreApplication::translate("hcloud::PlacementGroupKind", "Servers"),
         [](const QJsonObject &g) { return json::count(g, QStringLiteral("servers")); }, {},
         references(QStringLiteral("servers"), QStringLiteral("servers")), false},
        labelsColumn(QCoreApplication::translate("hcloud::PlacementGroupKind", "Labels")),
        dateColumn(QStringLiteral("created"), QCoreApplication::translate("hcloud::PlacementGroupKind", "Created"),
                   QStringLiteral("created")),
    };

    kind.details = {
        detail(QStringLiteral("id"), QCoreApplication::translate("hcloud::PlacementGroupKind", "ID"),
               text(QStringLiteral("id"))),
        detail(QStringLiteral("name"), QCoreApplication::translate("hcloud::PlacementGroupKind", "Name"),
               text(QStringLiteral("name"))),
        detail(QStringLiteral("type"), QCoreApplication::translate("hcloud::PlacementGroupKind", "Type"), typeText),
        detail(QStringLiteral("servers"), QCoreApplication::translate("hcloud::PlacementGroupKind", "Members"),
               references(QStringLiteral("servers"), QStringLiteral("servers"))),
        detail(QStringLiteral("labels"), QCoreApplication::translate("hcloud::PlacementGroupKind", "Labels"), labels()),
        detail(QStringLiteral("created"), QCoreApplication::translate("hcloud::PlacementGroupKind", "Created"),
               date(QStringLiteral("created"))),
    };
    return kind;
}

} // namespace

const ResourceKind &placementGroupKind()
{
    // Built on first use so the titles are translated by the installed translator.
    static const ResourceKind kind = makePlacementGroupKind();
    return kind;
}

} // namespace hcloud
