#include "core/resources/storageboxactions.h"
#include "core/resources/actionparts.h"

#include "core/resources/resourcekind.h"

#include <QCoreApplication>

namespace hcloud {

namespace {

using namespace actionparts;

// One of the box's snapshots or subaccounts, read when the form opens.
ActionField ofBox(const QString &key, const char *title, const QString &list, bool inPath = true)
{
    ActionField f = field(key, title, ActionField::Choice, true);
    f.choicesAt = QStringLiteral("/storage_boxes/{id}/") + list;
    f.inPath = inPath;
    return f;
}

ResourceAction boxAction(const QString &command, const char *title, QVector<ActionField> fields = {})
{
    return action(command, title, QStringLiteral("POST"), QStringLiteral("/storage_boxes/{id}/actions/") + command, std::move(fields));
}

QString subaccountPath(const QString &tail = QString())
{
    return QStringLiteral("/storage_boxes/{id}/subaccounts/{subaccount}") + tail;
}

const QStringList &types()
{
    static const QStringList list{QStringLiteral("bx11"), QStringLiteral("bx21"), QStringLiteral("bx31"), QStringLiteral("bx41")};
    return list;
}

// The access switches; `prefix` nests them ("access_settings."), `fromObject`
// starts them as the box has them.
QVector<ActionField> accessFields(const QString &prefix, bool subaccount, bool fromObject)
{
    QVector<ActionField> fields{field(prefix + QStringLiteral("ssh_enabled"), QT_TRANSLATE_NOOP("hcloud::KindActions", "SSH/SFTP"), ActionField::Bool),
                                field(prefix + QStringLiteral("samba_enabled"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Samba/CIFS"), ActionField::Bool),
                                field(prefix + QStringLiteral("webdav_enabled"), QT_TRANSLATE_NOOP("hcloud::KindActions", "WebDAV"), ActionField::Bool)};
    if (subaccount)
        fields.append(field(prefix + QStringLiteral("readonly"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Read-only"), ActionField::Bool));
    else
        fields.append(field(prefix + QStringLiteral("zfs_enabled"), QT_TRANSLATE_NOOP("hcloud::KindActions", "ZFS (.zfs folder)"), ActionField::Bool));
    fields.append(field(prefix + QStringLiteral("reachable_externally"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Reachable from outside Hetzner"),
                        ActionField::Bool));
    if (fromObject) {
        for (ActionField &f : fields)
            f = actionparts::fromObject(f, QStringLiteral("access_settings.") + f.key.section(QLatin1Char('.'), -1));
    }
    return fields;
}

QVector<ResourceAction> boxActions()
{
    ResourceAction create = action(QStringLiteral("create"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Create Storage Box"), QStringLiteral("POST"),
                                   QStringLiteral("/storage_boxes"),
                                   {field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Name"), ActionField::Text, true),
                                    fixedChoice(QStringLiteral("storage_box_type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Type"), types()),
                                    fixedChoice(QStringLiteral("location"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Location"),
                                                {QStringLiteral("fsn1"), QStringLiteral("hel1")})});
    create.fields += accessFields(QStringLiteral("access_settings."), false, false);
    create.fields.append(field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels));
    create.forObject = false;
    create.generatedPassword = QStringLiteral("password");

    ResourceAction edit = action(QStringLiteral("edit"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Edit name and labels"), QStringLiteral("PUT"),
                                 QStringLiteral("/storage_boxes/{id}"),
                                 {fromObject(field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Name"), ActionField::Text, true),
                                            QStringLiteral("name")),
                                  fromObject(field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels),
                                            QStringLiteral("labels"))});
    ResourceAction type = boxAction(QStringLiteral("change_type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Change type"),
                                    {fromObject(fixedChoice(QStringLiteral("storage_box_type"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Type"), types()),
                                               QStringLiteral("storage_box_type.name"))});
    ResourceAction access = boxAction(QStringLiteral("update_access_settings"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Access settings"),
                                      accessFields(QString(), false, true));
    ResourceAction password = boxAction(QStringLiteral("reset_password"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Reset password"));
    password.generatedPassword = QStringLiteral("password");
    password.confirmation = translated(QT_TRANSLATE_NOOP("hcloud::KindActions",
                                                         "Set a new password for the Storage Box? The old one stops working; the new one is shown once."));
    ResourceAction protection = boxAction(QStringLiteral("change_protection"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Change protection"),
                                          {fromObject(field(QStringLiteral("delete"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete protection"),
                                                           ActionField::Bool),
                                                     QStringLiteral("protection.delete"))});
    ResourceAction del = action(QStringLiteral("delete"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete"), QStringLiteral("DELETE"),
                                QStringLiteral("/storage_boxes/{id}"));
    del.confirmation = translated(QT_TRANSLATE_NOOP("hcloud::KindActions",
                                                    "Delete this Storage Box with all its data, snapshots and subaccounts? This cannot be undone."));
    del.typeNameToConfirm = true;
    del.whyNot = [](const QJsonObject &o) {
        return protectedFromDelete(o) ? translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete protection is on")) : QString();
    };
    return {create, edit, type, access, password, protection, del};
}

QVector<ResourceAction> snapshotActions()
{
    ResourceAction create = action(QStringLiteral("create_snapshot"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Create snapshot"), QStringLiteral("POST"),
                                   QStringLiteral("/storage_boxes/{id}/snapshots"),
                                   {field(QStringLiteral("description"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Description"), ActionField::Text),
                                    field(QStringLiteral("labels"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Labels"), ActionField::Labels)});
    ResourceAction remove = action(QStringLiteral("delete_snapshot"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete snapshot"), QStringLiteral("DELETE"),
                                   QStringLiteral("/storage_boxes/{id}/snapshots/{snapshot}"),
                                   {ofBox(QStringLiteral("snapshot"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Snapshot"), QStringLiteral("snapshots"))});
    remove.confirmation = translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete this snapshot? This cannot be undone."));
    // The API takes the snapshot by name or id, as a string: the name is sent.
    ActionField snapshot = ofBox(QStringLiteral("snapshot"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Snapshot"), QStringLiteral("snapshots"), false);
    snapshot.choiceValueKey = QStringLiteral("name");
    ResourceAction rollback = boxAction(QStringLiteral("rollback_snapshot"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Roll back to snapshot"), {snapshot});
    rollback.confirmation = translated(QT_TRANSLATE_NOOP(
        "hcloud::KindActions", "Rolling back replaces all data in the Storage Box with the snapshot's. What was written since is lost."));
    rollback.typeNameToConfirm = true;
    rollback.typeNameInForm = true;

    ResourceAction plan = boxAction(QStringLiteral("enable_snapshot_plan"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Snapshot plan"),
                                    {fromObject(number(QStringLiteral("max_snapshots"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Snapshots kept"), 1, 0, true),
                                               QStringLiteral("snapshot_plan.max_snapshots")),
                                     fromObject(number(QStringLiteral("hour"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Hour (UTC)"), 0, 23, true),
                                               QStringLiteral("snapshot_plan.hour")),
                                     fromObject(number(QStringLiteral("minute"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Minute"), 0, 59, true),
                                               QStringLiteral("snapshot_plan.minute")),
                                     fromObject(number(QStringLiteral("day_of_week"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Day of the week (1 = Monday)"), 1, 7, false),
                                               QStringLiteral("snapshot_plan.day_of_week")),
                                     fromObject(number(QStringLiteral("day_of_month"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Day of the month"), 1, 31, false),
                                               QStringLiteral("snapshot_plan.day_of_month"))});
    ResourceAction noPlan = boxAction(QStringLiteral("disable_snapshot_plan"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Turn off snapshot plan"));
    noPlan.confirmation = translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "Stop taking snapshots by plan? Snapshots taken so far stay."));
    noPlan.whyNot = [](const QJsonObject &o) {
        return o.value(QLatin1String("snapshot_plan")).isObject() ? QString()
                                                                  : translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "The box has no snapshot plan"));
    };
    return {create, remove, rollback, plan, noPlan};
}

QVector<ResourceAction> subaccountActions()
{
    const auto subaccount = [] {
        return ofBox(QStringLiteral("subaccount"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Subaccount"), QStringLiteral("subaccounts"));
    };
    ResourceAction create = action(QStringLiteral("create_subaccount"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Create subaccount"), QStringLiteral("POST"),
                                   QStringLiteral("/storage_boxes/{id}/subaccounts"),
                                   {field(QStringLiteral("home_directory"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Home directory"), ActionField::Text, true),
                                    field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Name"), ActionField::Text),
                                    field(QStringLiteral("description"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Description"), ActionField::Text)});
    create.fields += accessFields(QStringLiteral("access_settings."), true, false);
    create.generatedPassword = QStringLiteral("password");
    ResourceAction edit = action(QStringLiteral("edit_subaccount"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Rename subaccount"), QStringLiteral("PUT"),
                                 subaccountPath(),
                                 {subaccount(), field(QStringLiteral("name"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Name"), ActionField::Text, true),
                                  field(QStringLiteral("description"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Description"), ActionField::Text)});
    ResourceAction home = action(QStringLiteral("change_home_directory"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Change subaccount's home directory"),
                                 QStringLiteral("POST"), subaccountPath(QStringLiteral("/actions/change_home_directory")),
                                 {subaccount(), field(QStringLiteral("home_directory"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Home directory"), ActionField::Text, true)});
    ResourceAction access = action(QStringLiteral("update_subaccount_access_settings"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Subaccount access settings"),
                                   QStringLiteral("POST"), subaccountPath(QStringLiteral("/actions/update_access_settings")),
                                   QVector<ActionField>{subaccount()} + accessFields(QString(), true, false));
    ResourceAction password = action(QStringLiteral("reset_subaccount_password"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Reset subaccount password"),
                                     QStringLiteral("POST"), subaccountPath(QStringLiteral("/actions/reset_subaccount_password")), {subaccount()});
    password.generatedPassword = QStringLiteral("password");
    ResourceAction remove = action(QStringLiteral("delete_subaccount"), QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete subaccount"), QStringLiteral("DELETE"),
                                   subaccountPath(), {subaccount()});
    remove.confirmation = translated(QT_TRANSLATE_NOOP("hcloud::KindActions", "Delete this subaccount? Its files stay in the box."));
    return {create, edit, home, access, password, remove};
}

} // namespace

QVector<ResourceAction> storageBoxActions()
{
    return boxActions() + snapshotActions() + subaccountActions();
}

} // namespace hcloud
