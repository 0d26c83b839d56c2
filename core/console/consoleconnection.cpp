#include "core/console/consoleconnection.h"

#include "core/console/consolelog.h"

#include <QLocalSocket>
#include <QNetworkRequest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <sys/socket.h>
#include <unistd.h>

namespace hcloud {

ConsoleConnection::ConsoleConnection(QObject *parent) : QObject(parent) { }

ConsoleConnection::~ConsoleConnection()
{
    m_done = true;
    stopWorker();
    m_password.fill('\0');
}

void ConsoleConnection::open(const QUrl &url, QByteArray password)
{
    m_password = password;
    password.fill('\0');
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        m_detail = QString::fromLocal8Bit(strerror(errno));
        QMetaObject::invokeMethod(this, [this] { finish(End::Failed); }, Qt::QueuedConnection);
        return;
    }
    m_bridge = new QLocalSocket(this);
    m_bridge->setSocketDescriptor(fds[0]);
    m_worker = new VncWorker(fds[1], m_password);
    m_password.fill('\0');
    m_password.clear();
    // The worker outlives us if it must: it ends on its own once the bridge
    // closes, and deletes itself then, so nobody waits for it.
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &VncWorker::authenticated, this, [this](const QString &name, int, int) {
        m_connected = true;
        emit connected(name);
    });
    connect(m_worker, &VncWorker::frameReady, this, [this](const ConsoleFrame &frame) {
        m_frame = frame;
        emit frameChanged(frame.changed);
    });
    connect(m_worker, &VncWorker::ended, this, [this](VncWorker::Failure failure) {
        switch (failure) {
        case VncWorker::Failure::WrongPassword: finish(End::WrongPassword); break;
        case VncWorker::Failure::Handshake: finish(m_heardFromConsole ? End::Failed : End::Refused); break;
        default: finish(m_heardFromConsole ? End::Dropped : End::Refused); break;
        }
    });

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, [this] { m_worker->start(); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        m_heardFromConsole = true;
        m_bridge->write(data);
    });
    connect(m_bridge, &QLocalSocket::readyRead, this, [this] {
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->sendBinaryMessage(m_bridge->readAll());
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_detail.isEmpty())
            m_detail = m_socket->closeReason();
        qCInfo(lcConsole) << "console WebSocket closed" << m_socket->closeCode() << m_detail;
        // libvncclient sees the end of its stream and ends; if it never
        // started, say so now.
        if (m_bridge)
            m_bridge->disconnectFromServer();
        if (m_worker && !m_worker->isRunning() && !m_worker->isFinished())
            finish(m_heardFromConsole ? End::Dropped : End::Refused);
    });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this](QAbstractSocket::SocketError) {
        m_detail = m_socket->errorString();
        qCInfo(lcConsole) << "console WebSocket error:" << m_detail;
        if (m_worker && !m_worker->isRunning() && !m_worker->isFinished())
            finish(End::Failed);
    });
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QStringLiteral("binary")});
    // Never log the URL: its query or path holds the one-time token.
    qCInfo(lcConsole) << "opening console at" << url.host() << url.port();
    m_socket->open(QNetworkRequest(url), options);
}

void ConsoleConnection::stopWorker()
{
    if (m_worker) {
        disconnect(m_worker, nullptr, this, nullptr);
        m_worker->requestStop();
        if (!m_worker->isRunning())
            m_worker->deleteLater();  // never started
    }
    if (m_bridge)
        m_bridge->abort();
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
}

void ConsoleConnection::close()
{
    if (m_done)
        return;
    if (m_socket)
        m_socket->close();
    finish(End::Closed);
}

void ConsoleConnection::finish(End end)
{
    if (m_done)
        return;
    m_done = true;
    m_connected = false;
    stopWorker();
    emit ended(end);
}

void ConsoleConnection::sendKey(quint32 keysym, bool down)
{
    if (m_connected && m_worker)
        m_worker->sendKey(keysym, down);
}

void ConsoleConnection::sendPointer(int x, int y, int buttons)
{
    if (m_connected && m_worker)
        m_worker->sendPointer(x, y, buttons);
}

} // namespace hcloud
