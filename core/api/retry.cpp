#include "core/api/retry.h"

#include <QRandomGenerator>

#include <cmath>

namespace hcloud {

namespace {

bool toNumber(const QByteArray &value, qint64 *out)
{
    bool ok = false;
    *out = value.trimmed().toLongLong(&ok);
    return ok;
}

} // namespace

bool isRetryableStatus(int httpStatus)
{
    switch (httpStatus) {
    case 0:   // transport failure
    case 429:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

QDateTime serverRetryTime(int httpStatus, const RetryHints &hints, const QDateTime &nowUtc)
{
    qint64 number = 0;
    if (!hints.retryAfter.isEmpty()) {
        if (toNumber(hints.retryAfter, &number))
            return nowUtc.addSecs(qMax<qint64>(0, number));
        // HTTP dates end in "GMT", which Qt's RFC 2822 reader wants as an offset.
        QString text = QString::fromLatin1(hints.retryAfter.trimmed());
        if (text.endsWith(QLatin1String(" GMT")))
            text.replace(text.size() - 3, 3, QStringLiteral("+0000"));
        const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
        if (date.isValid())
            return date.toUTC();
    }
    // The budget headers only explain a rate-limit refusal.
    if (httpStatus != 429 || !toNumber(hints.rateLimitReset, &number))
        return {};
    const QDateTime reset = QDateTime::fromSecsSinceEpoch(number, Qt::UTC);
    const qint64 untilFullMs = nowUtc.msecsTo(reset);
    if (untilFullMs <= 0)
        return nowUtc;
    qint64 limit = 0;
    qint64 remaining = 0;
    if (toNumber(hints.rateLimitLimit, &limit) && toNumber(hints.rateLimitRemaining, &remaining)
        && remaining >= 0 && limit > remaining) {
        // Refill is linear up to the reset: one request costs untilFull / missing.
        const qint64 perRequestMs = (untilFullMs + (limit - remaining) - 1) / (limit - remaining);
        return nowUtc.addMSecs(perRequestMs);
    }
    return reset;
}

int retryDelayMs(const RetryPolicy &policy, int attemptsMade, int httpStatus,
                 const RetryHints &hints, const QDateTime &nowUtc)
{
    const qint64 cap = qMax(0, policy.maxDelayMs);
    const QDateTime hinted = serverRetryTime(httpStatus, hints, nowUtc);
    if (hinted.isValid())
        return int(qBound<qint64>(0, nowUtc.msecsTo(hinted), cap));

    const int exponent = qBound(0, attemptsMade - 1, 30);
    const double backoff = double(qMax(0, policy.baseDelayMs)) * std::pow(2.0, exponent);
    // Up to a quarter more, so concurrent page fetches do not retry in lockstep.
    const double jitter = backoff * 0.25 * QRandomGenerator::global()->generateDouble();
    return int(qMin<double>(cap, backoff + jitter));
}

} // namespace hcloud
