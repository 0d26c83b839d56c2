#include "ui/window/palettelauncher.h"

#include "core/models/resourcelistmodel.h"
#include "core/projects/projectsession.h"
#include "core/projects/workspace.h"
#include "core/resources/resourcekind.h"
#include "ui/palette/palettedialog.h"
#include "ui/servers/serveractions.h"

#include <QAction>

namespace hcloud {

namespace {

QVector<PaletteTarget> targetsOf(const Workspace *workspace)
{
    QVector<PaletteTarget> targets;
    for (const Project &p : workspace->projects()) {
        ProjectSession *session = workspace->existingSession(p.id);
        if (!session)
            continue;
        for (const ResourceKind *kind : resourceKinds()) {
            const ResourceListModel *list = session->existingModel(kind->id);
            if (!list)
                continue;
            for (const ResourceRow &row : list->rows())
                targets.append({p.id, p.name, kind->id, kind->title, row->id, row->name,
                                row->search + QLatin1Char(' ') + p.name.toLower()}); // "web-1 staging"
        }
    }
    return targets;
}

QVector<PaletteCommand> commandsOf(const ServerActions *actions)
{
    QVector<PaletteCommand> commands;
    using Id = ServerActions::Id;
    for (Id id : {Id::PowerOn, Id::Shutdown, Id::Reboot, Id::PowerOff, Id::Reset, Id::Rebuild, Id::Rescale,
                  Id::CreateSnapshot, Id::EnableBackup, Id::DisableBackup, Id::EnableRescue, Id::DisableRescue,
                  Id::ResetPassword, Id::AttachIso, Id::DetachIso, Id::ReverseDns, Id::Edit, Id::Delete, Id::CopySsh,
                  Id::OpenTerminal, Id::Console}) {
        if (QAction *a = actions->action(id)) {
            QString text = a->text();
            text.remove(QLatin1Char('&')).remove(QChar(0x2026)).remove(QStringLiteral("..."));
            commands.append({QString::number(int(id)), text.trimmed(), QStringLiteral("servers")});
        }
    }
    return commands;
}

} // namespace

PaletteLauncher::PaletteLauncher(Workspace *workspace, ServerActions *actions, QWidget *window, Opener open)
    : QObject(window)
    , m_workspace(workspace)
    , m_actions(actions)
    , m_window(window)
    , m_open(std::move(open))
{
}

void PaletteLauncher::open()
{
    auto *dialog = new PaletteDialog(targetsOf(m_workspace), commandsOf(m_actions), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaletteDialog::chosen, this, &PaletteLauncher::run);
    dialog->open();
}

void PaletteLauncher::run(const PaletteTarget &target, const QString &commandId)
{
    if (!m_open(target.projectId, target.kind, target.id)) {
        emit message(tr("“%1” is no longer in the list.").arg(target.name));
        return;
    }
    if (commandId.isEmpty())
        return;
    QAction *action = m_actions->action(ServerActions::Id(commandId.toInt()));
    if (action && action->isEnabled())
        action->trigger(); // its own confirmation, as from the menu
    else if (action)
        emit message(tr("%1 is not possible for “%2” now.").arg(action->text().remove(QLatin1Char('&')), target.name));
}

} // namespace hcloud
