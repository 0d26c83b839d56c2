#include "core/resources/kindparts.h"

#include <QCoreApplication>

namespace hcloud {

namespace {

QString assignedServer(const QJsonObject &f, const NameIndex &names)
{
    const QJsonValue server = f.value(QLatin1String("server"));
    return server.isNull() || server.isUndefined()
        ? QCoreApplication::translate("hcloud::FloatingIpKind", "Unassigned")
        : json::reference(names, QStringLiteral("servers"), server.toInteger(),
                          QCoreApplication::translate("hcloud::FloatingIpKind", "Server %1").arg(server.toInteger()));
}

ResourceKind makeFloatingIpKind()
{
    using namespace kindparts;
    ResourceKind kind;
    kind.id = QStringLiteral("floating_ips");
    kind.path = QStringLiteral("/floating_ips");
    kind.jsonKey = QStringLiteral("floating_ips");
    kind.title = QCoreApplication::translate("hcloud::FloatingIpKind", "Floating IPs");

    kind.columns = {
        textColumn(QStringLiteral("name"), QCoreApplication::translate("hcloud::FloatingIpKind", "Name"),
                   QStringLiteral("name")),
        ipColumn(QStringLiteral("ip"), QCoreApplication::translate("hcloud::FloatingIpKind", "IP"),
                 QStringLiteral("ip")),
        {QStringLiteral("type"), QCoreApplication::translate("hcloud::FloatingIpKind", "Type"),
         ipType(QStringLiteral("type")), {}, {}, false},
        {QStringLiteral("server"), QCoreApplication::translate("hcloud::FloatingIpKind", "Server"), assignedServer,
         number(QStringLiteral("server")), {}, false},
        locationColumn(QStringLiteral("home_location"),
                       QCoreApplication::translate("hcloud::FloatingIpKind", "Home location"),
                       QStringLiteral("home_location")),
        {QStringLiteral("dns_ptr"), QCoreApplication::translate("hcloud::FloatingIpKind", "Reverse DNS"),
         reverseDns(QStringLiteral("dns_ptr")), {}, {}, false},
        textColumn(QStringLiteral("description"), QCoreApplication::translate("hcloud::FloatingIpKind", "Description"),
                   QStringLiteral("description")),
        labelsColumn(QCoreApplication::translate("hcloud::FloatingIpKind", "Labels")),
        dateColumn(QStringLiteral("created"), QCoreApplication::translate("hcloud::FloatingIpKind", "Created"),
                   QStringLiteral("created")),
    };

    kind.details = {
        detail(QStringLiteral("id"), QCoreApplication::translate("hcloud::FloatingIpKind", "ID"),
               text(QStringLiteral("id"))),
        detail(QStringLiteral("name"), QCoreApplication::translate("hcloud::FloatingIpKind", "Name"),
               text(QStringLiteral("name"))),
        detail(QStringLiteral("ip"), QCoreApplication::translate("hcloud::FloatingIpKind", "IP"),
               text(QStringLiteral("ip"))),
        detail(QStringLiteral("type"), QCoreApplication::translate("hcloud::FloatingIpKind", "Type"),
               ipType(QStringLiteral("type"))),
        detail(QStringLiteral("server"), QCoreApplication::translate("hcloud::FloatingIpKind", "Assigned to"),
               assignedServer),
        detail(QStringLiteral("home_location"), QCoreApplication::translate("hcloud::FloatingIpKind", "Home location"),
               location(QStringLiteral("home_location"))),
        detail(QStringLiteral("dns_ptr"), QCoreApplication::translate("hcloud::FloatingIpKind", "Reverse DNS"),
               reverseDns(QStringLiteral("dns_ptr"))),
        detail(QStringLiteral("description"), QCoreApplication::translate("hcloud::FloatingIpKind", "Description"),
               text(QStringLiteral("description"))),
        detail(QStringLiteral("blocked"), QCoreApplication::translate("hcloud::FloatingIpKind", "Blocked"),
               yesNo(QStringLiteral("blocked"))),
        detail(QStringLiteral("protection"), QCoreApplication::translate("hcloud::FloatingIpKind", "Delete protection"),
               yesNo(QStringLiteral("protection.delete"))),
        detail(QStringLiteral("labels"), QCoreApplication::translate("hcloud::FloatingIpKind", "Labels"), labels()),
        detail(QStringLiteral("created"), QCoreApplication::translate("hcloud::FloatingIpKind", "Created"),
               date(QStringLiteral("created"))),
    };
    return kind;
}

} // namespace

const ResourceKind &floatingIpKind()
{
    // Built on first use so the titles are translated by the installed translator.
    static const ResourceKind kind = makeFloatingIpKind();
    return kind;
}

} // namespace hcloud
