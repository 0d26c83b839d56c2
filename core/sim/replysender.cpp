#include "core/sim/replysender.h"

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace hcloud::sim {

ReplySender::ReplySender(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::move(responder))
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
      ,
      m_socket(socket ? socket : m_responder.socket())
#else
      ,
      m_socket(socket)
#endif
{
}

void ReplySender::drop()
{
    // abort(): the client sees the connection end before any answer byte.
    if (m_socket)
        m_socket->abort();
}

void ReplySender::send(const SimReply &reply)
{
    const auto status = QHttpServerResponder::StatusCode(reply.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto &header : reply.headers)
        headers.append(header.first, header.second);
    m_responder.write(reply.body, headers, status);
#else
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
#endif
    m_responder.writeStatusLine(status);
    for (const auto &header : reply.headers)
        m_responder.writeHeader(header.first, header.second);
    // 204 carries no body and, by RFC 9110, no Content-Length either.
    if (reply.status != 204)
        m_responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    m_responder.writeBody(reply.body);
#endif
}

}  // namespace hcloud::sim
