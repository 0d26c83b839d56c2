#pragma once

#include "core/sim/consolescreen.h"

#include <QString>

namespace hcloud::sim {

// What a simulated server runs on its console: a short boot log, then a
// login prompt that echoes the name typed and asks for a password it never
// accepts. Keys arrive as X11 keysyms, as RFB carries them.
class ConsoleTerminal
{
public:
    explicit ConsoleTerminal(const QString &serverName);

    // Clears the screen and boots again.
    void boot();
    // True when the key completes Ctrl+Alt+Del: the server should reboot.
    bool key(quint32 keysym, bool down);

    const ConsoleScreen &screen() const { return m_screen; }

private:
    void prompt();
    void enter();
    void type(const QString &text);

    ConsoleScreen m_screen;
    QString m_name;
    QString m_line;
    bool m_password = false;
    bool m_control[2] = {false, false};
    bool m_alt[2] = {false, false};
};

} // namespace hcloud::sim
