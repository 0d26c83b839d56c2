#include "tests/support/fakehttpserver.h"

#include <QTcpSocket>

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
        }
    });
}

FakeHttpServer::~FakeHttpServer()
{
    // Sockets first, while the bookkeeping their signals touch still exists.
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::endpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort()));
}

FakeHttpServer::Response FakeHttpServer::json(int status, const QByteArray &body)
{
    return {status, body, {{"Content-Type", "application/json"}}};
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    Request request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    const QUrl target(QString::fromLatin1(first.value(1)));
    request.path = target.path();
    request.query = QUrlQuery(target);
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const int length = request.headers.value("content-length", "0").toInt();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    dispatch(socket, request);
}

void FakeHttpServer::dispatch(QTcpSocket *socket, Request request)
{
    request.id = m_requests.size() + 1;
    m_requests.append(request);
    const std::optional<Response> response = m_handler ? m_handler(request) : json(404, "{}");
    if (response) {
        m_held.insert(request.id, socket);
        respond(request.id, *response);
    } else {
        m_held.insert(request.id, socket);
        m_peakHeld = qMax(m_peakHeld, m_held.size());
    }
    emit requestReceived(request.id);
}

void FakeHttpServer::respond(int requestId, const Response &response)
{
    QPointer<QTcpSocket> socket = m_held.take(requestId);
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}
