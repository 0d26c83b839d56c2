#include "ui/servers/serverdialogs.h"

#include "ui/servers/deleteserverdialog.h"
#include "ui/servers/editserverdialog.h"
#include "ui/resources/actionrunner.h"

namespace hcloud {

void ServerActionContext::run(const QJsonObject &body, const QString &description, const QString &done) const
{
    if (session && runner)
        runner->run(session, action, server, body, description, done);
}

void ServerDialogs::open(const ServerActionContext &c)
{
    using Opener = void (*)(const ServerActionContext &);
    static const QHash<QString, Opener> openers{
        {QStringLiteral("rebuild"), &ServerDialogs::rebuild},     {QStringLiteral("rescale"), &ServerDialogs::rescale},
        {QStringLiteral("snapshot"), &ServerDialogs::snapshot},   {QStringLiteral("iso"), &ServerDialogs::attachIso},
        {QStringLiteral("reverse_dns"), &ServerDialogs::reverseDns}, {QStringLiteral("edit"), &ServerDialogs::edit},
        {QStringLiteral("delete"), &ServerDialogs::remove},
    };
    if (const Opener opener = openers.value(c.action.dialog))
        opener(c);
}

void ServerDialogs::edit(const ServerActionContext &c)
{
    auto *dialog = new EditServerDialog(c.server, c.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, c.runner, [c, dialog] {
        const QString description = tr("Edit “%1”").arg(dialog->name());
        c.run({{QStringLiteral("name"), dialog->name()}, {QStringLiteral("labels"), dialog->labels()}}, description,
              tr("%1: saved.").arg(description));
    });
    dialog->open();
}

void ServerDialogs::remove(const ServerActionContext &c)
{
    auto *dialog = new DeleteServerDialog(c.name(), c.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, c.runner, [c] { c.run({}); });
    dialog->open();
}

} // namespace hcloud
