#pragma once

#include "core/sim/actionclock.h"
#include "core/sim/prng.h"
#include "core/sim/ratelimiter.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hcloud::sim {

class ConsoleHub;

// Resources of one kind, by id, stored as the API's JSON objects. Keeping
// the wire shape as the state means every kind lists, filters, sorts and
// pages the same way, and a new kind is a new collection name.
using Collection = QMap<qint64, QJsonObject>;

// One simulated project: its token, request budget and resources.
class SimProject
{
public:
    SimProject(const QString &token, quint32 seed, qint64 nowMs);

    const QString &token() const { return m_token; }
    quint32 seed() const { return m_seed; }
    RateLimiter &rateLimiter() { return m_rateLimiter; }
    ActionClock &actions() { return m_actions; }

    // Any change goes through here, so it forgets the kind's list order.
    Collection &collection(const QString &kind)
    {
        m_ordered.remove(kind);
        m_serialized.remove(kind);
        return m_collections[kind];
    }
    const Collection &collection(const QString &kind) const;
    // The kind's objects in id order, kept between lists until the kind
    // changes: walking a map of 10,000 costs milliseconds (a cache miss
    // per node), and a list of 50 must not pay for 10,000.
    const QVector<const QJsonObject *> &ordered(const QString &kind) const;
    // An object of the kind as JSON text, kept like ordered().
    const QByteArray &serialized(const QString &kind, const QJsonObject *object) const;

    // A fresh id above every id the kind has used (ids are never reused).
    qint64 allocateId(const QString &kind);

    // Addresses from documentation ranges, unique in the project: IPv4
    // from 203.0.113.0/24 and 198.51.100.0/24 in a seeded order ("" once
    // both are used up), IPv6 /64 networks in 2001:db8::/32.
    QString allocateIpv4();
    // The console proxy request_console hands out URLs for; nullptr when
    // the simulator runs without one.
    ConsoleHub *consoles() const { return m_consoles; }
    void setConsoles(ConsoleHub *hub) { m_consoles = hub; }
    QString allocateIpv6Network();
    qint64 allocatePrimaryIpId();

private:
    QString m_token;
    quint32 m_seed;
    RateLimiter m_rateLimiter;
    ActionClock m_actions;
    QHash<QString, Collection> m_collections;
    mutable QHash<QString, QVector<const QJsonObject *>> m_ordered;
    mutable QHash<QString, QHash<const QJsonObject *, QByteArray>> m_serialized;
    QHash<QString, qint64> m_lastIds;
    QStringList m_freeIpv4;
    int m_ipv6Count = 0;
    qint64 m_lastPrimaryIpId;
    ConsoleHub *m_consoles = nullptr;
};

}  // namespace hcloud::sim
