// libFuzzer target for the client's zone file reader: whatever bytes a user
// imports, parsing ends, never crashes, and what it reads is consistent.
#include "core/dns/recordcheck.h"
#include "core/dns/zonefileparser.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const hcloud::dns::ZoneFile file = hcloud::dns::parseZoneFile(text, QStringLiteral("example.com"));
    int lastLine = 0;
    for (const hcloud::dns::ZoneFileError &e : file.errors) {
        // Errors come by line, one a line, each with words.
        if (e.line <= lastLine || e.message.isEmpty())
            std::abort();
        lastLine = e.line;
    }
    for (const hcloud::dns::ZoneFileEntry &entry : file.entries) {
        // Every record read passes the checks the editor applies.
        if (!hcloud::dns::recordProblem(entry.type, entry.value).isEmpty() || entry.name.isEmpty())
            std::abort();
    }
    (void)file.recordSets();
    return 0;
}
