#include "core/resources/serverfields.h"

#include "core/resources/resourcekind.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace hcloud {

bool isHostname(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (const QString &part : name.split(QLatin1Char('.'))) {
        if (!label.match(part).hasMatch())
            return false;
    }
    return true;
}

QString serverNameProblem(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("hcloud::ServerFields", "Give the server a name.");
    if (!isHostname(name))
        return QCoreApplication::translate("hcloud::ServerFields", "A server name must be a valid hostname: letters, digits and hyphens, at most 63 between "
                  "dots, not starting or ending with a hyphen.");
    return {};
}

QString sshAddress(const QJsonObject &server)
{
    const QString v4 = json::string(server, QStringLiteral("public_net.ipv4.ip"));
    if (!v4.isEmpty())
        return v4;
    // The API gives the /64; the server answers on its ::1.
    QString v6 = json::string(server, QStringLiteral("public_net.ipv6.ip"));
    if (v6.endsWith(QLatin1String("::/64"))) {
        v6.chop(3);
        v6.append(QLatin1Char('1'));
    }
    return v6.contains(QLatin1Char('/')) ? QString() : v6;
}

} // namespace hcloud
