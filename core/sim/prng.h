#pragma once

#include <QtGlobal>

namespace hcloud::sim {

// SplitMix64: tiny and fully specified, so a seed gives the same data on
// every platform and Qt version (QRandomGenerator's bounded() may change).
class Prng
{
public:
    explicit Prng(quint64 seed) : m_state(seed) { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, bound); the tiny modulo bias does not matter here.
    int below(int bound) { return bound <= 0 ? 0 : int(next() % quint64(bound)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

}  // namespace hcloud::sim
