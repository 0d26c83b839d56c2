#pragma once

#include "core/sim/prng.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace hcloud::sim {

// What a faulty network and an overloaded API do to answers, as
// "SEED:5xx=0.1,drop=0.05,burst429=50". Every part after the seed is optional.
struct FaultSpec
{
    quint64 seed = 0;
    double unavailable = 0;  // fraction of requests answered 503 unavailable, unprocessed
    double drop = 0;         // fraction of connections closed after processing, unanswered
    int burst429Every = 0;   // every N requests, five 429 rate_limit_exceeded in a row

    bool isEmpty() const { return unavailable <= 0 && drop <= 0 && burst429Every <= 0; }

    // nullopt (with a reason in *error) for text that is not a fault spec.
    static std::optional<FaultSpec> parse(const QString &text, QString *error);
};

// Decides, request by request, which fault (if any) hits it. The same spec
// gives the same sequence every run: a failing run can be repeated.
class FaultPlan
{
public:
    enum class Fault { None, Unavailable, RateLimited, Drop };

    explicit FaultPlan(const FaultSpec &spec = {});
    bool isActive() const { return !m_spec.isEmpty(); }
    Fault next();

    static constexpr int kBurstLength = 5;

private:
    bool chance(double fraction);

    FaultSpec m_spec;
    Prng m_prng;
    quint64 m_requests = 0;
};

}  // namespace hcloud::sim
