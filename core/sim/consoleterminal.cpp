#include "core/sim/consoleterminal.h"

namespace hcloud::sim {

namespace {
// X11 keysyms (X11/keysymdef.h).
constexpr quint32 kBackSpace = 0xff08;
constexpr quint32 kReturn = 0xff0d;
constexpr quint32 kKeypadEnter = 0xff8d;
constexpr quint32 kDelete = 0xffff;
constexpr quint32 kKeypadDelete = 0xff9f;
constexpr quint32 kControlL = 0xffe3;
constexpr quint32 kControlR = 0xffe4;
constexpr quint32 kAltL = 0xffe9;
constexpr quint32 kAltR = 0xffea;
constexpr quint32 kUnicodeBase = 0x01000000;

// The character a keysym types, or a null QChar.
QChar printable(quint32 keysym)
{
    if ((keysym >= 0x20 && keysym <= 0x7e) || (keysym >= 0xa0 && keysym <= 0xff))
        return QChar(ushort(keysym));
    if (keysym > kUnicodeBase && keysym <= kUnicodeBase + 0xffff)
        return QChar(ushort(keysym - kUnicodeBase));
    return {};
}
} // namespace

ConsoleTerminal::ConsoleTerminal(const QString &serverName) : m_name(serverName)
{
    boot();
}

void ConsoleTerminal::boot()
{
    m_screen.clear();
    m_screen.write(QStringLiteral("SeaBIOS (simulated)\nBooting from Hard Disk...\n"
                                  "[    0.000000] Linux version 6.1.0-hcloud-sim\n"
                                  "[    0.412733] virtio_net virtio1 eth0: link up\n"
                                  "[    1.024518] systemd[1]: Reached target multi-user.target.\n\n"
                                  "Debian GNU/Linux 12 %1 tty1\n\n")
                       .arg(m_name));
    m_line.clear();
    m_password = false;
    prompt();
}

void ConsoleTerminal::prompt()
{
    m_screen.write(m_password ? QStringLiteral("Password: ") : QStringLiteral("%1 login: ").arg(m_name));
}

void ConsoleTerminal::type(const QString &text)
{
    m_line += text;
    if (!m_password)
        m_screen.write(text);
}

void ConsoleTerminal::enter()
{
    m_screen.write(QStringLiteral("\n"));
    if (m_password) {
        m_password = false;
        m_screen.write(QStringLiteral("\nLogin incorrect\n"));
    } else if (!m_line.isEmpty()) {
        m_password = true;
    }
    m_line.clear();
    prompt();
}

bool ConsoleTerminal::key(quint32 keysym, bool down)
{
    switch (keysym) {
    case kControlL: m_control[0] = down; return false;
    case kControlR: m_control[1] = down; return false;
    case kAltL: m_alt[0] = down; return false;
    case kAltR: m_alt[1] = down; return false;
    default: break;
    }
    if (!down)
        return false;
    const bool control = m_control[0] || m_control[1];
    const bool alt = m_alt[0] || m_alt[1];
    if ((keysym == kDelete || keysym == kKeypadDelete) && control && alt)
        return true;
    if (keysym == kReturn || keysym == kKeypadEnter) {
        enter();
    } else if (keysym == kBackSpace) {
        if (!m_line.isEmpty()) {
            m_line.chop(1);
            if (!m_password)
                m_screen.backspace();
        }
    } else if (control && (keysym == 'c' || keysym == 'C')) {
        m_screen.write(QStringLiteral("^C"));
        m_line.clear();
        m_password = false;
        m_screen.write(QStringLiteral("\n"));
        prompt();
    } else if (const QChar ch = printable(keysym); !ch.isNull() && !control && !alt) {
        type(QString(ch));
    }
    return false;
}

} // namespace hcloud::sim
