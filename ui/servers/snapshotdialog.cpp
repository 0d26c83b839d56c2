#include "ui/servers/serverdialogs.h"

#include <QDate>
#include <QInputDialog>

namespace hcloud {

// A description to find the snapshot by later; the name and today by default.
void ServerDialogs::snapshot(const ServerActionContext &c)
{
    auto *input = new QInputDialog(c.window);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Create snapshot of “%1”").arg(c.name()));
    input->setLabelText(tr("Description:"));
    input->setTextValue(tr("%1 %2").arg(c.name(), QDate::currentDate().toString(Qt::ISODate)));
    QObject::connect(input, &QInputDialog::textValueSelected, input, [c](const QString &description) {
        c.run(c.action.body(c.server, {QJsonValue(description.trimmed())}));
    });
    input->open();
}

} // namespace hcloud
