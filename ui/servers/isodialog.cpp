#include "ui/servers/serverdialogs.h"

#include "core/projects/projectcatalog.h"
#include "core/projects/projectsession.h"
#include "core/resources/resourcekind.h"

#include <QInputDialog>

namespace hcloud {

// The ISOs for the server's architecture, by name (the API takes names).
void ServerDialogs::attachIso(const ServerActionContext &c)
{
    if (!c.session)
        return;
    ProjectCatalog *catalog = c.session->catalog();
    auto *input = new QInputDialog(c.window);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Attach ISO to “%1”").arg(c.name()));
    input->setLabelText(tr("ISO image (it boots from it at the next reboot):"));
    input->setComboBoxEditable(false);
    const QString architecture = json::string(c.server, QStringLiteral("server_type.architecture"));
    auto fill = [input, catalog, architecture] {
        QStringList names;
        for (const QJsonObject &iso : catalog->list(QStringLiteral("isos"))) {
            const QString arch = iso.value(QLatin1String("architecture")).toString();
            if (arch.isEmpty() || arch == architecture)
                names.append(iso.value(QLatin1String("name")).toString());
        }
        input->setComboBoxItems(names);
    };
    QObject::connect(catalog, &ProjectCatalog::loaded, input, fill);
    catalog->ensure({QStringLiteral("isos")});
    fill();
    QObject::connect(input, &QInputDialog::textValueSelected, input, [c](const QString &iso) {
        if (!iso.isEmpty())
            c.run(c.action.body(c.server, {QJsonValue(iso)}), tr("Attach %1 to “%2”").arg(iso, c.name()));
    });
    input->open();
}

} // namespace hcloud
