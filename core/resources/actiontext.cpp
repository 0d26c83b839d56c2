#include "core/resources/actiontext.h"

#include <QCoreApplication>

namespace hcloud {

namespace {
struct CommandText
{
    const char *command;
    const char *text;
};

constexpr CommandText kCommands[] = {
    {"create_server", QT_TRANSLATE_NOOP("hcloud::ActionText", "Create server")},
    {"start_server", QT_TRANSLATE_NOOP("hcloud::ActionText", "Power on")},
    {"delete_server", QT_TRANSLATE_NOOP("hcloud::ActionText", "Delete server")},
    {"stop_server", QT_TRANSLATE_NOOP("hcloud::ActionText", "Power off")},
    {"shutdown_server", QT_TRANSLATE_NOOP("hcloud::ActionText", "Shut down")},
    {"reboot_server", QT_TRANSLATE_NOOP("hcloud::ActionText", "Reboot")},
    {"reset_server", QT_TRANSLATE_NOOP("hcloud::ActionText", "Reset")},
    {"rebuild_server", QT_TRANSLATE_NOOP("hcloud::ActionText", "Rebuild")},
    {"change_server_type", QT_TRANSLATE_NOOP("hcloud::ActionText", "Rescale")},
    {"enable_rescue", QT_TRANSLATE_NOOP("hcloud::ActionText", "Enable rescue")},
    {"disable_rescue", QT_TRANSLATE_NOOP("hcloud::ActionText", "Disable rescue")},
    {"reset_password", QT_TRANSLATE_NOOP("hcloud::ActionText", "Reset root password")},
    {"create_image", QT_TRANSLATE_NOOP("hcloud::ActionText", "Create image")},
    {"enable_backup", QT_TRANSLATE_NOOP("hcloud::ActionText", "Enable backups")},
    {"disable_backup", QT_TRANSLATE_NOOP("hcloud::ActionText", "Disable backups")},
    {"attach_iso", QT_TRANSLATE_NOOP("hcloud::ActionText", "Attach ISO")},
    {"detach_iso", QT_TRANSLATE_NOOP("hcloud::ActionText", "Detach ISO")},
    {"change_dns_ptr", QT_TRANSLATE_NOOP("hcloud::ActionText", "Change reverse DNS")},
    {"change_protection", QT_TRANSLATE_NOOP("hcloud::ActionText", "Change protection")},
    {"request_console", QT_TRANSLATE_NOOP("hcloud::ActionText", "Request console")},
    {"attach_volume", QT_TRANSLATE_NOOP("hcloud::ActionText", "Attach volume")},
    {"detach_volume", QT_TRANSLATE_NOOP("hcloud::ActionText", "Detach volume")},
    {"resize_volume", QT_TRANSLATE_NOOP("hcloud::ActionText", "Resize volume")},
    {"create_volume", QT_TRANSLATE_NOOP("hcloud::ActionText", "Create volume")},
    {"delete_volume", QT_TRANSLATE_NOOP("hcloud::ActionText", "Delete volume")},
    {"assign_floating_ip", QT_TRANSLATE_NOOP("hcloud::ActionText", "Assign floating IP")},
    {"unassign_floating_ip", QT_TRANSLATE_NOOP("hcloud::ActionText", "Unassign floating IP")},
    {"assign_primary_ip", QT_TRANSLATE_NOOP("hcloud::ActionText", "Assign primary IP")},
    {"unassign_primary_ip", QT_TRANSLATE_NOOP("hcloud::ActionText", "Unassign primary IP")},
    {"add_subnet", QT_TRANSLATE_NOOP("hcloud::ActionText", "Add subnet")},
    {"delete_subnet", QT_TRANSLATE_NOOP("hcloud::ActionText", "Delete subnet")},
    {"add_route", QT_TRANSLATE_NOOP("hcloud::ActionText", "Add route")},
    {"delete_route", QT_TRANSLATE_NOOP("hcloud::ActionText", "Delete route")},
    {"change_ip_range", QT_TRANSLATE_NOOP("hcloud::ActionText", "Change IP range")},
    {"set_firewall_rules", QT_TRANSLATE_NOOP("hcloud::ActionText", "Set firewall rules")},
    {"apply_firewall", QT_TRANSLATE_NOOP("hcloud::ActionText", "Apply firewall")},
    {"remove_firewall", QT_TRANSLATE_NOOP("hcloud::ActionText", "Remove firewall")},
    {"add_service", QT_TRANSLATE_NOOP("hcloud::ActionText", "Add service")},
    {"delete_service", QT_TRANSLATE_NOOP("hcloud::ActionText", "Delete service")},
    {"add_target", QT_TRANSLATE_NOOP("hcloud::ActionText", "Add target")},
    {"remove_target", QT_TRANSLATE_NOOP("hcloud::ActionText", "Remove target")},
    {"change_algorithm", QT_TRANSLATE_NOOP("hcloud::ActionText", "Change algorithm")},
    {"change_load_balancer_type", QT_TRANSLATE_NOOP("hcloud::ActionText", "Change load balancer type")},
    {"issue_certificate", QT_TRANSLATE_NOOP("hcloud::ActionText", "Issue certificate")},
};
} // namespace

QString actionCommandText(const QString &command)
{
    for (const CommandText &c : kCommands) {
        if (command == QLatin1String(c.command))
            return QCoreApplication::translate("hcloud::ActionText", c.text);
    }
    QString words = command;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

} // namespace hcloud
