#include "core/sim/consolehub.h"

#include "core/sim/actionclock.h"
#include "core/sim/consolerfb.h"
#include "core/sim/consoleterminal.h"
#include "core/sim/servercommon.h"
#include "core/sim/simcloud.h"
#include "core/sim/simlog.h"
#include "core/sim/simproject.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

#include <map>

namespace hcloud::sim {

namespace {

const QString kConsolePath = QStringLiteral("/console/");
const QString kRunning = QStringLiteral("running");

struct Ticket
{
    SimProject *project = nullptr;
    qint64 serverId = 0;
    QByteArray password;
    qint64 expiresMs = 0;
};

using ServerKey = std::pair<const SimProject *, qint64>;

QByteArray newPassword()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QByteArray password;
    for (int i = 0; i < 32; ++i)
        password.append(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return password;
}

} // namespace

class ConsoleHub::Private
{
public:
    explicit Private(SimCloud &cloud) : cloud(cloud), server(QStringLiteral("hcloud-sim console"), QWebSocketServer::NonSecureMode) { }

    void accept();
    ConsoleTerminal *terminal(SimProject &project, qint64 serverId);
    void reboot(SimProject *project, qint64 serverId);
    void dropStopped();
    void dropViewers(SimProject *project, qint64 serverId, const QString &reason);

    ConsoleHub *q = nullptr;
    SimCloud &cloud;
    QWebSocketServer server;
    QTimer watch;
    QHash<QString, Ticket> tickets;
    std::map<ServerKey, std::unique_ptr<ConsoleTerminal>> terminals;
    struct Viewer
    {
        ConsoleRfb *rfb;
        SimProject *project;
        qint64 serverId;
    };
    QList<Viewer> viewers;
    int lifetimeMs = 60000;
    int expireNext = 0;
    int corruptNext = 0;
    int issued = 0;
    QByteArray lastPassword;
    int connections = 0;
};

ConsoleHub::ConsoleHub(SimCloud &cloud, QObject *parent) : QObject(parent), d(std::make_unique<Private>(cloud))
{
    d->q = this;
    // noVNC asks for "binary"; the answer must name it or the browser gives up.
    d->server.setSupportedSubprotocols({QStringLiteral("binary")});
    connect(&d->server, &QWebSocketServer::newConnection, this, [this] { d->accept(); });
    d->watch.setInterval(250);
    connect(&d->watch, &QTimer::timeout, this, [this] { d->dropStopped(); });
}

ConsoleHub::~ConsoleHub()
{
    for (const Private::Viewer &viewer : std::as_const(d->viewers)) {
        disconnect(viewer.rfb, nullptr, this, nullptr);
        delete viewer.rfb;
    }
}

bool ConsoleHub::listen(quint16 port)
{
    if (d->server.isListening())
        return true;
    if (!d->server.listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSim) << "console: cannot listen on port" << port << d->server.errorString();
        return false;
    }
    return true;
}

quint16 ConsoleHub::port() const
{
    return d->server.serverPort();
}

