#include "core/resources/serverties.h"

#include "core/resources/resourcekind.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hcloud::serverties {

namespace {

QString none()
{
    return QCoreApplication::translate("hcloud::ServerTies", "none");
}

// The names of the ids in a list, joined; "none" for an empty list.
QString named(const QJsonArray &ids, const QString &kindId)
{
    QStringList names;
    for (const QJsonValue &id : ids) {
        const qint64 n = id.isObject() ? id[QLatin1String("id")].toInteger() : id.toInteger();
        names.append(json::reference(kindId, n, QStringLiteral("#%1").arg(n)));
    }
    return names.isEmpty() ? none() : names.join(QStringLiteral(", "));
}

} // namespace

QString networks(const QJsonObject &server)
{
    QStringList lines;
    for (const QJsonValue &value : server.value(QLatin1String("private_net")).toArray()) {
        const qint64 id = value[QLatin1String("network")].toInteger();
        QString line = QCoreApplication::translate("hcloud::ServerTies", "%1: %2")
                           .arg(json::reference(QStringLiteral("networks"), id, QStringLiteral("#%1").arg(id)),
                                value[QLatin1String("ip")].toString());
        const QStringList aliases = value[QLatin1String("alias_ips")].toVariant().toStringList();
        if (!aliases.isEmpty())
            line += QCoreApplication::translate("hcloud::ServerTies", " (also %1)").arg(aliases.join(QStringLiteral(", ")));
        lines.append(line);
    }
    return lines.isEmpty() ? none() : lines.join(QLatin1Char('\n'));
}

QString volumes(const QJsonObject &server)
{
    return named(server.value(QLatin1String("volumes")).toArray(), QStringLiteral("volumes"));
}

QString firewalls(const QJsonObject &server)
{
    QStringList names;
    for (const QJsonValue &value : server.value(QLatin1String("public_net"))[QLatin1String("firewalls")].toArray()) {
        const qint64 id = value[QLatin1String("id")].toInteger();
        const QString name = json::reference(QStringLiteral("firewalls"), id, QStringLiteral("#%1").arg(id));
        names.append(value[QLatin1String("status")].toString() == QLatin1String("pending")
                         ? QCoreApplication::translate("hcloud::ServerTies", "%1 (being applied)").arg(name)
                         : name);
    }
    return names.isEmpty() ? none() : names.join(QStringLiteral(", "));
}

QString floatingIps(const QJsonObject &server)
{
    return named(server.value(QLatin1String("public_net"))[QLatin1String("floating_ips")].toArray(), QStringLiteral("floating_ips"));
}

QString loadBalancers(const QJsonObject &server)
{
    return named(server.value(QLatin1String("load_balancers")).toArray(), QStringLiteral("load_balancers"));
}

} // namespace hcloud::serverties
