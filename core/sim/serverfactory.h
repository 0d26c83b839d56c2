#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hcloud::sim {

class SimProject;

// What makes one server; everything else is derived from the catalog.
struct ServerSpec
{
    qint64 id = 0;
    QString name;
    QString status = QStringLiteral("running");
    qint64 created = 0;  // UNIX seconds
    QString serverType = QStringLiteral("cx22");
    QString location = QStringLiteral("fsn1");
    QString image = QStringLiteral("ubuntu-24.04");  // empty: booted from an ISO
    bool withIpv4 = true;  // false: none, or an existing primary IP follows
    bool withIpv6 = true;
    QString backupWindow;  // empty: backups off
    bool protectedFromDelete = false;
    bool rescueEnabled = false;
    qint64 outgoingTraffic = 0;
    qint64 ingoingTraffic = 0;
    QJsonObject labels;
};

// Every status a server can have, as the API lists them.
const QStringList &serverStatuses();

// Builds the server's JSON exactly as GET /servers/{id} returns it, taking
// addresses from the project. Returns an empty object when the type,
// location or image is unknown or the type is not offered there.
QJsonObject makeServer(SimProject &project, const ServerSpec &spec);

// An action as GET /actions/{id} returns it.
QJsonObject makeAction(qint64 id, const QString &command, const QString &status, int progress, qint64 started,
                       qint64 finished, const QString &resourceType, qint64 resourceId);

}  // namespace hcloud::sim
