#pragma once

#include "api/ratelimit.h"

#include <QObject>
#include <QTimer>

namespace hcloud {

// When the window refreshes by itself: every interval (30 s unless set),
// never while paused (window hidden or minimised), and more slowly as the
// project's API budget runs low, so that the user's own actions still find
// requests left.
class AutoRefresh : public QObject
{
    Q_OBJECT
public:
    explicit AutoRefresh(QObject *parent = nullptr);

    static constexpr int kDefaultSeconds = 30;

    // 0 turns it off.
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalMs / 1000; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // The budget of the project being refreshed, after each answer.
    void setRateLimit(const RateLimit &rateLimit);

    bool isActive() const { return m_timer.isActive(); }
    // What the wait is now, given the interval and the budget.
    int currentDelayMs() const { return delayFor(m_intervalMs, m_rateLimit); }

    // Full speed while at least half the budget is left; below that the
    // interval stretches in proportion, up to 20 times.
    static int delayFor(int intervalMs, const RateLimit &rateLimit);

signals:
    void due();

private:
    void restart();

    QTimer m_timer;
    int m_intervalMs = kDefaultSeconds * 1000;
    bool m_paused = false;
    RateLimit m_rateLimit;
};

} // namespace hcloud
