#include "scaleprobes.h"

#include <QFile>

#include <malloc.h>

namespace {
double statusMb(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}
} // namespace

double residentMb()
{
    return statusMb("VmRSS:");
}

double peakMb()
{
    return statusMb("VmHWM:");
}

void resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

void trimHeap()
{
    malloc_trim(0);
}
