#include "tests/support/droppingproxy.h"

#include <QPointer>
#include <QTcpSocket>

DroppingProxy::DroppingProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent), m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &DroppingProxy::accept);
}

DroppingProxy::~DroppingProxy()
{
    for (QTcpSocket *socket : findChildren<QTcpSocket *>()) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool DroppingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl DroppingProxy::endpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort()));
}

int DroppingProxy::requests(const QByteArray &method) const
{
    int n = 0;
    for (const QByteArray &line : m_requestLines.split('\n'))
        n += line.startsWith(method + ' ') ? 1 : 0;
    return n;
}

QByteArray DroppingProxy::countRequestLines(const QByteArray &bytes)
{
    QByteArray last;
    // Request bodies here are one-line JSON, so a line that starts with a
    // method and ends in HTTP/1.x is a request line.
    for (const QByteArray &line : bytes.split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.endsWith(" HTTP/1.1") || l.endsWith(" HTTP/1.0")) {
            m_requestLines += l.left(l.lastIndexOf(' ')) + '\n';
            last = l.left(l.indexOf(' '));
        }
    }
    return last;
}

void DroppingProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        auto *upstream = new QTcpSocket(this);
        QPointer<QTcpSocket> c(client), u(upstream);
        auto closeBoth = [c, u] {
            if (c) {
                c->abort();
                c->deleteLater();
            }
            if (u) {
                u->abort();
                u->deleteLater();
            }
        };
        // Bytes from the client wait until the upstream connection is up.
        auto pending = std::make_shared<QByteArray>();
        auto lastMethod = std::make_shared<QByteArray>();
        auto drops = [this, lastMethod] {
            const bool write = *lastMethod == "POST" || *lastMethod == "PUT" || *lastMethod == "DELETE";
            return m_dropping && (!m_writesOnly || write);
        };
        connect(client, &QTcpSocket::readyRead, this, [this, c, u, pending, lastMethod, drops, closeBoth] {
            const QByteArray bytes = c->readAll();
            const QByteArray method = countRequestLines(bytes);
            if (!method.isEmpty())
                *lastMethod = method;
            if (m_before && drops()) {
                ++m_dropped;
                closeBoth();
                return;
            }
            if (u && u->state() == QAbstractSocket::ConnectedState)
                u->write(bytes);
            else
                *pending += bytes;
        });
        connect(upstream, &QTcpSocket::connected, this, [u, pending] {
            u->write(*pending);
            pending->clear();
        });
        connect(upstream, &QTcpSocket::readyRead, this, [this, c, u, closeBoth, drops] {
            const QByteArray answer = u->readAll();
            if (m_before || !drops()) {
                if (c)
                    c->write(answer);
                return;
            }
            // The server has done the work and begun to answer: the client
            // gets nothing but a closed connection.
            ++m_dropped;
            closeBoth();
        });
        connect(client, &QTcpSocket::disconnected, this, closeBoth);
        connect(upstream, &QTcpSocket::disconnected, this, [c] {
            if (c)
                c->disconnectFromHost(); // after what was passed on
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}
