#include "ui/servers/serverdialogs.h"

#include "core/resources/resourcekind.h"
#include "core/resources/serverfields.h"

#include <QInputDialog>

namespace hcloud {

// The host name of the server's IPv4 (else its IPv6 ::1); empty resets it.
void ServerDialogs::reverseDns(const ServerActionContext &c)
{
    const QString ip = json::string(c.server, QStringLiteral("public_net.ipv4.ip"));
    const QString target = ip.isEmpty() ? sshAddress(c.server) : ip;
    auto *input = new QInputDialog(c.window);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Reverse DNS of %1").arg(target));
    input->setLabelText(tr("Host name for %1 (empty resets it to the default):").arg(target));
    input->setTextValue(json::string(c.server, QStringLiteral("public_net.ipv4.dns_ptr")));
    QObject::connect(input, &QInputDialog::textValueSelected, input, [c, target](const QString &host) {
        const QString trimmed = host.trimmed();
        // null, not "", asks the API for the default name.
        c.run({{QStringLiteral("ip"), target},
               {QStringLiteral("dns_ptr"), trimmed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(trimmed)}},
              tr("Reverse DNS of %1").arg(target));
    });
    input->open();
}

} // namespace hcloud
