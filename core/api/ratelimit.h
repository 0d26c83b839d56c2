#pragma once

#include <QDateTime>
#include <QMetaType>

namespace hcloud {

// The budget the API reports in RateLimit-* headers of its last answer.
struct RateLimit
{
    int limit = -1;       // RateLimit-Limit, -1 when not yet known
    int remaining = -1;   // RateLimit-Remaining
    QDateTime reset;      // RateLimit-Reset (UTC)

    bool isKnown() const { return limit >= 0 && remaining >= 0; }
    friend bool operator==(const RateLimit &a, const RateLimit &b)
    {
        return a.limit == b.limit && a.remaining == b.remaining && a.reset == b.reset;
    }
};

} // namespace hcloud

Q_DECLARE_METATYPE(hcloud::RateLimit)
