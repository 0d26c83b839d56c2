#include "core/sim/firewallroutes.h"

#include "core/sim/firewalls.h"
#include "core/sim/kindroutes.h"
#include "core/sim/requestbody.h"
#include "core/sim/simproject.h"
#include "core/sim/simrouter.h"

#include <QJsonArray>

namespace hcloud::sim {

namespace {

const QString kKind = kFirewalls;

const KindRef kRef{kKind, QStringLiteral("firewall")};

// Checks the rules and returns them in the API's shape (both IP lists present).
QJsonArray checkRules(const QJsonValue &value, Problems *problems)
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

// apply_to / remove_from entries, in the shape firewalls keep them.
QJsonArray readTargets(const QJsonValue &value, const QString &field, Problems *problems)
{
    QJsonArray entries;
    if (value.isUndefined() || value.isNull())
        return entries;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject entry = appliedToEntry(item.toObject());
        if (entry.isEmpty())
            problems->append({field, QStringLiteral("each entry needs type server with server.id, or type label_selector with label_selector.selector")});
        else
            entries.append(entry);
    }
    if (!value.isArray())
        problems->append({field, QStringLiteral("Not a valid list.")});
    return entries;
}

std::optional<SimReply> checkServersExist(SimProject &project, const QJsonArray &entries, int status)
{
    for (const QJsonValue &entry : entries) {
        const QJsonValue server = entry[QLatin1String("server")];
        if (!server.isUndefined() && !project.collection(QStringLiteral("servers")).contains(server[QLatin1String("id")].toInteger()))
            return SimReply::error(status, QStringLiteral("firewall_resource_not_found"),
                                   QStringLiteral("server %1 not found").arg(server[QLatin1String("id")].toInteger()));
    }
    return std::nullopt;
}

QJsonArray findServerFirewalls(SimProject &project, qint64 serverId)
{
    return project.collection(QStringLiteral("servers")).value(serverId).value(QLatin1String("public_net"))[QLatin1String("firewalls")].toArray();
}

// The ids of the servers the firewall is on, directly or through a selector.
QJsonArray serversOf(const QJsonObject &firewall)
{
    QJsonArray ids;
    for (const QJsonValue &entry : firewall.value(QLatin1String("applied_to")).toArray()) {
        QJsonArray refs = entry[QLatin1String("applied_to_resources")].toArray();
        if (entry[QLatin1String("type")].toString() == QLatin1String("server"))
            refs.append(entry);
        for (const QJsonValue &ref : refs) {
            const QJsonValue id = ref[QLatin1String("server")][QLatin1String("id")];
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

int appliedIndex(const QJsonObject &firewall, const QJsonObject &entry)
{
    return indexOfTarget(firewall.value(QLatin1String("applied_to")).toArray(), entry);
}

// apply_firewall or remove_firewall for one entry; the change shows when
// the action ends.
QJsonObject changeTarget(SimProject &project, qint64 id, const QJsonObject &entry, bool apply)
{
    QJsonArray server;
    if (entry.contains(QLatin1String("server")))
        server.append(actionResource(QStringLiteral("server"), entry.value(QLatin1String("server"))[QLatin1String("id")].toInteger()));
    const auto change = [entry, apply](SimProject &p, QJsonObject &firewall) {
        QJsonArray appliedTo = firewall.value(QLatin1String("applied_to")).toArray();
        const int index = appliedIndex(firewall, entry);
        if (apply && index < 0)
            appliedTo.append(entry);
        else if (!apply && index >= 0)
            appliedTo.removeAt(index);
        firewall.insert(QStringLiteral("applied_to"), appliedTo);
        syncFirewalls(p);
    };
    return startChange(project, kRef, id, apply ? QStringLiteral("apply_firewall") : QStringLiteral("remove_firewall"), change, server);
}

SimReply actionsStarted(const QJsonArray &actions)
{
    return SimReply::json(QJsonObject{{QStringLiteral("actions"), actions}}, 201);
}

SimReply applyOrRemove(RouteContext &c, qint64 id, const QJsonObject &body, const QJsonObject &firewall, bool apply)
{
    const QString field = apply ? QStringLiteral("apply_to") : QStringLiteral("remove_from");
    Problems problems;
    const QJsonArray entries = readTargets(body.value(field), field, &problems);
    if (entries.isEmpty())
        problems.append({field, QStringLiteral("Missing data for required field.")});
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (auto missing = checkServersExist(c.project, entries, 404))
        return *missing;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const bool applied = appliedIndex(firewall, entry) >= 0;
        if (apply && applied)
            return SimReply::error(422, QStringLiteral("firewall_already_applied"), QStringLiteral("firewall is already applied to this resource"));
        if (!apply && !applied) {
            // A server that only a selector matches cannot be removed by hand.
            const qint64 server = entry.value(QLatin1String("server"))[QLatin1String("id")].toInteger();
            for (const QJsonValue &on : findServerFirewalls(c.project, server)) {
                if (on[QLatin1String("id")].toInteger() == id)
                    return SimReply::error(422, QStringLiteral("firewall_managed_by_label_selector"),
                                           QStringLiteral("firewall is applied to server %1 through a label selector").arg(server));
            }
            return SimReply::error(404, QStringLiteral("firewall_resource_not_found"), QStringLiteral("firewall is not applied to this resource"));
        }
    }
    QJsonArray actions;
    for (const QJsonValue &entry : entries)
        actions.append(changeTarget(c.project, id, entry.toObject(), apply));
    return actionsStarted(actions);
}

SimReply create(RouteContext &c, const QJsonObject &body)
{
    Problems problems;
    const QString name = requiredName(body, QStringLiteral("is required"), &problems);
    const QJsonArray rules = checkRules(body.value(QLatin1String("rules")), &problems);
    const QJsonArray applyTo = readTargets(body.value(QLatin1String("apply_to")), QStringLiteral("apply_to"), &problems);
    checkLabels(body.value(QLatin1String("labels")), &problems);
    if (!problems.isEmpty())
        return SimReply::invalidInput(problems);
    if (auto missing = checkServersExist(c.project, applyTo, 422))
        return *missing;
    if (nameTaken(c.project, kKind, name))
        return SimReply::uniquenessError(QStringLiteral("name"), QStringLiteral("firewall name is already used"));
    const QJsonObject fw = addNew(c.project, kKind, name, body, {{QStringLiteral("rules"), rules}, {QStringLiteral("applied_to"), QJsonArray()}});
    const qint64 id = fw.value(QLatin1String("id")).toInteger();
    QJsonArray actions;
    for (const QJsonValue &entry : applyTo)
        actions.append(changeTarget(c.project, id, entry.toObject(), true));
    return SimReply::json(QJsonObject{{QStringLiteral("firewall"), fw}, {QStringLiteral("actions"), actions}}, 201);
}

}  // namespace

void addFirewallRoutes(SimRouter &router)
{
    router.add("POST", kKind, bodyRoute(create));
    addUpdateRoute(router, kRef);
    addObjectAction(router, kRef, "apply_to_resources", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &firewall) {
        return applyOrRemove(c, id, body, firewall, true);
    });
    addObjectAction(router, kRef, "remove_from_resources", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &firewall) {
        return applyOrRemove(c, id, body, firewall, false);
    });
    addObjectAction(router, kRef, "set_rules", [](RouteContext &c, qint64 id, const QJsonObject &body, QJsonObject &firewall) {
        Problems problems;
        if (!body.value(QLatin1String("rules")).isArray())
            problems.append({QStringLiteral("rules"), QStringLiteral("Missing data for required field.")});
        const QJsonArray rules = checkRules(body.value(QLatin1String("rules")), &problems);
        if (!problems.isEmpty())
            return SimReply::invalidInput(problems);
        QJsonArray actions{startChange(c.project, kRef, id, QStringLiteral("set_firewall_rules"),
                                       [rules](SimProject &, QJsonObject &changed) { changed.insert(QStringLiteral("rules"), rules); })};
        // The servers it is on get the new rules too, each in an action of its own.
        for (const QJsonValue &on : serversOf(firewall))
            actions.append(c.project.actions().start(c.project, QStringLiteral("apply_firewall"),
                                                     {actionResource(QStringLiteral("firewall"), id), actionResource(QStringLiteral("server"), on.toInteger())},
                                                     {}));
        return actionsStarted(actions);
    });
    addDeleteRoute(router, kRef, [](SimProject &, qint64 id, const QJsonObject &fw) -> std::optional<SimReply> {
        if (!fw.value(QLatin1String("applied_to")).toArray().isEmpty())
            return SimReply::error(422, QStringLiteral("resource_in_use"), QStringLiteral("firewall %1 is still applied to resources").arg(id));
        return std::nullopt;
    });
}

}  // namespace hcloud::sim
