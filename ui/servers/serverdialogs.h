#pragma once

#include "core/projects/projectsession.h"
#include "core/resources/kindactions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

class QWidget;

namespace hcloud {

class ActionRunner;

// A described server action about to open its own dialog.
struct ServerActionContext
{
    QPointer<ProjectSession> session;
    QJsonObject server;
    ResourceAction action;
    QWidget *window = nullptr;
    ActionRunner *runner = nullptr;

    QString name() const { return server.value(QLatin1String("name")).toString(); }
    // Sends the action once with this body (see ActionRunner::run).
    void run(const QJsonObject &body, const QString &description = {}, const QString &done = {}) const;
};

// The server actions whose body a form cannot collect well: each opens its
// own dialog (ResourceAction::dialog names which), then runs the action.
// Their words are the server menu's (that translation context).
class ServerDialogs
{
    Q_DECLARE_TR_FUNCTIONS(hcloud::ServerActions)
public:
    static void open(const ServerActionContext &c);

    static void rebuild(const ServerActionContext &c);    // rebuilddialog.cpp
    static void rescale(const ServerActionContext &c);    // rescaleflow.cpp
    static void snapshot(const ServerActionContext &c);   // snapshotdialog.cpp
    static void attachIso(const ServerActionContext &c);  // isodialog.cpp
    static void reverseDns(const ServerActionContext &c); // reversednsdialog.cpp
    static void edit(const ServerActionContext &c);       // serverdialogs.cpp
    static void remove(const ServerActionContext &c);     // serverdialogs.cpp
};

} // namespace hcloud
