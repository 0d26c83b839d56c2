#pragma once

#include "core/api/ratelimit.h"

#include <QLabel>

namespace hcloud {

// "API budget 3,412 / 3,600" in the status bar; warns when it runs low.
class RateLimitLabel : public QLabel
{
    Q_OBJECT
public:
    explicit RateLimitLabel(QWidget *parent = nullptr);
    void setRateLimit(const RateLimit &rateLimit);
};

} // namespace hcloud
