#pragma once

#include "core/sim/consolehub.h"
#include "core/sim/faultplan.h"
#include "core/sim/replysender.h"
#include "core/sim/simapi.h"
#include "core/sim/simcloud.h"
#include "core/sim/simserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QTcpServer>

#include <map>
#include <memory>

namespace hcloud::sim {

// What a SimServer holds: the projects, the two APIs and the HTTP servers
// in front of them. simserver.cpp serves requests, simserverstate.cpp
// lets tests and the demo reach into the projects.
class SimServer::Private
{
public:
    explicit Private(SimServer *q) : q(q), api(cloud), hetznerApi(cloud, SimApi::Which::Hetzner), consoles(cloud) { }

    void handle(SimApi &which, const QUrl &endpoint, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QTcpSocket *connectionOf(const QHttpServerRequest &request) const;
    bool bind(QHttpServer &server, quint16 port, QTcpServer **bound);

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
