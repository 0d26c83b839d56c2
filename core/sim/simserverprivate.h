#pragma once

// SimServer's insides, shared by its files: the HTTP side (simserver.cpp)
// and the state tests and the demo reach (simserverstate.cpp).

#include "core/sim/simserver.h"

#include "core/sim/consolehub.h"
#include "core/sim/replysender.h"
#include "core/sim/simapi.h"
#include "core/sim/simcloud.h"

#include <QHttpServer>
#include <QJsonObject>
#include <QTcpServer>

#include <map>
#include <memory>

namespace hcloud::sim {

class SimServer::Private
{
public:
    explicit Private(SimServer *q) : q(q), api(cloud), hetznerApi(cloud, SimApi::Which::Hetzner), consoles(cloud) { }

    void handle(SimApi &which, const QUrl &endpoint, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QTcpSocket *connectionOf(const QHttpServerRequest &request) const;
    bool bind(QHttpServer &server, quint16 port, QTcpServer **bound);
    QJsonObject *server(int project, qint64 id);

    SimServer *q;
    SimCloud cloud;
    SimApi api;
    SimApi hetznerApi;
    ConsoleHub consoles;
    QHttpServer http;
    QHttpServer hetznerHttp;
    QTcpServer *tcp = nullptr;  // owned by http once bound
    QTcpServer *hetznerTcp = nullptr;
    int latencyMs = 0;
    FaultPlan faults;
    int dropped = 0;
    int requests = 0;
    // Answers waiting for their latency. Declared after http so they go
    // before it: a responder must not outlive its connection's objects.
    std::map<quint64, std::unique_ptr<ReplySender>> pending;
    quint64 lastPending = 0;
};

}  // namespace hcloud::sim
