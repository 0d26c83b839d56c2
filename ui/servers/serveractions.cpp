#include "serveractions.h"

#include "console/consolewindow.h"
#include "deleteserverdialog.h"
#include "editserverdialog.h"
#include "imagechoice.h"
#include "passworddialog.h"
#include "projects/pendingwrite.h"
#include "projects/projectactions.h"
#include "projects/projectcatalog.h"
#include "projects/projectsession.h"
#include "rescaledialog.h"
#include "resources/resourcekind.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace hcloud {

namespace {
const QString kOff = QStringLiteral("off");
const QString kRunning = QStringLiteral("running");
}

ServerActions::ServerActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    add(Id::Create, tr("&New Server…"), nullptr)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(action(Id::Create), &QAction::triggered, this, &ServerActions::createRequested);
    add(Id::PowerOn, tr("Power &On"), &ServerActions::powerOn);
    add(Id::Shutdown, tr("&Shut Down"), &ServerActions::shutdown);
    add(Id::Reboot, tr("Re&boot"), &ServerActions::reboot);
    add(Id::PowerOff, tr("Power O&ff…"), &ServerActions::powerOff);
    add(Id::Reset, tr("Rese&t…"), &ServerActions::reset);
    add(Id::Rebuild, tr("Re&build…"), &ServerActions::rebuild);
    add(Id::Rescale, tr("Resc&ale…"), &ServerActions::rescale);
    add(Id::CreateSnapshot, tr("Create S&napshot…"), &ServerActions::createSnapshot);
    add(Id::EnableBackup, tr("Enable Bac&kups"), &ServerActions::enableBackup);
    add(Id::DisableBackup, tr("Disable Backu&ps…"), &ServerActions::disableBackup);
    add(Id::EnableRescue, tr("Enable Resc&ue…"), &ServerActions::enableRescue);
    add(Id::DisableRescue, tr("Disab&le Rescue"), &ServerActions::disableRescue);
    add(Id::ResetPassword, tr("Reset Root Pass&word…"), &ServerActions::resetPassword);
    add(Id::AttachIso, tr("Attach &ISO…"), &ServerActions::attachIso);
    add(Id::DetachIso, tr("Detac&h ISO"), &ServerActions::detachIso);
    add(Id::ReverseDns, tr("Re&verse DNS…"), &ServerActions::reverseDns);
    add(Id::DeleteProtection, tr("Delete P&rotection"), &ServerActions::toggleProtection)->setCheckable(true);
    add(Id::RebuildProtection, tr("Rebuild Protectio&n"), &ServerActions::toggleProtection)->setCheckable(true);
    add(Id::Edit, tr("&Edit Name and Labels…"), &ServerActions::edit);
    add(Id::Delete, tr("&Delete…"), &ServerActions::remove)->setShortcut(QKeySequence::Delete);
    add(Id::CopySsh, tr("Copy SSH &Command"), &ServerActions::copySsh);
    add(Id::OpenTerminal, tr("Open Ter&minal"), &ServerActions::openTerminal);
    add(Id::Console, tr("&Console…"), &ServerActions::openConsole);
    update();
}

