#include "firewallroutes.h"

#include "jsonshapes.h"
#include "kindroutes.h"
#include "requestbody.h"
#include "simproject.h"
#include "simrouter.h"

#include <QDateTime>
#include <QJsonArray>

namespace hcloud::sim {

namespace {

const QString kKind = QStringLiteral("firewalls");

const KindRef kRef{kKind, QStringLiteral("firewall")};

// Checks the rules and returns them in the API's shape (both IP lists present).
QJsonArray checkRules(const QJsonValue &value, QVector<QPair<QString, QString>> *problems)
{
    QJsonArray rules;
    if (value.isUndefined() || value.isNull())
        return rules;
    if (!value.isArray()) {
        problems->append({QStringLiteral("rules"), QStringLiteral("must be a list")});
        return rules;
    }
    const QStringList protocols{QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"),
                                QStringLiteral("esp"), QStringLiteral("gre")};
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject in = entry.toObject();
        const QString direction = in.value(QLatin1String("direction")).toString();
        const QString protocol = in.value(QLatin1String("protocol")).toString();
        const bool ported = protocol == QLatin1String("tcp") || protocol == QLatin1String("udp");
        if (direction != QLatin1String("in") && direction != QLatin1String("out"))
            problems->append({QStringLiteral("rules.direction"), QStringLiteral("must be in or out")});
        if (!protocols.contains(protocol))
            problems->append({QStringLiteral("rules.protocol"), QStringLiteral("must be one of: tcp, udp, icmp, esp, gre")});
        if (ported && in.value(QLatin1String("port")).toString().isEmpty())
            problems->append({QStringLiteral("rules.port"), QStringLiteral("is required for tcp and udp")});
        const QString ipsKey = direction == QLatin1String("out") ? QStringLiteral("destination_ips") : QStringLiteral("source_ips");
        if (in.value(ipsKey).toArray().isEmpty())
            problems->append({QStringLiteral("rules.") + ipsKey, QStringLiteral("must not be empty")});
        QJsonObject rule{{QStringLiteral("direction"), direction},
                         {QStringLiteral("protocol"), protocol},
                         {QStringLiteral("port"), ported ? in.value(QLatin1String("port")) : QJsonValue()},
                         {QStringLiteral("source_ips"), in.value(QLatin1String("source_ips")).toArray()},
                         {QStringLiteral("destination_ips"), in.value(QLatin1String("destination_ips")).toArray()},
                         {QStringLiteral("description"), in.value(QLatin1String("description"))}};
        if (rule.value(QLatin1String("description")).isUndefined())
            rule.insert(QStringLiteral("description"), QJsonValue());
        rules.append(rule);
    }
    return rules;
}

SimReply create(RouteContext &c)
{
    SimReply error;
    const auto body = requestBody(c.request, &error);
    if (!body)
        return error;
    QVector<QPair<QString, QString>> problems;
    const QString name = body->value(QLatin1String("name")).toString();
    if (name.isEmpty())
        problems.append({QStringLiteral("name"), QStringLiteral("is required")});
    const QJsonArray rules = checkRules(body->value(QLatin1String("rules")), &problems);
    // Applying starts actions; that part is not simulated yet.
    if (!body->value(QLatin1String("apply_to")).toArray().isEmpty())
        problems.append({QStringLiteral("apply_to"), QStringLiteral("is not supported by the simulator yet")});
    checkLabels(body->value(QLatin1String("labels")), &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (nameTaken(c.project, kKind, name))
        return SimReply::uniquenessError(QStringLiteral("name"), QStringLiteral("firewall name is already used"));
    const qint64 id = c.project.allocateId(kKind);
    const QJsonObject fw{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("applied_to"), QJsonArray()},
        {QStringLiteral("labels"), body->value(QLatin1String("labels")).toObject()},
        {QStringLiteral("created"), shapes::timestamp(QDateTime::currentSecsSinceEpoch())},
    };
    c.project.collection(kKind).insert(id, fw);
    return SimReply::json(QJsonObject{{QStringLiteral("firewall"), fw}, {QStringLiteral("actions"), QJsonArray()}}, 201);
}

SimReply remove(RouteContext &c)
{
    const qint64 id = c.ids.first();
    Collection &fws = c.project.collection(kKind);
    const auto it = fws.find(id);
    if (it == fws.end())
        return SimReply::notFound(QStringLiteral("firewall with ID %1 not found").arg(id));
    if (!it->value(QLatin1String("applied_to")).toArray().isEmpty())
        return SimReply::error(409, QStringLiteral("resource_in_use"), QStringLiteral("firewall is still applied"));
    fws.erase(it);
    return noContent();
}

}  // namespace

void addFirewallRoutes(SimRouter &router)
{
    router.add("POST", kKind, create);
    addUpdateRoute(router, kRef);
    router.add("DELETE", kKind + QStringLiteral("/{id}"), remove);
}

}  // namespace hcloud::sim
