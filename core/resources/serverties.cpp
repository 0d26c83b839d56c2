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
QString named(const QJsonArray &ids, const QString &kindId, const NameIndex &names)
{
    QStringList shown;
    for (const QJsonValue &id : ids) {
        const qint64 n = id.isObject() ? id[QLatin1String("id")].toInteger() : id.toInteger();
        shown.append(json::reference(names, kindId, n, QStringLiteral("#%1").arg(n)));
    }
    return shown.isEmpty() ? none() : shown.join(QStringLiteral(", "));
}

} // namespace

QString networks(const QJsonObject &server, const NameIndex &names)
{
    QStringList lines;
    for (const QJsonValue &value : server.value(QLatin1String("private_net")).toArray()) {
        const qint64 id = value[QLatin1String("network")].toInteger();
        QString line = QCoreApplication::translate("hcloud::ServerTies", "%1: %2")
                           .arg(json::reference(names, QStringLiteral("networks"), id, QStringLiteral("#%1").arg(id)),
                                value[QLatin1String("ip")].toString());
        const QStringList aliases = value[QLatin1String("alias_ips")].toVariant().toStringList();
        if (!aliases.isEmpty())
            line += QCoreApplication::translate("hcloud::ServerTies", " (also %1)").arg(aliases.join(QStringLiteral(", ")));
        lines.append(line);
    }
    return lines.isEmpty() ? none() : lines.join(QLatin1Char('\n'));
}

QString volumes(const QJsonObject &server, const NameIndex &names)
{
    return named(server.value(QLatin1String("volumes")).toArray(), QStringLiteral("volumes"), names);
}

QString firewalls(const QJsonObject &server, const NameIndex &names)
{
    QStringList shown;
    for (const QJsonValue &value : server.value(QLatin1String("public_net"))[QLatin1String("firewalls")].toArray()) {
        const qint64 id = value[QLatin1String("id")].toInteger();
        const QString name = json::reference(names, QStringLiteral("firewalls"), id, QStringLiteral("#%1").arg(id));
        shown.append(value[QLatin1String("status")].toString() == QLatin1String("pending")
                         ? QCoreApplication::translate("hcloud::ServerTies", "%1 (being applied)").arg(name)
                         : name);
    }
    return shown.isEmpty() ? none() : shown.join(QStringLiteral(", "));
}

QString floatingIps(const QJsonObject &server, const NameIndex &names)
{
    return named(server.value(QLatin1String("public_net"))[QLatin1String("floating_ips")].toArray(), QStringLiteral("floating_ips"), names);
}

QString loadBalancers(const QJsonObject &server, const NameIndex &names)
{
    return named(server.value(QLatin1String("load_balancers")).toArray(), QStringLiteral("load_balancers"), names);
}

} // namespace hcloud::serverties
