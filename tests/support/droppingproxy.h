#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A TCP proxy on loopback that passes every request on to the real server
// and, while dropping, throws the answer away and closes the client's
// connection: the request was done, and the client never hears of it.
// It counts the requests it saw by their request line, so a client that
// re-sends cannot hide it.
class DroppingProxy : public QObject
{
    Q_OBJECT
public:
    explicit DroppingProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~DroppingProxy() override;

    bool listen();
    QUrl endpoint() const; // http://127.0.0.1:PORT/v1

    void setDropping(bool dropping) { m_dropping = dropping; }
    // Only connections whose last request was a POST, PUT or DELETE.
    void setWritesOnly(bool writesOnly) { m_writesOnly = writesOnly; }
    // Drop before passing the request on: the server never sees it.
    void setDropBeforeForwarding(bool before) { m_before = before; }
    // Request lines seen for this method ("POST"), and answers dropped.
    int requests(const QByteArray &method) const;
    int dropped() const { return m_dropped; }

private:
    void accept();
    // Returns the method of the last request line in bytes ("" if none).
    QByteArray countRequestLines(const QByteArray &bytes);

    quint16 m_upstreamPort;
    QTcpServer m_server;
    bool m_dropping = true;
    bool m_writesOnly = false;
    bool m_before = false;
    QByteArray m_requestLines;  // one "METHOD path" per line
    int m_dropped = 0;
};
