#pragma once

#include <QObject>
#include <QTimer>
#include <QVector>

#include <functional>

namespace hcloud {

// Types text as key presses at a steady pace, from a timer: a rescue
// shell's line discipline drops keys that arrive faster than it reads.
class KeystrokeTyper : public QObject
{
    Q_OBJECT
public:
    using Sender = std::function<void(quint32 keysym, bool down)>;

    explicit KeystrokeTyper(Sender send, QObject *parent = nullptr);
    ~KeystrokeTyper() override;

    // Queues the text; characters without a keysym are skipped.
    void type(const QString &text);
    void cancel();
    bool isTyping() const { return !m_keys.isEmpty(); }
    int remaining() const { return int(m_keys.size()); }
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }

signals:
    void finished();

private:
    void next();

    Sender m_send;
    QTimer m_timer;
    QVector<quint32> m_keys;
};

} // namespace hcloud
