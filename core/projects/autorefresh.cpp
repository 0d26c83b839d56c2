#include "autorefresh.h"

#include <algorithm>

namespace hcloud {

AutoRefresh::AutoRefresh(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        emit due();
        restart();
    });
    restart();
}

void AutoRefresh::setIntervalSeconds(int seconds)
{
    m_intervalMs = std::max(0, seconds) * 1000;
    restart();
}

void AutoRefresh::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    restart();
}

void AutoRefresh::setRateLimit(const RateLimit &rateLimit)
{
    const int before = currentDelayMs();
    m_rateLimit = rateLimit;
    // Only a longer wait needs the timer moved; a shorter one comes next round.
    if (currentDelayMs() > before && m_timer.isActive())
        restart();
}

void AutoRefresh::restart()
{
    if (m_paused || m_intervalMs <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(currentDelayMs());
}

int AutoRefresh::delayFor(int intervalMs, const RateLimit &rateLimit)
{
    if (!rateLimit.isKnown() || rateLimit.limit <= 0)
        return intervalMs;
    const double left = double(rateLimit.remaining) / rateLimit.limit;
    if (left >= 0.5)
        return intervalMs;
    const double factor = std::min(20.0, 0.5 / std::max(left, 0.025));
    return int(intervalMs * factor);
}

} // namespace hcloud