QAction *ServerActions::add(Id id, const QString &text, void (ServerActions::*slot)())
{
    auto *a = new QAction(text, this);
    a->setShortcutContext(Qt::WindowShortcut);
    if (slot)
        connect(a, &QAction::triggered, this, slot);
    m_actions.insert(id, a);
    m_window->addAction(a);
    return a;
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

QString ServerActions::address() const
{
    const QString v4 = json::string(m_server, QStringLiteral("public_net.ipv4.ip"));
    if (!v4.isEmpty())
        return v4;
    // The API gives the /64; the server answers on its ::1.
    QString v6 = json::string(m_server, QStringLiteral("public_net.ipv6.ip"));
    if (v6.endsWith(QLatin1String("::/64"))) {
        v6.chop(3);
        v6.append(QLatin1Char('1'));
    }
    return v6.contains(QLatin1Char('/')) ? QString() : v6;
}

void ServerActions::update()
{
    const bool server = serverId() > 0;
    const bool canWrite = m_session && m_session->canWrite();
    const QString status = m_server.value(QLatin1String("status")).toString();
    const QJsonObject protection = m_server.value(QLatin1String("protection")).toObject();
    const bool rescue = m_server.value(QLatin1String("rescue_enabled")).toBool();
    const bool backups = !m_server.value(QLatin1String("backup_window")).toString().isEmpty();
    const bool iso = m_server.value(QLatin1String("iso")).isObject();

    // id -> why it cannot run now ("" = it can).
    auto why = [&](Id id) -> QString {
        if (id == Id::CopySsh || id == Id::OpenTerminal) {
            if (!server)
                return tr("Select a server.");
            return address().isEmpty() ? tr("The server has no public IP address.") : QString();
        }
        if (!m_session)
            return tr("Select a project.");
        if (!canWrite)
            return m_session->whyNoWrite();
        if (id == Id::Create)
            return {};
        if (!server)
            return tr("Select a server.");
        switch (id) {
        case Id::PowerOn:
            return status == kOff ? QString() : tr("The server is not off.");
        case Id::Shutdown:
        case Id::Reboot:
        case Id::PowerOff:
        case Id::Reset:
        case Id::ResetPassword:
        case Id::Console:
            return status == kRunning ? QString() : tr("The server is not running.");
        case Id::Rebuild:
            return protection.value(QLatin1String("rebuild")).toBool()
                ? tr("Rebuild protection is on. Turn it off first.")
                : QString();
        case Id::Delete:
            return protection.value(QLatin1String("delete")).toBool()
                ? tr("Delete protection is on. Turn it off first.")
                : QString();
        case Id::EnableBackup:
            return backups ? tr("Backups are already on.") : QString();
        case Id::DisableBackup:
            return backups ? QString() : tr("Backups are off.");
        case Id::EnableRescue:
            return rescue ? tr("Rescue mode is already on.") : QString();
        case Id::DisableRescue:
            return rescue ? QString() : tr("Rescue mode is off.");
        case Id::AttachIso:
            return iso ? tr("An ISO is attached. Detach it first.") : QString();
        case Id::DetachIso:
            return iso ? QString() : tr("No ISO is attached.");
        default:
            return {};
        }
    };
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const QString reason = why(it.key());
        it.value()->setEnabled(reason.isEmpty());
        it.value()->setToolTip(reason.isEmpty() ? it.value()->text().remove(QLatin1Char('&')) : reason);
        it.value()->setStatusTip(reason);
    }
    action(Id::DeleteProtection)->setChecked(protection.value(QLatin1String("delete")).toBool());
    action(Id::RebuildProtection)->setChecked(protection.value(QLatin1String("rebuild")).toBool());
}

