#include "core/sim/simproject.h"

#include "core/sim/jsonwriter.h"

#include <algorithm>

namespace hcloud::sim {

SimProject::SimProject(const QString &token, quint32 seed, qint64 nowMs)
    : m_token(token),
      m_seed(seed),
      m_rateLimiter(3600, nowMs),
      m_lastPrimaryIpId(20000000 + qint64(seed % 1000) * 10000)
{
    for (const char *range : {"203.0.113.", "198.51.100."}) {
        for (int host = 1; host <= 254; ++host)
            m_freeIpv4.append(QString::fromLatin1(range) + QString::number(host));
    }
    // Fisher-Yates with the project's seed: addresses look scattered, yet
    // the same seed hands out the same ones.
    Prng prng(quint64(seed) * 7919 + 17);
    for (qsizetype i = m_freeIpv4.size() - 1; i > 0; --i)
        m_freeIpv4.swapItemsAt(i, prng.below(int(i + 1)));
}

const Collection &SimProject::collection(const QString &kind) const
{
    static const Collection empty;
    const auto it = m_collections.constFind(kind);
    return it == m_collections.cend() ? empty : *it;
}

qint64 SimProject::allocateId(const QString &kind)
{
    qint64 last = m_lastIds.value(kind, 0);
    const Collection &items = m_collections[kind];
    if (!items.isEmpty())
        last = std::max(last, items.lastKey());
    const qint64 id = last + 1;
    m_lastIds.insert(kind, id);
    return id;
}

QString SimProject::allocateIpv4()
{
    return m_freeIpv4.isEmpty() ? QString() : m_freeIpv4.takeFirst();
}

QString SimProject::allocateIpv6Network()
{
    const int n = ++m_ipv6Count;
    // 2001:db8:<project>:<n>::/64 keeps projects apart and stays in the
    // range; neither group is zero, so the text is already canonical.
    return QStringLiteral("2001:db8:%1:%2::/64").arg(m_seed % 0xfffe + 1, 0, 16).arg((n - 1) % 0xffff + 1, 0, 16);
}

qint64 SimProject::allocatePrimaryIpId()
{
    return ++m_lastPrimaryIpId;
}

const QByteArray &SimProject::serialized(const QString &kind, const QJsonObject *object) const
{
    QHash<const QJsonObject *, QByteArray> &texts = m_serialized[kind];
    auto it = texts.find(object);
    if (it == texts.end())
        it = texts.insert(object, writeJson(*object));
    return *it;
}

const QVector<const QJsonObject *> &SimProject::ordered(const QString &kind) const
{
    auto it = m_ordered.find(kind);
    if (it == m_ordered.end()) {
        QVector<const QJsonObject *> order;
        const Collection &items = collection(kind);
        order.reserve(items.size());
        for (const QJsonObject &item : items)
            order.append(&item);
        it = m_ordered.insert(kind, order);
    }
    return *it;
}

}  // namespace hcloud::sim
