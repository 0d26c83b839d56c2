#include "core/console/keystroketyper.h"

#include "core/console/keysyms.h"

namespace hcloud {

KeystrokeTyper::KeystrokeTyper(Sender send, QObject *parent) : QObject(parent), m_send(std::move(send))
{
    m_timer.setInterval(25);
    connect(&m_timer, &QTimer::timeout, this, &KeystrokeTyper::next);
}

KeystrokeTyper::~KeystrokeTyper()
{
    // The queue may hold a password pasted into a rescue shell.
    m_keys.fill(0);
}

void KeystrokeTyper::type(const QString &text)
{
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\r'))
            continue;  // "\r\n" is one Return
        if (const quint32 keysym = keysyms::forCharacter(ch))
            m_keys.append(keysym);
    }
    if (!m_keys.isEmpty() && !m_timer.isActive())
        m_timer.start();
}

void KeystrokeTyper::cancel()
{
    m_keys.fill(0);
    m_keys.clear();
    m_timer.stop();
}

void KeystrokeTyper::next()
{
    if (m_keys.isEmpty()) {
        m_timer.stop();
        emit finished();
        return;
    }
    const quint32 keysym = m_keys.takeFirst();
    m_send(keysym, true);
    m_send(keysym, false);
}

} // namespace hcloud
