#include "core/resources/serverspec.h"

#include "core/resources/labelstext.h"
#include "core/resources/serverfields.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace hcloud {

namespace {
// The texts were New Server's; their context stays so translations apply.
QString text(const char *source)
{
    return QCoreApplication::translate("hcloud::CreateServerDialog", source);
}

bool looksLikePublicKey(const QString &key)
{
    return key.startsWith(QLatin1String("ssh-")) || key.startsWith(QLatin1String("ecdsa-"))
        || key.startsWith(QLatin1String("sk-"));
}

QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray out;
    for (qint64 id : list)
        out.append(id);
    return out;
}
} // namespace

QString ServerSpec::problem(const QSet<QString> &takenNames, bool listsLoaded) const
{
    const QString trimmed = name.trimmed();
    if (const QString p = serverNameProblem(trimmed); !p.isEmpty())
        return p;
    if (takenNames.contains(trimmed))
        return text(QT_TRANSLATE_NOOP("hcloud::CreateServerDialog", "A server named “%1” exists in this project.")).arg(trimmed);
    if (!listsLoaded)
        return text(QT_TRANSLATE_NOOP("hcloud::CreateServerDialog", "Loading locations, types, images and keys…"));
    if (serverType.isEmpty())
        return text(QT_TRANSLATE_NOOP("hcloud::CreateServerDialog", "Choose a server type offered in this location."));
    if (image <= 0)
        return text(QT_TRANSLATE_NOOP("hcloud::CreateServerDialog", "Choose an image."));
    if (const QString p = labelsFromText(labelsText).problem; !p.isEmpty())
        return p;
    if (userData.toUtf8().size() > kUserDataLimit)
        return text(QT_TRANSLATE_NOOP("hcloud::CreateServerDialog", "Cloud-init user data is limited to 32 KiB."));
    const QString key = newPublicKey.trimmed();
    if (!key.isEmpty() && !looksLikePublicKey(key))
        return text(QT_TRANSLATE_NOOP("hcloud::CreateServerDialog",
                                      "The pasted key does not look like an OpenSSH public key (ssh-ed25519 AAAA…)."));
    if (!ipv4 && !ipv6)
        return text(QT_TRANSLATE_NOOP("hcloud::CreateServerDialog",
                                      "Choose public IPv4, IPv6 or both: a server without them needs a private network, "
                                      "which this dialog does not set up."));
    return {};
}

QJsonObject ServerSpec::body(qint64 addedKeyId) const
{
    QJsonObject body{
        {QStringLiteral("name"), name.trimmed()},
        {QStringLiteral("location"), location},
        {QStringLiteral("server_type"), serverType},
        {QStringLiteral("image"), QString::number(image)},
        {QStringLiteral("start_after_create"), startAfterCreate},
        {QStringLiteral("public_net"),
         QJsonObject{{QStringLiteral("enable_ipv4"), ipv4}, {QStringLiteral("enable_ipv6"), ipv6}}},
        {QStringLiteral("labels"), labelsFromText(labelsText).labels},
    };
    QList<qint64> keys = sshKeys;
    if (addedKeyId > 0)
        keys.append(addedKeyId);
    if (!keys.isEmpty())
        body.insert(QStringLiteral("ssh_keys"), ids(keys));
    QJsonArray applied;
    for (qint64 id : firewalls)
        applied.append(QJsonObject{{QStringLiteral("firewall"), id}});
    if (!applied.isEmpty())
        body.insert(QStringLiteral("firewalls"), applied);
    if (!networks.isEmpty())
        body.insert(QStringLiteral("networks"), ids(networks));
    if (placementGroup > 0)
        body.insert(QStringLiteral("placement_group"), placementGroup);
    if (!userData.trimmed().isEmpty())
        body.insert(QStringLiteral("user_data"), userData);
    return body;
}

QJsonObject ServerSpec::newKeyBody() const
{
    return {{QStringLiteral("name"), name.trimmed() + QStringLiteral("-key")},
            {QStringLiteral("public_key"), newPublicKey.trimmed()}};
}

UserDataFile readUserDataFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, text(QT_TRANSLATE_NOOP("hcloud::CreateServerDialog", "%1 could not be read: %2")).arg(path, file.errorString())};
    const QByteArray data = file.read(ServerSpec::kUserDataLimit + 1);
    if (data.size() > ServerSpec::kUserDataLimit)
        return {{}, text(QT_TRANSLATE_NOOP("hcloud::CreateServerDialog", "%1 is larger than the 32 KiB the API accepts.")).arg(path)};
    return {QString::fromUtf8(data), {}};
}

} // namespace hcloud
