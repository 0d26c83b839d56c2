// The client's label selector check (core/resources/labelselectorcheck).
#include "core/resources/labelselectorcheck.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString selector = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // Called twice: the check keeps no state, so the answers must agree.
    const QString first = hcloud::labelSelectorProblem(selector);
    if (hcloud::labelSelectorProblem(selector) != first)
        __builtin_trap();
    return 0;
}
