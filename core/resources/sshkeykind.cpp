#include "core/resources/kindparts.h"

#include <QCoreApplication>

namespace hcloud {

namespace {

ResourceKind makeSshKeyKind()
{
    using namespace kindparts;
    ResourceKind kind;
    kind.id = QStringLiteral("ssh_keys");
    kind.path = QStringLiteral("/ssh_keys");
    kind.jsonKey = QStringLiteral("ssh_keys");
    kind.title = QCoreApplication::translate("hcloud::SshKeyKind", "SSH Keys");

    kind.columns = {
        textColumn(QStringLiteral("name"), QCoreApplication::translate("hcloud::SshKeyKind", "Name"),
                   QStringLiteral("name")),
        textColumn(QStringLiteral("fingerprint"), QCoreApplication::translate("hcloud::SshKeyKind", "Fingerprint"),
                   QStringLiteral("fingerprint")),
        // The key's type and comment, the parts a person recognises; the tooltip has it all.
        {QStringLiteral("public_key"), QCoreApplication::translate("hcloud::SshKeyKind", "Key"),
         [](const QJsonObject &k) {
             const QStringList parts = json::string(k, QStringLiteral("public_key")).split(QLatin1Char(' '));
             QString shown = parts.first();
             if (parts.size() > 2)
                 shown += QLatin1Char(' ') + parts.mid(2).join(QLatin1Char(' '));
             return json::orDash(shown);
         },
         {}, text(QStringLiteral("public_key")), false},
        labelsColumn(QCoreApplication::translate("hcloud::SshKeyKind", "Labels")),
        dateColumn(QStringLiteral("created"), QCoreApplication::translate("hcloud::SshKeyKind", "Created"),
                   QStringLiteral("created")),
    };

    kind.details = {
        detail(QStringLiteral("id"), QCoreApplication::translate("hcloud::SshKeyKind", "ID"), text(QStringLiteral("id"))),
        detail(QStringLiteral("name"), QCoreApplication::translate("hcloud::SshKeyKind", "Name"),
               text(QStringLiteral("name"))),
        detail(QStringLiteral("fingerprint"), QCoreApplication::translate("hcloud::SshKeyKind", "Fingerprint"),
               text(QStringLiteral("fingerprint"))),
        detail(QStringLiteral("public_key"), QCoreApplication::translate("hcloud::SshKeyKind", "Public key"),
               text(QStringLiteral("public_key"))),
        detail(QStringLiteral("labels"), QCoreApplication::translate("hcloud::SshKeyKind", "Labels"), labels()),
        detail(QStringLiteral("created"), QCoreApplication::translate("hcloud::SshKeyKind", "Created"),
               date(QStringLiteral("created"))),
    };
    return kind;
}

} // namespace

const ResourceKind &sshKeyKind()
{
    // Built on first use so the titles are translated by the installed translator.
    static const ResourceKind kind = makeSshKeyKind();
    return kind;
}

} // namespace hcloud
