#include "core/sim/firewalls.h"

#include "core/sim/labelselector.h"
#include "core/sim/simproject.h"

#include <QMap>

namespace hcloud::sim {

namespace {

const QString kServersKind = QStringLiteral("servers");

QJsonObject serverRef(qint64 id)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("server")},
                       {QStringLiteral("server"), QJsonObject{{QStringLiteral("id"), id}}}};
}

}  // namespace

QJsonObject appliedToEntry(const QJsonObject &entry)
{
    const QString type = entry.value(QLatin1String("type")).toString();
    if (type == QLatin1String("server")) {
        const qint64 id = entry.value(QLatin1String("server"))[QLatin1String("id")].toInteger();
        return id > 0 ? serverRef(id) : QJsonObject();
    }
    if (type == QLatin1String("label_selector")) {
        const QString selector = entry.value(QLatin1String("label_selector"))[QLatin1String("selector")].toString();
        if (selector.isEmpty())
            return {};
        return QJsonObject{{QStringLiteral("type"), type},
                           {QStringLiteral("label_selector"), QJsonObject{{QStringLiteral("selector"), selector}}},
                           {QStringLiteral("applied_to_resources"), QJsonArray()}};
    }
    return {};
}

void syncFirewalls(SimProject &project)
{
    Collection &servers = project.collection(kServersKind);
    QMap<qint64, QJsonArray> onServer;
    for (QJsonObject &firewall : project.collection(kFirewalls)) {
        const qint64 firewallId = firewall.value(QLatin1String("id")).toInteger();
        const QJsonObject status{{QStringLiteral("id"), firewallId}, {QStringLiteral("status"), QStringLiteral("applied")}};
        QJsonArray appliedTo;
        for (const QJsonValue &value : firewall.value(QLatin1String("applied_to")).toArray()) {
            QJsonObject entry = value.toObject();
            if (entry.value(QLatin1String("type")).toString() == QLatin1String("server")) {
                const qint64 id = entry.value(QLatin1String("server"))[QLatin1String("id")].toInteger();
                if (!servers.contains(id))
                    continue;  // the server is gone, and so is the entry
                if (!onServer[id].contains(status))
                    onServer[id].append(status);
            } else {
                QString error;
                const auto selector = LabelSelector::parse(
                    entry.value(QLatin1String("label_selector"))[QLatin1String("selector")].toString(), &error);
                QJsonArray matched;
                for (auto it = servers.cbegin(); selector && it != servers.cend(); ++it) {
                    if (!selector->matches(it->value(QLatin1String("labels")).toObject()))
                        continue;
                    matched.append(serverRef(it.key()));
                    if (!onServer[it.key()].contains(status))
                        onServer[it.key()].append(status);
                }
                entry.insert(QStringLiteral("applied_to_resources"), matched);
            }
            appliedTo.append(entry);
        }
        firewall.insert(QStringLiteral("applied_to"), appliedTo);
    }
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        QJsonObject publicNet = it->value(QLatin1String("public_net")).toObject();
        const QJsonArray firewalls = onServer.value(it.key());
        if (publicNet.value(QLatin1String("firewalls")).toArray() == firewalls)
            continue;
        publicNet.insert(QStringLiteral("firewalls"), firewalls);
        it->insert(QStringLiteral("public_net"), publicNet);
    }
}

}  // namespace hcloud::sim
