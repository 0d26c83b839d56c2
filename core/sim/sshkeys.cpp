#include "core/sim/sshkeys.h"

#include "core/sim/prng.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QtEndian>

namespace hcloud::sim {

namespace {

QByteArray lengthPrefixed(const QByteArray &data)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), out.data());
    return out + data;
}

}  // namespace

QString sshFingerprint(const QString &publicKey)
{
    static const QStringList types = {
        QStringLiteral("ssh-rsa"), QStringLiteral("ssh-ed25519"), QStringLiteral("ecdsa-sha2-nistp256"),
        QStringLiteral("ecdsa-sha2-nistp384"), QStringLiteral("ecdsa-sha2-nistp521"),
        QStringLiteral("sk-ssh-ed25519@openssh.com"), QStringLiteral("sk-ecdsa-sha2-nistp256@openssh.com"),
    };
    const QStringList parts = publicKey.simplified().split(QLatin1Char(' '));
    if (parts.size() < 2 || !types.contains(parts.at(0)))
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < 4)
        return {};
    // The blob starts with its own type name, length-prefixed.
    const QByteArray type = parts.at(0).toLatin1();
    if (!decoded.decoded.startsWith(lengthPrefixed(type)))
        return {};
    const QByteArray md5 = QCryptographicHash::hash(decoded.decoded, QCryptographicHash::Md5).toHex();
    QStringList pairs;
    for (int i = 0; i < md5.size(); i += 2)
        pairs.append(QString::fromLatin1(md5.mid(i, 2)));
    return pairs.join(QLatin1Char(':'));
}

QString seededSshKey(quint32 seed, const QString &comment)
{
    Prng prng(quint64(seed) * 2654435761ULL + 99);
    QByteArray key(32, '\0');
    for (char &byte : key)
        byte = char(prng.below(256));
    const QByteArray blob = lengthPrefixed("ssh-ed25519") + lengthPrefixed(key);
    return QStringLiteral("ssh-ed25519 %1 %2").arg(QString::fromLatin1(blob.toBase64()), comment);
}

}  // namespace hcloud::sim
