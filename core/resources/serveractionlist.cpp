#include "core/resources/serveractionlist.h"

#include "core/resources/actionparts.h"
#include "core/resources/resourcekind.h"

#include <QCoreApplication>

namespace hcloud {

namespace {

using namespace actionparts;

// The server menu's words; their context stays so translations apply.
QString text(const char *source)
{
    return QCoreApplication::translate("hcloud::ServerActions", source);
}

// The title is the menu's text without its mnemonic and ellipsis.
ResourceAction serverAction(const QString &id, const char *menuText, const QString &method, const QString &path)
{
    ResourceAction a;
    a.id = id;
    a.title = text(menuText).remove(QLatin1Char('&')).remove(QChar(0x2026));
    a.method = method;
    a.pathTemplate = path;
    return a;
}

// description: the activity's words, "%1" the name; nullptr: the title and the name.
ResourceAction command(const QString &command, const char *menuText, const char *description = nullptr)
{
    ResourceAction a = serverAction(command, menuText, QStringLiteral("POST"), QStringLiteral("/servers/{id}/actions/") + command);
    if (description)
        a.description = text(description);
    a.immediate = true;
    return a;
}

ResourceAction confirmed(ResourceAction a, const char *title, const char *question, const char *button)
{
    a.confirmTitle = text(title);
    a.confirmation = text(question);
    a.confirmButton = text(button);
    return a;
}

ResourceAction showingPassword(ResourceAction a, const char *title)
{
    a.shownPassword = QStringLiteral("root_password");
    a.passwordTitle = text(title);
    return a;
}

ResourceAction inDialog(ResourceAction a, const QString &dialog, QVector<ActionField> fields)
{
    a.immediate = false;
    a.dialog = dialog;
    a.fields = std::move(fields);
    return a;
}

ResourceAction::Check when(bool (*applies)(const QJsonObject &), const char *reason)
{
    return [applies, reason](const QJsonObject &s) { return applies(s) ? QString() : text(reason); };
}

bool isOff(const QJsonObject &s) { return s.value(QLatin1String("status")).toString() == QLatin1String("off"); }
bool isRunning(const QJsonObject &s) { return s.value(QLatin1String("status")).toString() == QLatin1String("running"); }
bool hasBackups(const QJsonObject &s) { return !s.value(QLatin1String("backup_window")).toString().isEmpty(); }
bool hasRescue(const QJsonObject &s) { return s.value(QLatin1String("rescue_enabled")).toBool(); }
bool hasIso(const QJsonObject &s) { return s.value(QLatin1String("iso")).isObject(); }
bool isProtected(const QJsonObject &s, const char *what) { return s.value(QLatin1String("protection"))[QLatin1String(what)].toBool(); }

// Delete and rebuild protection go together in one request.
ResourceAction protection(const QString &id, const char *menuText, const QString &toggled)
{
    ResourceAction a = command(QStringLiteral("change_protection"), menuText, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Protection of “%1”"));
    a.id = id;
    a.fields = {fromObject(field(QStringLiteral("delete"), "Delete", ActionField::Bool), QStringLiteral("protection.delete")),
                fromObject(field(QStringLiteral("rebuild"), "Rebuild", ActionField::Bool), QStringLiteral("protection.rebuild"))};
    a.toggles = toggled;
    return a;
}

} // namespace

QVector<ResourceAction> serverActionList()
{
    ResourceAction powerOn = command(QStringLiteral("poweron"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Power &On"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Power on “%1”"));
    powerOn.whyNot = when(isOff, QT_TRANSLATE_NOOP("hcloud::ServerActions", "The server is not off."));
    QVector<ResourceAction> running{
        command(QStringLiteral("shutdown"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "&Shut Down"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Shut down “%1”")),
        command(QStringLiteral("reboot"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Re&boot"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Reboot “%1”")),
        confirmed(command(QStringLiteral("poweroff"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Power O&ff…"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Power off “%1”")), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Power off"),
                  QT_TRANSLATE_NOOP("hcloud::ServerActions", "Cut the power of “%1”? Like pulling the plug, this may lose data. Shut Down asks the "
                              "system to stop cleanly instead."),
                  QT_TRANSLATE_NOOP("hcloud::ServerActions", "Power off")),
        confirmed(command(QStringLiteral("reset"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Rese&t…"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Reset “%1”")), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Reset"),
                  QT_TRANSLATE_NOOP("hcloud::ServerActions", "Reset “%1” like pressing its reset button? Unsaved data may be lost."), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Reset")),
        showingPassword(confirmed(command(QStringLiteral("reset_password"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Reset Root Pass&word…"),
                                          QT_TRANSLATE_NOOP("hcloud::ServerActions", "Reset root password of “%1”")),
                                  QT_TRANSLATE_NOOP("hcloud::ServerActions", "Reset root password"),
                                  QT_TRANSLATE_NOOP("hcloud::ServerActions", "Set a new root password on “%1”? The old one stops working."), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Reset password")),
                        QT_TRANSLATE_NOOP("hcloud::ServerActions", "New root password")),
    };
    for (ResourceAction &a : running)
        a.whyNot = when(isRunning, QT_TRANSLATE_NOOP("hcloud::ServerActions", "The server is not running."));

    ResourceAction rebuild = showingPassword(
        inDialog(command(QStringLiteral("rebuild"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Re&build…")), QStringLiteral("rebuild"),
                 {choice(QStringLiteral("image"), "Image", QStringLiteral("images"), true)}),
        QT_TRANSLATE_NOOP("hcloud::ServerActions", "Rebuilt"));
    rebuild.whyNot = [](const QJsonObject &s) {
        return isProtected(s, "rebuild") ? text(QT_TRANSLATE_NOOP("hcloud::ServerActions", "Rebuild protection is on. Turn it off first.")) : QString();
    };
    ResourceAction rescale = inDialog(command(QStringLiteral("change_type"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Resc&ale…")),
                                      QStringLiteral("rescale"),
                                      {choice(QStringLiteral("server_type"), "Type", QStringLiteral("server_types"), true),
                                       field(QStringLiteral("upgrade_disk"), "Upgrade disk", ActionField::Bool)});
    ResourceAction snapshot = inDialog(command(QStringLiteral("create_image"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Create S&napshot…"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Snapshot of “%1”")),
                                       QStringLiteral("snapshot"), {field(QStringLiteral("description"), "Description", ActionField::Text)});
    snapshot.fixedBody = {{QStringLiteral("type"), QStringLiteral("snapshot")}};
    ResourceAction enableBackup = command(QStringLiteral("enable_backup"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Enable Bac&kups"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Enable backups of “%1”"));
    enableBackup.whyNot = [](const QJsonObject &s) { return hasBackups(s) ? text(QT_TRANSLATE_NOOP("hcloud::ServerActions", "Backups are already on.")) : QString(); };
    ResourceAction disableBackup = confirmed(command(QStringLiteral("disable_backup"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Disable Backu&ps…"),
                                                     QT_TRANSLATE_NOOP("hcloud::ServerActions", "Disable backups of “%1”")),
                                             QT_TRANSLATE_NOOP("hcloud::ServerActions", "Disable backups"),
                                             QT_TRANSLATE_NOOP("hcloud::ServerActions", "Disable backups of “%1”? All its existing backups are deleted."),
                                             QT_TRANSLATE_NOOP("hcloud::ServerActions", "Disable backups"));
    disableBackup.whyNot = when(hasBackups, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Backups are off."));
    ResourceAction enableRescue = showingPassword(
        confirmed(command(QStringLiteral("enable_rescue"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Enable Resc&ue…"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Enable rescue for “%1”")),
                  QT_TRANSLATE_NOOP("hcloud::ServerActions", "Enable rescue"),
                  QT_TRANSLATE_NOOP("hcloud::ServerActions", "Enable the rescue system for “%1”? It boots into it at the next reboot; you get a root "
                              "password for it now."),
                  QT_TRANSLATE_NOOP("hcloud::ServerActions", "Enable rescue")),
        QT_TRANSLATE_NOOP("hcloud::ServerActions", "Rescue system"));
    enableRescue.fixedBody = {{QStringLiteral("type"), QStringLiteral("linux64")}};
    enableRescue.whyNot = [](const QJsonObject &s) { return hasRescue(s) ? text(QT_TRANSLATE_NOOP("hcloud::ServerActions", "Rescue mode is already on.")) : QString(); };
    ResourceAction disableRescue = command(QStringLiteral("disable_rescue"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Disab&le Rescue"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Disable rescue for “%1”"));
    disableRescue.whyNot = when(hasRescue, QT_TRANSLATE_NOOP("hcloud::ServerActions", "Rescue mode is off."));
    ResourceAction attachIso = inDialog(command(QStringLiteral("attach_iso"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Attach &ISO…")),
                                        QStringLiteral("iso"), {choice(QStringLiteral("iso"), "ISO", QStringLiteral("isos"), true)});
    attachIso.whyNot = [](const QJsonObject &s) { return hasIso(s) ? text(QT_TRANSLATE_NOOP("hcloud::ServerActions", "An ISO is attached. Detach it first.")) : QString(); };
    ResourceAction detachIso = command(QStringLiteral("detach_iso"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Detac&h ISO"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Detach ISO from “%1”"));
    detachIso.whyNot = when(hasIso, QT_TRANSLATE_NOOP("hcloud::ServerActions", "No ISO is attached."));
    ResourceAction reverseDns = inDialog(command(QStringLiteral("change_dns_ptr"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Re&verse DNS…")),
                                         QStringLiteral("reverse_dns"),
                                         {field(QStringLiteral("ip"), "IP", ActionField::Text, true),
                                          field(QStringLiteral("dns_ptr"), "Reverse DNS name", ActionField::Text)});
    ResourceAction edit = inDialog(serverAction(QStringLiteral("edit"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "&Edit Name and Labels…"), QStringLiteral("PUT"),
                                                QStringLiteral("/servers/{id}")),
                                   QStringLiteral("edit"),
                                   {field(QStringLiteral("name"), "Name", ActionField::Text, true),
                                    field(QStringLiteral("labels"), "Labels", ActionField::Labels)});
    ResourceAction remove = inDialog(serverAction(QStringLiteral("delete"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "&Delete…"), QStringLiteral("DELETE"),
                                                  QStringLiteral("/servers/{id}")),
                                     QStringLiteral("delete"), {});
    remove.description = text(QT_TRANSLATE_NOOP("hcloud::ServerActions", "Delete “%1”"));
    remove.whyNot = [](const QJsonObject &s) {
        return isProtected(s, "delete") ? text(QT_TRANSLATE_NOOP("hcloud::ServerActions", "Delete protection is on. Turn it off first.")) : QString();
    };
    return QVector<ResourceAction>{powerOn} + running
        + QVector<ResourceAction>{rebuild, rescale, snapshot, enableBackup, disableBackup, enableRescue, disableRescue,
                                  attachIso, detachIso, reverseDns,
                                  protection(QStringLiteral("delete_protection"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Delete P&rotection"), QStringLiteral("delete")),
                                  protection(QStringLiteral("rebuild_protection"), QT_TRANSLATE_NOOP("hcloud::ServerActions", "Rebuild Protectio&n"), QStringLiteral("rebuild")),
                                  edit, remove};
}

} // namespace hcloud
