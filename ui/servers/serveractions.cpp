#include "ui/servers/serveractions.h"

#include "ui/console/consolewindow.h"
#include "core/projects/projectsession.h"
#include "ui/resources/actionrunner.h"
#include "core/resources/kindactions.h"
#include "core/resources/serverfields.h"
#include "ui/servers/serverdialogs.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QProcess>

namespace hcloud {

namespace {
// Each menu entry, and the described server action it runs (none for the
// ones that stay on this machine).
struct Entry
{
    ServerActions::Id id;
    const char *text;
    const char *action;
};
using Id = ServerActions::Id;
const Entry kEntries[] = {
    {Id::Create, QT_TRANSLATE_NOOP("hcloud::ServerActions", "&New Server…"), nullptr},
    {Id::PowerOn, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Power &On"), "poweron"},
    {Id::Shutdown, QT_TRANSLATE_NOOP("hcloud::ServerActions", "&Shut Down"), "shutdown"},
    {Id::Reboot, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Re&boot"), "reboot"},
    {Id::PowerOff, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Power O&ff…"), "poweroff"},
    {Id::Reset, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Rese&t…"), "reset"},
    {Id::Rebuild, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Re&build…"), "rebuild"},
    {Id::Rescale, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Resc&ale…"), "change_type"},
    {Id::CreateSnapshot, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Create S&napshot…"), "create_image"},
    {Id::EnableBackup, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Enable Bac&kups"), "enable_backup"},
    {Id::DisableBackup, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Disable Backu&ps…"), "disable_backup"},
    {Id::EnableRescue, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Enable Resc&ue…"), "enable_rescue"},
    {Id::DisableRescue, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Disab&le Rescue"), "disable_rescue"},
    {Id::ResetPassword, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Reset Root Pass&word…"), "reset_password"},
    {Id::AttachIso, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Attach &ISO…"), "attach_iso"},
    {Id::DetachIso, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Detac&h ISO"), "detach_iso"},
    {Id::ReverseDns, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Re&verse DNS…"), "change_dns_ptr"},
    {Id::DeleteProtection, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Delete P&rotection"), "delete_protection"},
    {Id::RebuildProtection, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Rebuild Protectio&n"), "rebuild_protection"},
    {Id::Edit, QT_TRANSLATE_NOOP("hcloud::ServerActions", "&Edit Name and Labels…"), "edit"},
    {Id::Delete, QT_TRANSLATE_NOOP("hcloud::ServerActions", "&Delete…"), "delete"},
    {Id::CopySsh, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Copy SSH &Command"), nullptr},
    {Id::OpenTerminal, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Open Ter&minal"), nullptr},
    {Id::Console, QT_TRANSLATE_NOOP("hcloud::ServerActions", "&Console…"), nullptr},
};

const ResourceAction *described(Id id)
{
    for (const Entry &e : kEntries) {
        if (e.id != id || !e.action)
            continue;
        for (const ResourceAction &a : kindActions(QStringLiteral("servers"))) {
            if (a.id == QLatin1String(e.action))
                return &a;
        }
    }
    return nullptr;
}
} // namespace

ServerActions::ServerActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_runner(new ActionRunner(window))
{
    for (const Entry &e : kEntries) {
        auto *a = new QAction(tr(e.text), this);
        a->setShortcutContext(Qt::WindowShortcut);
        a->setCheckable(e.id == Id::DeleteProtection || e.id == Id::RebuildProtection);
        const Id id = e.id;
        connect(a, &QAction::triggered, this, [this, id] { trigger(id); });
        m_actions.insert(id, a);
        m_window->addAction(a);
    }
    action(Id::Create)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    action(Id::Delete)->setShortcut(QKeySequence::Delete);
    connect(m_runner, &ActionRunner::message, this, &ServerActions::message);
    update();
}

void ServerActions::fillMenu(QMenu *menu) const
{
    const QList<QList<Id>> groups = {
        {Id::Create},
        {Id::PowerOn, Id::Shutdown, Id::Reboot, Id::PowerOff, Id::Reset},
        {Id::Rebuild, Id::Rescale, Id::CreateSnapshot, Id::EnableBackup, Id::DisableBackup},
        {Id::EnableRescue, Id::DisableRescue, Id::ResetPassword, Id::AttachIso, Id::DetachIso, Id::ReverseDns},
        {Id::DeleteProtection, Id::RebuildProtection, Id::Edit, Id::Delete},
        {Id::CopySsh, Id::OpenTerminal, Id::Console},
    };
    for (const QList<Id> &group : groups) {
        if (!menu->isEmpty())
            menu->addSeparator();
        for (Id id : group)
            menu->addAction(action(id));
    }
}

void ServerActions::setSession(ProjectSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &ProjectSession::writeAccessChanged, this, &ServerActions::update);
    m_server = {};
    update();
}

void ServerActions::setServer(const QJsonObject &server)
{
    m_server = server;
    update();
}

qint64 ServerActions::serverId() const
{
    return m_server.value(QLatin1String("id")).toInteger();
}

QString ServerActions::name() const
{
    return m_server.value(QLatin1String("name")).toString();
}

QString ServerActions::whyNot(Id id) const
{
    if (id == Id::CopySsh || id == Id::OpenTerminal) {
        if (serverId() <= 0)
            return tr("Select a server.");
        return sshAddress(m_server).isEmpty() ? tr("The server has no public IP address.") : QString();
    }
    if (!m_session)
        return tr("Select a project.");
    if (!m_session->canWrite())
        return m_session->whyNoWrite();
    if (id == Id::Create)
        return {};
    if (serverId() <= 0)
        return tr("Select a server.");
    if (id == Id::Console)
        return m_server.value(QLatin1String("status")).toString() == QLatin1String("running") ? QString()
                                                                                                : tr("The server is not running.");
    const ResourceAction *a = described(id);
    return a ? a->reasonNotApplicable(m_server) : QString();
}

void ServerActions::update()
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const QString reason = whyNot(it.key());
        it.value()->setEnabled(reason.isEmpty());
        it.value()->setToolTip(reason.isEmpty() ? it.value()->text().remove(QLatin1Char('&')) : reason);
        it.value()->setStatusTip(reason);
        if (it.value()->isCheckable())
            it.value()->setChecked(described(it.key())->isChecked(m_server));
    }
}

void ServerActions::trigger(Id id)
{
    if (!action(id)->isEnabled())
        return;
    switch (id) {
    case Id::Create:
        emit createRequested();
        return;
    case Id::CopySsh:
        return copySsh();
    case Id::OpenTerminal:
        return openTerminal();
    case Id::Console:
        if (m_session && serverId() > 0)
            ConsoleWindow::open(m_session, serverId(), name());
        return;
    default:
        break;
    }
    const ResourceAction *a = described(id);
    if (!a || !m_session)
        return;
    if (a->dialog.isEmpty())
        m_runner->trigger(m_session, *a, m_server);
    else
        ServerDialogs::open({m_session, m_server, *a, m_window, m_runner});
}

void ServerActions::copySsh()
{
    const QString command = QStringLiteral("ssh root@%1").arg(sshAddress(m_server));
    QGuiApplication::clipboard()->setText(command);
    emit message(tr("Copied “%1”.").arg(command));
}

QStringList ServerActions::terminalCommand()
{
    const QString configured = qEnvironmentVariable("TERMINAL");
    QStringList command = QProcess::splitCommand(configured);
    if (command.isEmpty())
        command = {QStringLiteral("x-terminal-emulator")};
    command << QStringLiteral("-e");
    return command;
}

void ServerActions::openTerminal()
{
    QStringList command = terminalCommand();
    const QString program = command.takeFirst();
    command << QStringLiteral("ssh") << QStringLiteral("root@%1").arg(sshAddress(m_server));
    if (!QProcess::startDetached(program, command))
        emit message(tr("Could not start the terminal “%1”. Set TERMINAL to your terminal program.").arg(program));
}

} // namespace hcloud
