// projects.json (core/projects/projectfile): parsing never crashes, and
// what it keeps can be written without anything token-like and read back
// to the same projects.
#include "core/projects/projectfile.h"
#include "core/projects/tokencheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using hcloud::ProjectFile;
    const ProjectFile::Parsed parsed =
        ProjectFile::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (parsed.unreadable)
        return 0;
    const QByteArray written = ProjectFile::serialize(parsed.contents);
    if (hcloud::TokenCheck::mayHoldSecret(QString::fromUtf8(written)))
        __builtin_trap();
    const ProjectFile::Parsed again = ProjectFile::parse(written);
    if (again.unreadable || again.contents.projects.size() != parsed.contents.projects.size())
        __builtin_trap();
    for (qsizetype i = 0; i < again.contents.projects.size(); ++i) {
        if (again.contents.projects.at(i).tokens.size() != parsed.contents.projects.at(i).tokens.size())
            __builtin_trap();
    }
    return 0;
}
