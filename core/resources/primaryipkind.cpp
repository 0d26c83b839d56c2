#include "core/resources/kindparts.h"

#include <QCoreApplication>

namespace hcloud {

namespace {

QString assignee(const QJsonObject &p, const NameIndex &names)
{
    const QJsonValue id = p.value(QLatin1String("assignee_id"));
    return id.isNull() || id.isUndefined()
        ? QCoreApplication::translate("hcloud::PrimaryIpKind", "Unassigned")
        : json::reference(names, QStringLiteral("servers"), id.toInteger(),
                          QCoreApplication::translate("hcloud::PrimaryIpKind", "Server %1").arg(id.toInteger()));
}

ResourceKind makePrimaryIpKind()
{
    using namespace kindparts;
    ResourceKind kind;
    kind.id = QStringLiteral("primary_ips");
    kind.path = QStringLiteral("/primary_ips");
    kind.jsonKey = QStringLiteral("primary_ips");
    kind.title = QCoreApplication::translate("hcloud::PrimaryIpKind", "Primary IPs");

    const auto locationName = text(QStringLiteral("location.name"));
    const auto locationText = location(QStringLiteral("location"));
    kind.columns = {
        textColumn(QStringLiteral("name"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Name"),
                   QStringLiteral("name")),
        ipColumn(QStringLiteral("ip"), QCoreApplication::translate("hcloud::PrimaryIpKind", "IP"),
                 QStringLiteral("ip")),
        {QStringLiteral("type"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Type"),
         ipType(QStringLiteral("type")), {}, {}, false},
        {QStringLiteral("assignee"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Assigned to"), assignee,
         number(QStringLiteral("assignee_id")), {}, false},
        {QStringLiteral("location"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Location"), locationName,
         {}, locationText, false},
        {QStringLiteral("auto_delete"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Auto delete"),
         yesNo(QStringLiteral("auto_delete")), {}, {}, false},
        {QStringLiteral("dns_ptr"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Reverse DNS"),
         reverseDns(QStringLiteral("dns_ptr")), {}, {}, false},
        labelsColumn(QCoreApplication::translate("hcloud::PrimaryIpKind", "Labels")),
        dateColumn(QStringLiteral("created"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Created"),
                   QStringLiteral("created")),
    };

    kind.details = {
        detail(QStringLiteral("id"), QCoreApplication::translate("hcloud::PrimaryIpKind", "ID"),
               text(QStringLiteral("id"))),
        detail(QStringLiteral("name"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Name"),
               text(QStringLiteral("name"))),
        detail(QStringLiteral("ip"), QCoreApplication::translate("hcloud::PrimaryIpKind", "IP"),
               text(QStringLiteral("ip"))),
        detail(QStringLiteral("type"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Type"),
               ipType(QStringLiteral("type"))),
        detail(QStringLiteral("assignee"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Assigned to"),
               assignee),
        detail(QStringLiteral("location"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Location"),
               locationText),
        detail(QStringLiteral("auto_delete"),
               QCoreApplication::translate("hcloud::PrimaryIpKind", "Deleted with its server"),
               yesNo(QStringLiteral("auto_delete"))),
        detail(QStringLiteral("dns_ptr"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Reverse DNS"),
               reverseDns(QStringLiteral("dns_ptr"))),
        detail(QStringLiteral("blocked"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Blocked"),
               yesNo(QStringLiteral("blocked"))),
        detail(QStringLiteral("protection"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Delete protection"),
               yesNo(QStringLiteral("protection.delete"))),
        detail(QStringLiteral("labels"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Labels"), labels()),
        detail(QStringLiteral("created"), QCoreApplication::translate("hcloud::PrimaryIpKind", "Created"),
               date(QStringLiteral("created"))),
    };
    return kind;
}

} // namespace

const ResourceKind &primaryIpKind()
{
    // Built on first use so the titles are translated by the installed translator.
    static const ResourceKind kind = makePrimaryIpKind();
    return kind;
}

} // namespace hcloud
