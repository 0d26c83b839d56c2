#include "core/sim/ratelimiter.h"

#include <algorithm>

namespace hcloud::sim {

namespace {
constexpr qint64 refillIntervalMs = 1000;
}

RateLimiter::RateLimiter(int limit, qint64 nowMs) : m_limit(limit), m_remaining(limit), m_lastRefillMs(nowMs)
{
}

void RateLimiter::refill(qint64 nowMs)
{
    if (nowMs < m_lastRefillMs || m_remaining >= m_limit) {
        // A full bucket does not bank time, and a clock that went back
        // restarts the count rather than refilling negatively.
        m_lastRefillMs = nowMs;
        return;
    }
    const qint64 earned = (nowMs - m_lastRefillMs) / refillIntervalMs;
    if (earned <= 0)
        return;
    m_remaining = int(std::min<qint64>(m_limit, m_remaining + earned));
    // Keep the fraction of a second already elapsed toward the next refill.
    m_lastRefillMs = m_remaining >= m_limit ? nowMs : m_lastRefillMs + earned * refillIntervalMs;
}

bool RateLimiter::take(qint64 nowMs)
{
    refill(nowMs);
    if (m_remaining <= 0)
        return false;
    --m_remaining;
    return true;
}

int RateLimiter::remaining(qint64 nowMs)
{
    refill(nowMs);
    return m_remaining;
}

void RateLimiter::setRemaining(int remaining, qint64 nowMs)
{
    m_remaining = std::clamp(remaining, 0, m_limit);
    m_lastRefillMs = nowMs;
}

qint64 RateLimiter::resetAt(qint64 nowMs)
{
    refill(nowMs);
    const qint64 missing = m_limit - m_remaining;
    if (missing <= 0)
        return nowMs / 1000;
    const qint64 fullMs = m_lastRefillMs + missing * refillIntervalMs;
    return (fullMs + 999) / 1000;
}

}  // namespace hcloud::sim
