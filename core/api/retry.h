#pragma once

#include <QByteArray>
#include <QDateTime>

namespace hcloud {

struct RetryPolicy
{
    int maxAttempts = 4;         // first try included
    int baseDelayMs = 500;       // doubled per attempt
    int maxDelayMs = 30000;      // cap, also for Retry-After/RateLimit-Reset waits
};

// What an answer says about when to try again (raw header values).
struct RetryHints
{
    QByteArray retryAfter;          // Retry-After: seconds or an HTTP date
    QByteArray rateLimitLimit;      // RateLimit-Limit
    QByteArray rateLimitRemaining;  // RateLimit-Remaining
    QByteArray rateLimitReset;      // RateLimit-Reset: UNIX time of a full budget
};

// Statuses worth repeating an idempotent request for; 0 means no HTTP answer.
bool isRetryableStatus(int httpStatus);

// When the server says another attempt may succeed; invalid without a hint.
// A 429 whose budget refills steadily needs one request's worth of refill,
// not the full reset, so that time is derived from the RateLimit-* headers.
QDateTime serverRetryTime(int httpStatus, const RetryHints &hints, const QDateTime &nowUtc);

// Wait before attempt attemptsMade + 1: the server's hint when it gave one,
// else exponential backoff with a little jitter; never above maxDelayMs.
int retryDelayMs(const RetryPolicy &policy, int attemptsMade, int httpStatus,
                 const RetryHints &hints, const QDateTime &nowUtc);

} // namespace hcloud