QJsonObject ConsoleHub::issue(SimProject &project, qint64 serverId)
{
    if (!d->server.isListening())
        return {};
    Ticket ticket;
    ticket.project = &project;
    ticket.serverId = serverId;
    ticket.password = newPassword();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ticket.expiresMs = d->expireNext > 0 ? now - 1 : now + d->lifetimeMs;
    d->expireNext = std::max(0, d->expireNext - 1);
    QByteArray handedOut = ticket.password;
    if (d->corruptNext > 0) {
        --d->corruptNext;
        handedOut = newPassword();
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d->tickets.insert(id, ticket);
    d->lastPassword = handedOut;
    ++d->issued;
    d->terminal(project, serverId);
    return {{QStringLiteral("wss_url"), QStringLiteral("ws://127.0.0.1:%1%2%3").arg(port()).arg(kConsolePath, id)},
            {QStringLiteral("password"), QString::fromLatin1(handedOut)}};
}

ConsoleTerminal *ConsoleHub::Private::terminal(SimProject &project, qint64 serverId)
{
    auto &slot = terminals[{&project, serverId}];
    if (!slot) {
        const QJsonObject *s = findServer(project, serverId);
        slot = std::make_unique<ConsoleTerminal>(s ? s->value(QLatin1String("name")).toString() : QString());
    }
    return slot.get();
}

void ConsoleHub::Private::accept()
{
    while (QWebSocket *socket = server.nextPendingConnection()) {
        ++connections;
        const QString path = socket->requestUrl().path();
        const QString id = path.startsWith(kConsolePath) ? path.mid(kConsolePath.size()) : QString();
        const Ticket ticket = tickets.take(id);  // one connection per URL
        const QJsonObject *s = ticket.project ? findServer(*ticket.project, ticket.serverId) : nullptr;
        QString refusal;
        if (!ticket.project || ticket.expiresMs < QDateTime::currentMSecsSinceEpoch())
            refusal = QStringLiteral("console URL expired or already used");
        else if (!s || s->value(QLatin1String("status")).toString() != kRunning)
            refusal = QStringLiteral("server is not running");
        if (!refusal.isEmpty()) {
            qCInfo(lcSim) << "console: refused," << refusal;
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, refusal);
            socket->deleteLater();
            continue;
        }
        ConsoleTerminal *term = terminal(*ticket.project, ticket.serverId);
        auto *rfb = new ConsoleRfb(socket, term, ticket.password, s->value(QLatin1String("name")).toString(), q);
        viewers.append({rfb, ticket.project, ticket.serverId});
        SimProject *project = ticket.project;
        const qint64 serverId = ticket.serverId;
        QObject::connect(rfb, &ConsoleRfb::rebootRequested, q, [this, project, serverId] { reboot(project, serverId); });
        QObject::connect(rfb, &ConsoleRfb::typed, q, [this, term] {
            for (const Viewer &viewer : std::as_const(viewers)) {
                if (viewer.rfb->terminal() == term)
                    viewer.rfb->screenChanged();
            }
        });
        QObject::connect(rfb, &ConsoleRfb::finished, q, [this, rfb] {
            viewers.removeIf([rfb](const Viewer &viewer) { return viewer.rfb == rfb; });
            rfb->deleteLater();
            if (viewers.isEmpty())
                watch.stop();
        });
        watch.start();
    }
}

void ConsoleHub::Private::reboot(SimProject *project, qint64 serverId)
{
    QJsonObject *s = findServer(*project, serverId);
    if (!s || s->value(QLatin1String("status")).toString() != kRunning)
        return;
    // The same action the API's reboot starts, so the Activity tab shows it.
    project->actions().advance(*project, QDateTime::currentMSecsSinceEpoch());
    s->insert(QStringLiteral("status"), QStringLiteral("starting"));
    project->actions().start(*project, QStringLiteral("reboot_server"),
                             QJsonArray{actionResource(QStringLiteral("server"), serverId)},
                             [serverId](SimProject &p, bool) { setServerStatus(p, serverId, kRunning); });
    qCInfo(lcSim) << "console: Ctrl+Alt+Del reboots server" << serverId;
    dropViewers(project, serverId, QStringLiteral("server is rebooting"));
    terminal(*project, serverId)->boot();
}

void ConsoleHub::Private::dropViewers(SimProject *project, qint64 serverId, const QString &reason)
{
    const QList<Viewer> current = viewers;
    for (const Viewer &viewer : current) {
        if (viewer.project == project && viewer.serverId == serverId)
            viewer.rfb->drop(reason);
    }
}

void ConsoleHub::Private::dropStopped()
{
    const QList<Viewer> current = viewers;
    for (const Viewer &viewer : current) {
        const QJsonObject *s = findServer(*viewer.project, viewer.serverId);
        if (!s || s->value(QLatin1String("status")).toString() != kRunning) {
            viewer.rfb->drop(QStringLiteral("server is not running"));
            terminal(*viewer.project, viewer.serverId)->boot();
        }
    }
}

QStringList ConsoleHub::text(const SimProject &project, qint64 serverId) const
{
    const auto it = d->terminals.find({&project, serverId});
    return it == d->terminals.end() ? QStringList() : it->second->screen().lines();
}

quint32 ConsoleHub::pixel(const SimProject &project, qint64 serverId, int x, int y) const
{
    const auto it = d->terminals.find({&project, serverId});
    return it == d->terminals.end() ? 0 : it->second->screen().pixel(x, y);
}

void ConsoleHub::expireNext(int count)
{
    d->expireNext = count;
}

void ConsoleHub::corruptNextPassword(int count)
{
    d->corruptNext = count;
}

void ConsoleHub::setLifetimeMs(int ms)
{
    d->lifetimeMs = ms;
}

QByteArray ConsoleHub::lastPassword() const
{
    return d->lastPassword;
}

int ConsoleHub::issuedCount() const
{
    return d->issued;
}

int ConsoleHub::connectionCount() const
{
    return d->connections;
}

} // namespace hcloud::sim
