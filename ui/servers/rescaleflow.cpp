#include "ui/servers/serverdialogs.h"

#include "core/projects/pendingwrite.h"
#include "core/projects/projectactions.h"
#include "core/projects/projectcatalog.h"
#include "core/projects/projectsession.h"
#include "ui/servers/rescaledialog.h"
#include "ui/resources/actionrunner.h"

#include <memory>

namespace hcloud {

namespace {
// Once the power-off action with this id has succeeded, `then` runs; a
// failed one ends it.
void afterAction(ProjectSession *session, qint64 actionId, QObject *context, std::function<void()> then)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(session->actions(), &ProjectActions::actionFinished, context,
                                   [connection, actionId, then](const ActionState &done) {
                                       if (done.id != actionId)
                                           return;
                                       QObject::disconnect(*connection);
                                       if (done.status == QLatin1String("success"))
                                           then();
                                   });
}

void openRescale(const ServerActionContext &c)
{
    auto *dialog = new RescaleDialog(c.server, c.session->catalog()->list(QStringLiteral("server_types")), c.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, c.runner, [c, dialog] {
        const QString type = dialog->chosenType();
        const QJsonObject body{{QStringLiteral("server_type"), type}, {QStringLiteral("upgrade_disk"), !dialog->keepDisk()}};
        const QString description = ServerDialogs::tr("Rescale “%1” to %2").arg(c.name(), type);
        if (!dialog->powerOffFirst() || !c.session) {
            c.run(body, description);
            return;
        }
        // The API rescales only a server that is off: power off, then rescale.
        const QString path = QStringLiteral("/servers/%1/actions/poweroff").arg(c.server.value(QLatin1String("id")).toInteger());
        PendingWrite *off = c.session->actions()->run(ServerDialogs::tr("Power off “%1”").arg(c.name()), "POST", path);
        QObject::connect(off, &PendingWrite::finished, c.runner, [c, off, body, description] {
            const qint64 actionId = off->json().value(QLatin1String("action"))[QLatin1String("id")].toInteger();
            if (off->error().isError() || !c.session || actionId <= 0)
                return;
            afterAction(c.session, actionId, c.runner, [c, body, description] {
                if (c.session)
                    c.session->actions()->run(description, "POST", c.action.path(c.server), body);
            });
        });
    });
    dialog->open();
}
} // namespace

// The server types come from the catalog, loaded first when needed.
void ServerDialogs::rescale(const ServerActionContext &c)
{
    if (!c.session)
        return;
    ProjectCatalog *catalog = c.session->catalog();
    if (catalog->has(QStringLiteral("server_types"))) {
        openRescale(c);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(catalog, &ProjectCatalog::loaded, c.runner, [c, connection, catalog](const QString &list) {
        if (list != QLatin1String("server_types"))
            return;
        QObject::disconnect(*connection);
        if (catalog->error(list).isError())
            emit c.runner->message(catalog->error(list).userText());
        else if (c.session)
            openRescale(c);
    });
    catalog->ensure({QStringLiteral("server_types")});
}

} // namespace hcloud
