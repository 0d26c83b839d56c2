#include "core/sim/simserver.h"

#include "core/sim/floatingips.h"
#include "core/sim/primaryips.h"
#include "core/sim/servercommon.h"
#include "core/sim/serverfactory.h"
#include "core/sim/simserverprivate.h"

#include <QDateTime>

// SimServer's access to the projects, for tests and the demo.

namespace hcloud::sim {

namespace {

QJsonObject *serverOf(const SimCloud &cloud, int project, qint64 id)
{
    SimProject *p = cloud.project(project);
    return p ? findServer(*p, id) : nullptr;
}

}  // namespace

void SimServer::failNextAction(int project, const QString &code, const QString &message)
{
    if (SimProject *p = d->cloud.project(project))
        p->actions().failNext(code, message);
}

int SimServer::projectCount() const
{
    return d->cloud.projectCount();
}

QVector<qint64> SimServer::serverIds(int project) const
{
    const SimProject *p = d->cloud.project(project);
    return p ? QVector<qint64>(p->collection(kServers).keys()) : QVector<qint64>();
}

qint64 SimServer::addServer(int project, const QString &name)
{
    SimProject *p = d->cloud.project(project);
    if (!p || name.isEmpty() || nameTaken(*p, kServers, name))
        return 0;
    ServerSpec spec;
    spec.id = p->allocateId(kServers);
    spec.name = name;
    spec.created = QDateTime::currentSecsSinceEpoch();
    const QJsonObject server = makeServer(*p, spec);
    if (server.isEmpty())
        return 0;
    p->collection(kServers).insert(spec.id, server);
    return spec.id;
}

bool SimServer::removeServer(int project, qint64 id)
{
    SimProject *p = d->cloud.project(project);
    if (!p || p->collection(kServers).remove(id) == 0)
        return false;
    releaseServerFloatingIps(*p, id);
    releaseServerPrimaryIps(*p, id);
    return true;
}

bool SimServer::setServerName(int project, qint64 id, const QString &name)
{
    QJsonObject *server = serverOf(d->cloud, project, id);
    if (!server || name.isEmpty())
        return false;
    if (server->value(QStringLiteral("name")).toString() == name)
        return true;
    if (nameTaken(*d->cloud.project(project), kServers, name, id))
        return false;
    server->insert(QStringLiteral("name"), name);
    return true;
}

bool SimServer::setServerStatus(int project, qint64 id, const QString &status)
{
    QJsonObject *server = serverOf(d->cloud, project, id);
    if (!server || !serverStatuses().contains(status))
        return false;
    server->insert(QStringLiteral("status"), status);
    return true;
}

void SimServer::setRateLimitRemaining(int project, int remaining)
{
    if (SimProject *p = d->cloud.project(project))
        p->rateLimiter().setRemaining(remaining, QDateTime::currentMSecsSinceEpoch());
}

int SimServer::rateLimitRemaining(int project) const
{
    SimProject *p = d->cloud.project(project);
    return p ? p->rateLimiter().remaining(QDateTime::currentMSecsSinceEpoch()) : -1;
}

QStringList SimServer::consoleText(int project, qint64 id) const
{
    const SimProject *p = d->cloud.project(project);
    return p ? d->consoles.text(*p, id) : QStringList();
}

quint32 SimServer::consolePixel(int project, qint64 id, int x, int y) const
{
    const SimProject *p = d->cloud.project(project);
    return p ? d->consoles.pixel(*p, id, x, y) : 0;
}

void SimServer::expireNextConsoleUrls(int count)
{
    d->consoles.expireNext(count);
}

void SimServer::corruptNextConsolePasswords(int count)
{
    d->consoles.corruptNextPassword(count);
}

QString SimServer::lastConsolePassword() const
{
    return QString::fromLatin1(d->consoles.lastPassword());
}

int SimServer::consoleUrlsIssued() const
{
    return d->consoles.issuedCount();
}

int SimServer::consoleConnections() const
{
    return d->consoles.connectionCount();
}

}  // namespace hcloud::sim
