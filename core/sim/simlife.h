#pragma once

#include "core/sim/prng.h"
#include "core/sim/simrequest.h"

#include <QHash>
#include <QVector>

namespace hcloud::sim {

class SimProject;

// A cloud that lives, for the demo (SimOptions::livelySeconds): the seeded
// servers' transitions end through their seeded actions, as real ones do,
// and now and then someone else acts in the project, through the API's
// own routes (a reboot, a snapshot). Off unless asked for.
class SimLife
{
public:
    // About every `seconds` (randomised) something happens in a project.
    explicit SimLife(int seconds, quint64 seed = 7);

    // Before a request to the project at `nowMs`: puts the seeded running
    // actions on the clock (once), and returns the requests "others" send
    // now, for SimApi to answer first.
    QVector<SimRequest> beforeRequest(SimProject &project, qint64 nowMs);

private:
    void adoptSeeded(SimProject &project, qint64 nowMs);
    qint64 nextGap();

    int m_seconds;
    Prng m_prng;
    QHash<const SimProject *, qint64> m_nextMs; // next happening, per project
};

}  // namespace hcloud::sim
