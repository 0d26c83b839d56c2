#pragma once

// What bench_scale measures inside its own process: the longest the GUI
// thread went without turning its event loop, and the resident memory.

#include "core/models/resourcerow.h"
#include "core/projects/project.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class StallWatch : public QObject
{
public:
    // A 2 ms timer: any gap beyond it is time the loop was busy elsewhere.
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_worst = std::max(m_worst, double(now - m_last) / 1e6 - 2.0);
            m_last = now;
        });
        m_clock.start();
        m_timer.start(2);
    }
    void reset() { m_worst = 0; m_last = 0; }
    double worstMs() const { return std::max(0.0, m_worst); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_worst = 0;
};

// VmRSS and VmHWM of this process in MB; resetPeak() starts VmHWM anew.
double residentMb();
double peakMb();
void resetPeak();
// Hands freed memory back, so that RSS shows what is held.
void trimHeap();

namespace hcloud {
class TokenVault;
}

// A window started on a project whose cache holds `rows` as its servers
// (the API still answering at its latency): ms from constructing the
// workspace and window to those rows in the model, or -1. cachedFirst:
// they were the cache's (the list request still out). The worst stall
// goes to *stallMs.
double cachedStartMs(const hcloud::Project &project, hcloud::TokenVault *vault,
                     const QVector<hcloud::ResourceRow> &rows, bool *cachedFirst, double *stallMs);
