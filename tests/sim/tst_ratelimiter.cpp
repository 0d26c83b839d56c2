// The request budget with an explicit clock: spending, lazy refill at one
// per second, the cap, and the reset time.

#include "core/sim/ratelimiter.h"

#include <QTest>

using hcloud::sim::RateLimiter;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void spendsAndRefuses();
    void refillsOnePerSecond();
    void neverExceedsLimit();
    void resetIsWhenFullAgain();
    void clockGoingBackDoesNotRefill();
};

namespace {
constexpr qint64 t0 = 1700000000000;  // ms since the epoch
}

void TestRateLimiter::spendsAndRefuses()
{
    RateLimiter limiter(3, t0);
    QCOMPARE(limiter.limit(), 3);
    QVERIFY(limiter.take(t0));
    QVERIFY(limiter.take(t0));
    QVERIFY(limiter.take(t0));
    QCOMPARE(limiter.remaining(t0), 0);
    QVERIFY(!limiter.take(t0 + 999));
    QCOMPARE(limiter.remaining(t0 + 999), 0);
}

void TestRateLimiter::refillsOnePerSecond()
{
    RateLimiter limiter(3600, t0);
    limiter.setRemaining(0, t0);
    QCOMPARE(limiter.remaining(t0 + 999), 0);
    QCOMPARE(limiter.remaining(t0 + 1000), 1);
    QCOMPARE(limiter.remaining(t0 + 2500), 2);
    // The half second already elapsed counts toward the next refill.
    QCOMPARE(limiter.remaining(t0 + 3000), 3);
    QVERIFY(limiter.take(t0 + 3000));
    QCOMPARE(limiter.remaining(t0 + 3000), 2);
    QCOMPARE(limiter.remaining(t0 + 63000), 62);
}

void TestRateLimiter::neverExceedsLimit()
{
    RateLimiter limiter(10, t0);
    limiter.setRemaining(5, t0);
    QCOMPARE(limiter.remaining(t0 + 3600 * 1000), 10);
    // A full bucket banks no time: one request later, one second refills one.
    QVERIFY(limiter.take(t0 + 3600 * 1000));
    QCOMPARE(limiter.remaining(t0 + 3600 * 1000 + 999), 9);
    QCOMPARE(limiter.remaining(t0 + 3600 * 1000 + 1000), 10);
    limiter.setRemaining(50, t0);
    QCOMPARE(limiter.remaining(t0), 10);
}

void TestRateLimiter::resetIsWhenFullAgain()
{
    RateLimiter limiter(3600, t0);
    QCOMPARE(limiter.resetAt(t0), t0 / 1000);
    limiter.setRemaining(3590, t0);
    QCOMPARE(limiter.resetAt(t0), t0 / 1000 + 10);
    QCOMPARE(limiter.resetAt(t0 + 4000), t0 / 1000 + 10);
    limiter.setRemaining(0, t0);
    QCOMPARE(limiter.resetAt(t0), t0 / 1000 + 3600);
}

void TestRateLimiter::clockGoingBackDoesNotRefill()
{
    RateLimiter limiter(100, t0);
    limiter.setRemaining(0, t0);
    QCOMPARE(limiter.remaining(t0 - 60000), 0);
    QCOMPARE(limiter.remaining(t0 - 59000), 1);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
