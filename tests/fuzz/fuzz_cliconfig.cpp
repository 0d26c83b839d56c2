// cli.toml import (core/projects/cliconfig): whatever the file holds, no
// crash, and no token reaches the error text.
#include "core/projects/cliconfig.h"
#include "core/projects/tokencheck.h"

#include <QProcessEnvironment>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hcloud::CliConfig config;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!config.parse(bytes, QStringLiteral("fuzz.toml"), QProcessEnvironment()))
        return 0;
    for (const hcloud::CliContext &context : config.contexts()) {
        // What may be shown of a context never holds a whole token.
        if (hcloud::TokenCheck::mayHoldSecret(context.prefix) || context.name.isEmpty())
            __builtin_trap();
        (void)config.token(context.name);
    }
    config.forgetTokens();
    return 0;
}