void ServerActions::run(const QString &description, const QString &command, const QJsonObject &body,
                        const QString &passwordTitle)
{
    if (!m_session || serverId() <= 0)
        return;
    const QString path = QStringLiteral("/servers/%1/actions/%2").arg(serverId()).arg(command);
    PendingWrite *write = m_session->actions()->run(description, "POST", path, body);
    QPointer<QWidget> window(m_window);
    connect(write, &PendingWrite::finished, this, [this, write, window, description, passwordTitle] {
        if (write->error().isError()) {
            emit message(tr("%1 failed: %2").arg(description, write->error().userText()));
            return;
        }
        emit message(tr("%1 started.").arg(description));
        const QString password = write->json().value(QLatin1String("root_password")).toString();
        if (!password.isEmpty() && window) {
            auto *dialog = new PasswordDialog(passwordTitle, tr("The root password of “%1”.").arg(name()),
                                              password, window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
}

void ServerActions::confirm(const QString &title, const QString &text, const QString &button,
                            std::function<void()> then)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, m_window);
    QPushButton *yes = box->addButton(button, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(yes, &QPushButton::clicked, this, std::move(then));
    box->open();
}

void ServerActions::powerOn()
{
    run(tr("Power on “%1”").arg(name()), QStringLiteral("poweron"));
}

void ServerActions::shutdown()
{
    run(tr("Shut down “%1”").arg(name()), QStringLiteral("shutdown"));
}

void ServerActions::reboot()
{
    run(tr("Reboot “%1”").arg(name()), QStringLiteral("reboot"));
}

void ServerActions::powerOff()
{
    confirm(tr("Power off"),
            tr("Cut the power of “%1”? Like pulling the plug, this may lose data. Shut Down asks the "
               "system to stop cleanly instead.")
                .arg(name()),
            tr("Power off"), [this] { run(tr("Power off “%1”").arg(name()), QStringLiteral("poweroff")); });
}

void ServerActions::reset()
{
    confirm(tr("Reset"), tr("Reset “%1” like pressing its reset button? Unsaved data may be lost.").arg(name()),
            tr("Reset"), [this] { run(tr("Reset “%1”").arg(name()), QStringLiteral("reset")); });
}

void ServerActions::rebuild()
{
    if (!m_session)
        return;
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rebuild “%1”").arg(name()));
    auto *images = new QComboBox(dialog);
    images->setAccessibleName(tr("Image"));
    auto *text = new QLabel(tr("Rebuilding installs the chosen image. Everything on the server's disk is lost; "
                               "its IP addresses stay."),
                            dialog);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->addButton(tr("Rebuild"), QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(images);
    layout->addWidget(buttons);
    const QString architecture = json::string(m_server, QStringLiteral("server_type.architecture"));
    ProjectCatalog *catalog = m_session->catalog();
    auto fill = [images, catalog, architecture, ok] {
        fillImageChoice(images, catalog->list(QStringLiteral("images")), architecture);
        ok->setEnabled(images->currentData().isValid());
    };
    connect(catalog, &ProjectCatalog::loaded, dialog, fill);
    catalog->reload(QStringLiteral("images"));
    fill();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(ok, &QPushButton::clicked, dialog, [this, dialog, images] {
        const QString image = QString::number(images->currentData().toLongLong());
        dialog->accept();
        run(tr("Rebuild “%1” from %2").arg(name(), images->currentText().trimmed()), QStringLiteral("rebuild"),
            {{QStringLiteral("image"), image}}, tr("Rebuilt"));
    });
    dialog->open();
}

void ServerActions::rescale()
{
    if (!m_session)
        return;
    ProjectCatalog *catalog = m_session->catalog();
    auto open = [this, catalog] {
        auto *dialog = new RescaleDialog(m_server, catalog->list(QStringLiteral("server_types")), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            const QString type = dialog->chosenType();
            const QJsonObject body{{QStringLiteral("server_type"), type},
                                   {QStringLiteral("upgrade_disk"), !dialog->keepDisk()}};
            const QString description = tr("Rescale “%1” to %2").arg(name(), type);
            if (!dialog->powerOffFirst()) {
                run(description, QStringLiteral("change_type"), body);
                return;
            }
            // Power off, and rescale once the server is off.
            const qint64 server = serverId();
            const QString path = QStringLiteral("/servers/%1/actions/poweroff").arg(server);
            PendingWrite *off = m_session->actions()->run(tr("Power off “%1”").arg(name()), "POST", path);
            QPointer<ProjectSession> session(m_session);
            connect(off, &PendingWrite::finished, this, [this, off, session, server, body, description] {
                const qint64 actionId = off->json().value(QLatin1String("action"))[QLatin1String("id")].toInteger();
                if (off->error().isError() || !session || actionId <= 0)
                    return;
                auto connection = std::make_shared<QMetaObject::Connection>();
                *connection = connect(session->actions(), &ProjectActions::actionFinished, this,
                                      [this, session, connection, actionId, server, body, description](
                                          const ActionState &done) {
                                          if (done.id != actionId)
                                              return;
                                          disconnect(*connection);
                                          if (done.status != QLatin1String("success") || !session)
                                              return;
                                          const QString path =
                                              QStringLiteral("/servers/%1/actions/change_type").arg(server);
                                          session->actions()->run(description, "POST", path, body);
                                      });
            });
        });
        dialog->open();
    };
    if (catalog->has(QStringLiteral("server_types"))) {
        open();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(catalog, &ProjectCatalog::loaded, this, [this, open, connection, catalog](const QString &list) {
        if (list != QLatin1String("server_types"))
            return;
        disconnect(*connection);
        if (catalog->error(list).isError())
            emit message(catalog->error(list).userText());
        else
            open();
    });
    catalog->ensure({QStringLiteral("server_types")});
}

void ServerActions::createSnapshot()
{
    auto *input = new QInputDialog(m_window);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Create snapshot of “%1”").arg(name()));
    input->setLabelText(tr("Description:"));
    input->setTextValue(tr("%1 %2").arg(name(), QDate::currentDate().toString(Qt::ISODate)));
    connect(input, &QInputDialog::textValueSelected, this, [this](const QString &description) {
        run(tr("Snapshot of “%1”").arg(name()), QStringLiteral("create_image"),
            {{QStringLiteral("type"), QStringLiteral("snapshot")},
             {QStringLiteral("description"), description.trimmed()}});
    });
    input->open();
}

void ServerActions::enableBackup()
{
    run(tr("Enable backups of “%1”").arg(name()), QStringLiteral("enable_backup"));
}

void ServerActions::disableBackup()
{
    confirm(tr("Disable backups"),
            tr("Disable backups of “%1”? All its existing backups are deleted.").arg(name()),
            tr("Disable backups"),
            [this] { run(tr("Disable backups of “%1”").arg(name()), QStringLiteral("disable_backup")); });
}

void ServerActions::enableRescue()
{
    confirm(tr("Enable rescue"),
            tr("Enable the rescue system for “%1”? It boots into it at the next reboot; you get a root "
               "password for it now.")
                .arg(name()),
            tr("Enable rescue"), [this] {
                run(tr("Enable rescue for “%1”").arg(name()), QStringLiteral("enable_rescue"),
                    {{QStringLiteral("type"), QStringLiteral("linux64")}}, tr("Rescue system"));
            });
}

void ServerActions::disableRescue()
{
    run(tr("Disable rescue for “%1”").arg(name()), QStringLiteral("disable_rescue"));
}

void ServerActions::resetPassword()
{
    confirm(tr("Reset root password"),
            tr("Set a new root password on “%1”? The old one stops working.").arg(name()), tr("Reset password"),
            [this] {
                run(tr("Reset root password of “%1”").arg(name()), QStringLiteral("reset_password"), {},
                    tr("New root password"));
            });
}

void ServerActions::attachIso()
{
    if (!m_session)
        return;
    ProjectCatalog *catalog = m_session->catalog();
    auto *input = new QInputDialog(m_window);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Attach ISO to “%1”").arg(name()));
    input->setLabelText(tr("ISO image (it boots from it at the next reboot):"));
    input->setComboBoxEditable(false);
    const QString architecture = json::string(m_server, QStringLiteral("server_type.architecture"));
    auto fill = [input, catalog, architecture] {
        QStringList names;
        for (const QJsonObject &iso : catalog->list(QStringLiteral("isos"))) {
            const QString arch = iso.value(QLatin1String("architecture")).toString();
            if (arch.isEmpty() || arch == architecture)
                names.append(iso.value(QLatin1String("name")).toString());
        }
        input->setComboBoxItems(names);
    };
    connect(catalog, &ProjectCatalog::loaded, input, fill);
    catalog->ensure({QStringLiteral("isos")});
    fill();
    connect(input, &QInputDialog::textValueSelected, this, [this](const QString &iso) {
        if (!iso.isEmpty())
            run(tr("Attach %1 to “%2”").arg(iso, name()), QStringLiteral("attach_iso"), {{QStringLiteral("iso"), iso}});
    });
    input->open();
}

void ServerActions::detachIso()
{
    run(tr("Detach ISO from “%1”").arg(name()), QStringLiteral("detach_iso"));
}

void ServerActions::reverseDns()
{
    const QString ip = json::string(m_server, QStringLiteral("public_net.ipv4.ip"));
    const QString current = json::string(m_server, QStringLiteral("public_net.ipv4.dns_ptr"));
    auto *input = new QInputDialog(m_window);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Reverse DNS of %1").arg(ip.isEmpty() ? address() : ip));
    input->setLabelText(tr("Host name for %1 (empty resets it to the default):").arg(ip.isEmpty() ? address() : ip));
    input->setTextValue(current);
    const QString target = ip.isEmpty() ? address() : ip;
    connect(input, &QInputDialog::textValueSelected, this, [this, target](const QString &host) {
        const QString trimmed = host.trimmed();
        run(tr("Reverse DNS of %1").arg(target), QStringLiteral("change_dns_ptr"),
            {{QStringLiteral("ip"), target},
             {QStringLiteral("dns_ptr"), trimmed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(trimmed)}});
    });
    input->open();
}

void ServerActions::toggleProtection()
{
    const bool del = action(Id::DeleteProtection)->isChecked();
    const bool rebuild = action(Id::RebuildProtection)->isChecked();
    run(tr("Protection of “%1”").arg(name()), QStringLiteral("change_protection"),
        {{QStringLiteral("delete"), del}, {QStringLiteral("rebuild"), rebuild}});
}

void ServerActions::edit()
{
    auto *dialog = new EditServerDialog(m_server, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = serverId();
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (!m_session)
            return;
        const QString description = tr("Edit “%1”").arg(dialog->name());
        PendingWrite *write = m_session->actions()->run(
            description, "PUT", QStringLiteral("/servers/%1").arg(id),
            {{QStringLiteral("name"), dialog->name()}, {QStringLiteral("labels"), dialog->labels()}});
        connect(write, &PendingWrite::finished, this, [this, write, description] {
            emit message(write->error().isError() ? tr("%1 failed: %2").arg(description, write->error().userText())
                                                  : tr("%1: saved.").arg(description));
        });
    });
    dialog->open();
}

void ServerActions::remove()
{
    if (!action(Id::Delete)->isEnabled())
        return;
    auto *dialog = new DeleteServerDialog(name(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = serverId();
    const QString serverName = name();
    connect(dialog, &QDialog::accepted, this, [this, id, serverName] {
        if (!m_session)
            return;
        const QString description = tr("Delete “%1”").arg(serverName);
        PendingWrite *write =
            m_session->actions()->run(description, "DELETE", QStringLiteral("/servers/%1").arg(id));
        connect(write, &PendingWrite::finished, this, [this, write, description] {
            emit message(write->error().isError() ? tr("%1 failed: %2").arg(description, write->error().userText())
                                                  : tr("%1 started.").arg(description));
        });
    });
    dialog->open();
}

void ServerActions::copySsh()
{
    const QString command = QStringLiteral("ssh root@%1").arg(address());
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
    command << QStringLiteral("ssh") << QStringLiteral("root@%1").arg(address());
    if (!QProcess::startDetached(program, command))
        emit message(tr("Could not start the terminal “%1”. Set TERMINAL to your terminal program.").arg(program));
}

void ServerActions::openConsole()
{
    if (m_session && serverId() > 0)
        ConsoleWindow::open(m_session, serverId(), name());
}

} // namespace hcloud
