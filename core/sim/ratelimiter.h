#pragma once

#include <QtGlobal>

namespace hcloud::sim {

// A project's request budget: `limit` requests, refilled by one per second.
// The refill is computed lazily from the elapsed time, so nothing ticks.
// Time is passed in (milliseconds since the epoch) to keep this testable.
class RateLimiter
{
public:
    explicit RateLimiter(int limit = 3600, qint64 nowMs = 0);

    // Spends one request; false when the budget is exhausted.
    bool take(qint64 nowMs);
    int remaining(qint64 nowMs);
    void setRemaining(int remaining, qint64 nowMs);
    int limit() const { return m_limit; }
    // UNIX time (seconds) at which the budget is full again.
    qint64 resetAt(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    int m_limit;
    int m_remaining;
    qint64 m_lastRefillMs;
};

}  // namespace hcloud::sim
