#pragma once

#include "core/sim/simreply.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QtGlobal>

namespace hcloud::sim {

// Holds a request's responder so the answer can go out later (simulated
// latency) while other requests are served. Hides the Qt HttpServer API
// differences: 6.4 writes headers one by one, 6.8 takes QHttpHeaders.
class ReplySender
{
public:
    // `socket` is the request's connection, for drop(); Qt 6.4 finds it itself.
    explicit ReplySender(QHttpServerResponder &&responder, QTcpSocket *socket = nullptr);

    // Writes the reply. Does nothing when the client has gone meanwhile.
    void send(const SimReply &reply);
    // Closes the connection without a word, as a failing network would.
    void drop();

private:
    QHttpServerResponder m_responder;
    // Qt 6.4 deletes the socket when the client disconnects; the responder
    // would then write through a dangling pointer.
    QPointer<QTcpSocket> m_socket;
};

}  // namespace hcloud::sim
