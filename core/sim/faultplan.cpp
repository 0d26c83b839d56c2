#include "core/sim/faultplan.h"

#include <QCoreApplication>
#include <QStringList>

namespace hcloud::sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hcloud::sim::FaultSpec", text);
}

bool readFraction(const QString &value, double *out)
{
    bool ok = false;
    const double f = value.toDouble(&ok);
    if (!ok || f < 0 || f > 1)
        return false;
    *out = f;
    return true;
}

}  // namespace

std::optional<FaultSpec> FaultSpec::parse(const QString &text, QString *error)
{
    FaultSpec spec;
    const QString seed = text.section(QLatin1Char(':'), 0, 0);
    const QString parts = text.section(QLatin1Char(':'), 1);
    bool ok = false;
    spec.seed = seed.toULongLong(&ok);
    if (!ok || !text.contains(QLatin1Char(':'))) {
        *error = tr("The fault spec starts with a whole-number seed and a colon, as in 7:5xx=0.1,drop=0.05,burst429=50.");
        return std::nullopt;
    }
    for (const QString &part : parts.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        bool good = false;
        if (key == QLatin1String("5xx")) {
            good = readFraction(value, &spec.unavailable);
        } else if (key == QLatin1String("drop")) {
            good = readFraction(value, &spec.drop);
        } else if (key == QLatin1String("burst429")) {
            const int every = value.toInt(&good);
            // A burst longer than its period would be a permanent 429.
            good = good && every > FaultPlan::kBurstLength;
            spec.burst429Every = every;
        }
        if (!good) {
            *error = tr("Cannot read \"%1\": use 5xx=F and drop=F with F from 0 to 1, and burst429=N with N above 5.")
                         .arg(part);
            return std::nullopt;
        }
    }
    return spec;
}

FaultPlan::FaultPlan(const FaultSpec &spec) : m_spec(spec), m_prng(spec.seed) { }

bool FaultPlan::chance(double fraction)
{
    // 53 bits make a uniform double in [0, 1).
    return double(m_prng.next() >> 11) / double(1ULL << 53) < fraction;
}

FaultPlan::Fault FaultPlan::next()
{
    if (!isActive())
        return Fault::None;
    const quint64 n = m_requests++;
    // Both draws happen for every request, so one kind of fault does not
    // shift the other's sequence.
    const bool unavailable = chance(m_spec.unavailable);
    const bool drop = chance(m_spec.drop);
    // Requests N..N+4, 2N..2N+4, ...: the first N pass untouched.
    if (m_spec.burst429Every > 0 && n >= quint64(m_spec.burst429Every)
        && n % quint64(m_spec.burst429Every) < quint64(kBurstLength))
        return Fault::RateLimited;
    if (unavailable)
        return Fault::Unavailable;
    if (drop)
        return Fault::Drop;
    return Fault::None;
}

}  // namespace hcloud::sim
