#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QVector>

class QWebSocket;

namespace hcloud::sim {

class ConsoleTerminal;

// One viewer of a server's console: RFB 3.8 (3.3 and 3.7 too) over a
// WebSocket's binary frames, VNC authentication, raw encoding only. The
// terminal belongs to the hub; it may go first, and then the viewer drops.
class ConsoleRfb : public QObject
{
    Q_OBJECT
public:
    ConsoleRfb(QWebSocket *socket, ConsoleTerminal *terminal, const QByteArray &password, const QString &name,
               QObject *parent = nullptr);
    ~ConsoleRfb() override;

    // The terminal changed: a waiting update request is answered.
    void screenChanged();
    // Closes the WebSocket with this reason; finished() follows.
    void drop(const QString &reason);
    ConsoleTerminal *terminal() const { return m_terminal; }

signals:
    // The viewer typed Ctrl+Alt+Del.
    void rebootRequested();
    // A key reached the terminal; every viewer of it may have news.
    void typed();
    void finished();

private:
    enum class Stage { Version, Security, Auth, Init, Normal, Closed };
    struct PixelFormat
    {
        int bitsPerPixel = 32;
        bool bigEndian = false;
        int redMax = 255, greenMax = 255, blueMax = 255;
        int redShift = 16, greenShift = 8, blueShift = 0;
    };

    void received(const QByteArray &data);
    bool step();  // false: wait for more bytes
    bool handleMessage();
    void refuse(const QString &reason);
    void sendServerInit();
    void sendUpdate(int x, int y, int w, int h, bool incremental);
    void appendPixel(QByteArray &out, quint32 rgb) const;

    QPointer<QWebSocket> m_socket;
    ConsoleTerminal *m_terminal;
    QByteArray m_password;  // cleared once checked
    QString m_name;
    QByteArray m_in;
    QByteArray m_challenge;
    Stage m_stage = Stage::Version;
    int m_minor = 8;
    PixelFormat m_format;
    bool m_updateWanted = false;
    QVector<quint64> m_sentVersions;
};

} // namespace hcloud::sim
