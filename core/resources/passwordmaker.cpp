#include "core/resources/passwordmaker.h"

#include <QRandomGenerator>

namespace hcloud {

QString makeStoragePassword()
{
    static const QString groups[] = {
        QStringLiteral("abcdefghijkmnopqrstuvwxyz"),
        QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ"),
        QStringLiteral("23456789"),
        QStringLiteral("-_.+!#"),
    };
    QRandomGenerator *random = QRandomGenerator::system();
    QString password;
    // One of each group first, so every rule holds; the rest from all.
    for (const QString &group : groups)
        password.append(group.at(int(random->bounded(quint32(group.size())))));
    const QString all = groups[0] + groups[1] + groups[2] + groups[3];
    while (password.size() < 24)
        password.append(all.at(int(random->bounded(quint32(all.size())))));
    // Shuffle, so the first four do not give away their groups.
    for (qsizetype i = password.size() - 1; i > 0; --i)
        std::swap(password[i], password[qsizetype(random->bounded(quint32(i + 1)))]);
    return password;
}

} // namespace hcloud
