#include "ui/ratelimitlabel.h"

#include <QLocale>

namespace hcloud {

RateLimitLabel::RateLimitLabel(QWidget *parent)
    : QLabel(parent)
{
    setRateLimit({});
}

void RateLimitLabel::setRateLimit(const RateLimit &rateLimit)
{
    if (!rateLimit.isKnown()) {
        setText(tr("API budget: not known yet"));
        setToolTip({});
        setStyleSheet({});
        return;
    }
    const QLocale locale;
    setText(tr("API budget: %1 / %2")
                .arg(locale.toString(rateLimit.remaining), locale.toString(rateLimit.limit)));
    setToolTip(tr("Requests left in this project's hourly budget. It refills by one a second; full again at %1.")
                   .arg(locale.toString(rateLimit.reset.toLocalTime().time(), QLocale::ShortFormat)));
    const bool low = rateLimit.limit > 0 && rateLimit.remaining * 10 < rateLimit.limit;
    setStyleSheet(low ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString());
}

} // namespace hcloud
