#include "core/resources/kindparts.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hcloud {

namespace {

int ruleCount(const QJsonObject &f, const QString &direction)
{
    int n = 0;
    for (const QJsonValue &rule : f.value(QLatin1String("rules")).toArray())
        n += rule.toObject().value(QLatin1String("direction")).toString() == direction;
    return n;
}

// One rule per line: "tcp 80 from 192.0.2.0/24 (web)".
QString rulesText(const QJsonObject &f, const QString &direction)
{
    QStringList lines;
    for (const QJsonValue &value : f.value(QLatin1String("rules")).toArray()) {
        const QJsonObject rule = value.toObject();
        if (rule.value(QLatin1String("direction")).toString() != direction)
            continue;
        const bool in = direction == QLatin1String("in");
        const QString ips = json::joined(rule, in ? QStringLiteral("source_ips") : QStringLiteral("destination_ips"));
        QString line;
        if (in)
            line = QCoreApplication::translate("hcloud::FirewallKind", "%1 %2 from %3");
        else
            line = QCoreApplication::translate("hcloud::FirewallKind", "%1 %2 to %3");
        line = line.arg(rule.value(QLatin1String("protocol")).toString(),
                        rule.value(QLatin1String("port")).toString(), ips);
        const QString description = rule.value(QLatin1String("description")).toString();
        if (!description.isEmpty())
            line += QStringLiteral(" (%1)").arg(description);
        lines.append(line.simplified());
    }
    // Hetzner firewalls block what no inbound rule allows and allow all outbound without rules.
    if (lines.isEmpty()) {
        if (direction == QLatin1String("in"))
            return QCoreApplication::translate("hcloud::FirewallKind", "None: all inbound traffic is blocked");
        return QCoreApplication::translate("hcloud::FirewallKind", "None: all outbound traffic is allowed");
    }
    return lines.join(QLatin1Char('\n'));
}

QString appliedToText(const QJsonObject &f, const NameIndex &names)
{
    QStringList parts;
    for (const QJsonValue &value : f.value(QLatin1String("applied_to")).toArray()) {
        const QJsonObject a = value.toObject();
        if (a.value(QLatin1String("type")).toString() == QLatin1String("label_selector")) {
            // A plain count variable: Qt 6.4's lupdate loops on a cast expression here.
            const int servers = a.value(QLatin1String("applied_to_resources")).toArray().size();
            const QString selector = json::string(a, QStringLiteral("label_selector.selector"));
            parts.append(QCoreApplication::translate("hcloud::FirewallKind", "Label selector %1 (%n server(s))", nullptr,
                                                     servers)
                             .arg(selector));
        } else {
            const qint64 id = json::at(a, QStringLiteral("server.id")).toLongLong();
            parts.append(json::reference(names, QStringLiteral("servers"), id,
                                         QCoreApplication::translate("hcloud::FirewallKind", "Server %1").arg(id)));
        }
    }
    if (parts.isEmpty())
        return QCoreApplication::translate("hcloud::FirewallKind", "Not applied");
    return parts.join(QStringLiteral(", "));
}

ResourceKind makeFirewallKind()
{
    using namespace kindparts;
    ResourceKind kind;
    kind.id = QStringLiteral("firewalls");
    kind.path = QStringLiteral("/firewalls");
    kind.jsonKey = QStringLiteral("firewalls");
    kind.title = QCoreApplication::translate("hcloud::FirewallKind", "Firewalls");

    const auto rulesIn = [](const QJsonObject &f) { return rulesText(f, QStringLiteral("in")); };
    const auto rulesOut = [](const QJsonObject &f) { return rulesText(f, QStringLiteral("out")); };
    kind.columns = {
        textColumn(QStringLiteral("name"), QCoreApplication::translate("hcloud::FirewallKind", "Name"),
                   QStringLiteral("name")),
        {QStringLiteral("rules_in"), QCoreApplication::translate("hcloud::FirewallKind", "Inbound rules"),
         [](const QJsonObject &f) { return ruleCount(f, QStringLiteral("in")); }, {}, rulesIn, false},
        {QStringLiteral("rules_out"), QCoreApplication::translate("hcloud::FirewallKind", "Outbound rules"),
         [](const QJsonObject &f) { return ruleCount(f, QStringLiteral("out")); }, {}, rulesOut, false},
        {QStringLiteral("applied_to"), QCoreApplication::translate("hcloud::FirewallKind", "Applied to"),
         [](const QJsonObject &f) { return json::count(f, QStringLiteral("applied_to")); }, {}, appliedToText,
         false},
        labelsColumn(QCoreApplication::translate("hcloud::FirewallKind", "Labels")),
        dateColumn(QStringLiteral("created"), QCoreApplication::translate("hcloud::FirewallKind", "Created"),
                   QStringLiteral("created")),
    };

    kind.details = {
        detail(QStringLiteral("id"), QCoreApplication::translate("hcloud::FirewallKind", "ID"), text(QStringLiteral("id"))),
        detail(QStringLiteral("name"), QCoreApplication::translate("hcloud::FirewallKind", "Name"),
               text(QStringLiteral("name"))),
        detail(QStringLiteral("rules_in"), QCoreApplication::translate("hcloud::FirewallKind", "Inbound rules"), rulesIn),
        detail(QStringLiteral("rules_out"), QCoreApplication::translate("hcloud::FirewallKind", "Outbound rules"),
               rulesOut),
        detail(QStringLiteral("applied_to"), QCoreApplication::translate("hcloud::FirewallKind", "Applied to"),
               appliedToText),
        detail(QStringLiteral("labels"), QCoreApplication::translate("hcloud::FirewallKind", "Labels"), labels()),
        detail(QStringLiteral("created"), QCoreApplication::translate("hcloud::FirewallKind", "Created"),
               date(QStringLiteral("created"))),
    };
    return kind;
}

} // namespace

const ResourceKind &firewallKind()
{
    // Built on first use so the titles are translated by the installed translator.
    static const ResourceKind kind = makeFirewallKind();
    return kind;
}

} // namespace hcloud
