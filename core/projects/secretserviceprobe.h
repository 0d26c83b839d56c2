#pragma once

#include <QObject>
#include <functional>

namespace hcloud {

// Asks the D-Bus session what QtKeychain 0.13 does not tell: is there a
// keychain service at all, and is the default collection locked? (A lookup
// in a locked collection whose unlock prompt was dismissed comes back from
// libsecret as "not found".) Asynchronous; read-only; never prompts.
class SecretServiceProbe
{
public:
    struct Findings
    {
        bool sessionBus = false; // a session bus answered
        bool service = false;    // a Secret Service or KWallet is running or activatable
        bool locked = false;     // the Secret Service's default collection is locked
        bool noKeyring = false;  // a Secret Service with no default collection (no login keyring)
    };
    using Done = std::function<void(const Findings &)>;

    // done runs later on context's thread, unless context is gone by then.
    static void run(QObject *context, Done done);
};

} // namespace hcloud
