#include "core/sim/servercommon.h"

#include "core/sim/simproject.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace hcloud::sim {

QJsonObject *findServer(SimProject &project, qint64 id)
{
    Collection &servers = project.collection(kServers);
    const auto it = servers.find(id);
    return it == servers.end() ? nullptr : &*it;
}

bool validServerName(const QString &name)
{
    static const QRegularExpression hostname(QStringLiteral(
        "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return name.size() <= 253 && hostname.match(name).hasMatch();
}

const QJsonObject *findImage(const SimProject &project, const QJsonValue &idOrName, const QString &architecture)
{
    qint64 id = 0;
    QString name;
    if (idOrName.isDouble()) {
        id = idOrName.toInteger();
    } else {
        name = idOrName.toString();
        bool ok = false;
        const qint64 number = name.toLongLong(&ok);
        if (ok)
            id = number;
    }
    for (const QJsonObject &image : project.collection(QStringLiteral("images"))) {
        if (image.value(QLatin1String("architecture")).toString() != architecture)
            continue;
        if (image.value(QLatin1String("status")).toString() != QLatin1String("available"))
            continue;
        if ((id > 0 && image.value(QLatin1String("id")).toInteger() == id)
            || (!name.isEmpty() && image.value(QLatin1String("name")).toString() == name))
            return &image;
    }
    return nullptr;
}

std::optional<SimReply> checkServerFree(SimProject &project, qint64 id)
{
    return checkFree(project, kServerRef, id);
}

std::optional<SimReply> serverLocation(SimProject &project, qint64 serverId, QString *location)
{
    const QJsonObject *server = findServer(project, serverId);
    if (!server)
        return SimReply::invalidInput(QStringLiteral("server"), QStringLiteral("server not found"));
    *location = server->value(QLatin1String("location"))[QLatin1String("name")].toString();
    return std::nullopt;
}

QString newRootPassword()
{
    static const QString alphabet = QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 20; ++i)
        password += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return password;
}

void setServerStatus(SimProject &project, qint64 id, const QString &status)
{
    if (QJsonObject *server = findServer(project, id))
        server->insert(QStringLiteral("status"), status);
}

}  // namespace hcloud::sim
