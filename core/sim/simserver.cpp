#include "core/sim/simserver.h"

#include "core/sim/simlog.h"
#include "core/sim/simserverprivate.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QTimer>

namespace hcloud::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    default: return "OTHER";
    }
}

// The API's answers under load, with the headers it sends with them.
SimReply faultReply(int status)
{
    if (status == 429) {
        SimReply reply = SimReply::error(429, QStringLiteral("rate_limit_exceeded"),
                                         QStringLiteral("limit of requests per hour reached"));
        reply.setHeader("Retry-After", "1");
        reply.setHeader("Content-Type", "application/json");
        return reply;
    }
    SimReply reply = SimReply::error(503, QStringLiteral("unavailable"),
                                     QStringLiteral("the service is temporarily unavailable"));
    reply.setHeader("Content-Type", "application/json");
    return reply;
}

// Small answers on a reused connection would wait for the client's delayed
// ACK (Nagle), about 40 ms each: every accepted socket sends at once.
class LowDelayTcpServer : public QTcpServer
{
protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

}  // namespace

void SimServer::Private::handle(SimApi &which, const QUrl &endpoint, const QHttpServerRequest &request,
                                QHttpServerResponder &&responder)
{
    SimRequest simRequest;
    simRequest.method = methodName(request.method());
    simRequest.path = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    simRequest.query = QueryParams::parse(request.url().query(QUrl::FullyEncoded).toLatin1());
    simRequest.authorization = request.value("Authorization");
    simRequest.endpoint = endpoint.toString();
    simRequest.body = request.body();

    ++requests;
    const FaultPlan::Fault fault = faults.next();
    // 503 and 429 come before the API looks at the request; a drop after it
    // did the work, which is when a lost answer hurts.
    const SimReply reply = fault == FaultPlan::Fault::Unavailable ? faultReply(503)
        : fault == FaultPlan::Fault::RateLimited                  ? faultReply(429)
                                                                  : which.handle(simRequest, QDateTime::currentMSecsSinceEpoch());
    const bool drop = fault == FaultPlan::Fault::Drop;
    dropped += drop ? 1 : 0;
    // Path and status only: the token lives in a header that is never logged.
    qCDebug(lcSim).noquote() << simRequest.method << request.url().path() << reply.status
                             << (drop ? "(dropped)" : "");

    auto sender = std::make_unique<ReplySender>(std::move(responder), connectionOf(request));
    if (latencyMs <= 0 && !drop) {
        sender->send(reply);
        return;
    }
    // Answer from a timer so that slow answers overlap instead of queueing;
    // a drop waits too, so the socket is not closed under the server's feet.
    const quint64 key = ++lastPending;
    pending.emplace(key, std::move(sender));
    QTimer::singleShot(qMax(0, latencyMs), q, [this, key, reply, drop] {
        const auto it = pending.find(key);
        if (it == pending.end())
            return;
        drop ? it->second->drop() : it->second->send(reply);
        pending.erase(it);
    });
}

QTcpSocket *SimServer::Private::connectionOf([[maybe_unused]] const QHttpServerRequest &request) const
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    return nullptr;  // the 6.4 responder knows its socket
#else
    // Later versions hide the socket: find it by the client's port.
    for (QObject *root : {static_cast<QObject *>(tcp), static_cast<QObject *>(const_cast<QHttpServer *>(&http))}) {
        if (!root)
            continue;
        for (QTcpSocket *socket : root->findChildren<QTcpSocket *>()) {
            if (socket->peerPort() == request.remotePort())
                return socket;
        }
    }
    return nullptr;
#endif
}

SimServer::SimServer(const SimOptions &options, QObject *parent) : QObject(parent), d(new Private(this))
{
    d->latencyMs = options.latencyMs;
    d->cloud.setApiDate(ApiDate(options.apiDate));
    d->faults = FaultPlan(options.faults);
    d->api.setLivelySeconds(options.livelySeconds);
    for (const SimProjectSpec &spec : options.projects) {
        const int project = d->cloud.addProject(spec.token, spec.seed, spec.servers);
        for (const QString &token : spec.readTokens)
            d->cloud.addReadToken(project, token);
        d->cloud.project(project)->actions().setActionMs(options.actionMs);
        d->cloud.project(project)->setConsoles(&d->consoles);
    }

    // No routes: every request reaches the missing handler, and SimApi
    // routes it. That catch-all works alike on Qt 6.4 and 6.8+.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    d->http.setMissingHandler(this,
                              [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                                  d->handle(d->api, endpoint(), request, std::move(responder));
                              });
    d->hetznerHttp.setMissingHandler(this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        d->handle(d->hetznerApi, hetznerEndpoint(), request, std::move(responder));
    });
#else
    d->http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        d->handle(d->api, endpoint(), request, std::move(responder));
    });
    d->hetznerHttp.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        d->handle(d->hetznerApi, hetznerEndpoint(), request, std::move(responder));
    });
#endif
}

SimServer::~SimServer()
{
    delete d;
}

bool SimServer::Private::bind(QHttpServer &server, quint16 port, QTcpServer **bound)
{
    // Our own QTcpServer: QAbstractHttpServer::listen() is gone in Qt 6.8.
    auto tcp = std::make_unique<LowDelayTcpServer>();
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSim) << "cannot listen on port" << port << tcp->errorString();
        return false;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!server.bind(tcp.get()))
        return false;
#else
    server.bind(tcp.get());
#endif
    *bound = tcp.release();
    return true;
}

bool SimServer::listen(quint16 port, quint16 hetznerPort)
{
    if (d->tcp)
        return d->tcp->isListening();
    if (!d->bind(d->http, port, &d->tcp) || !d->bind(d->hetznerHttp, hetznerPort, &d->hetznerTcp))
        return false;
    if (!d->consoles.listen())
        return false;
    qCInfo(lcSim) << "listening on" << endpoint().toString() << "hetzner api on" << hetznerEndpoint().toString()
                  << "console port" << d->consoles.port();
    return true;
}

quint16 SimServer::port() const
{
    return d->tcp ? d->tcp->serverPort() : 0;
}

QUrl SimServer::endpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

quint16 SimServer::hetznerPort() const
{
    return d->hetznerTcp ? d->hetznerTcp->serverPort() : 0;
}

QUrl SimServer::hetznerEndpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(hetznerPort()));
}

quint16 SimServer::consolePort() const
{
    return d->consoles.port();
}

void SimServer::setLatencyMs(int ms)
{
    d->latencyMs = ms;
}

void SimServer::setFaults(const FaultSpec &faults)
{
    d->faults = FaultPlan(faults);
}

int SimServer::droppedCount() const
{
    return d->dropped;
}

int SimServer::requestCount() const
{
    return d->requests;
}

}  // namespace hcloud::sim
