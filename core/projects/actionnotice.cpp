#include "core/projects/actionnotice.h"

#include "core/resources/actiontext.h"

#include <QCoreApplication>

namespace hcloud {

bool isLongAction(const QString &command)
{
    static const QStringList longOnes = {
        QStringLiteral("create_server"),      QStringLiteral("rebuild_server"),     QStringLiteral("create_image"),
        QStringLiteral("change_server_type"), QStringLiteral("create_volume"),      QStringLiteral("attach_volume"),
        QStringLiteral("detach_volume"),      QStringLiteral("resize_volume"),      QStringLiteral("assign_floating_ip"),
        QStringLiteral("unassign_floating_ip"), QStringLiteral("assign_primary_ip"), QStringLiteral("unassign_primary_ip"),
        QStringLiteral("create_floating_ip"), QStringLiteral("create_primary_ip"),
    };
    return longOnes.contains(command);
}

std::optional<ActionNotice> noticeFor(const ActionState &action, const QString &description, const QString &projectName)
{
    if (action.isRunning() || !isLongAction(action.command))
        return std::nullopt;
    const QString what = description.isEmpty() ? actionCommandText(action.command) : description;
    ActionNotice notice;
    notice.failed = action.status != QLatin1String("success");
    if (notice.failed) {
        notice.title = QCoreApplication::translate("hcloud::ActionNotice", "Failed: %1").arg(what);
        notice.body = action.error.message.isEmpty()
            ? projectName
            : QCoreApplication::translate("hcloud::ActionNotice", "%1 — %2 (%3)")
                  .arg(projectName, action.error.message, action.error.code);
    } else {
        notice.title = QCoreApplication::translate("hcloud::ActionNotice", "Done: %1").arg(what);
        notice.body = projectName;
    }
    return notice;
}

} // namespace hcloud
