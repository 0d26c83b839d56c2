#include "core/attention/attentionrules.h"

#include "core/projects/costestimate.h"
#include "core/projects/pricetable.h"
#include "core/resources/actiontext.h"
#include "core/resources/deprecation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace hcloud {

// The rules are free functions; this gives their strings a context of their
// own, one lupdate files them under and translate() looks them up by.
class AttentionRules
{
    Q_DECLARE_TR_FUNCTIONS(hcloud::AttentionRules)
};

namespace {

QString nameOf(const QJsonObject &o)
{
    const QString name = o.value(QLatin1String("name")).toString();
    if (!name.isEmpty())
        return name;
    const QString ip = o.value(QLatin1String("ip")).toString();
    if (!ip.isEmpty())
        return ip;
    const QString description = o.value(QLatin1String("description")).toString();
    return description.isEmpty() ? QString::number(o.value(QLatin1String("id")).toInteger()) : description;
}

QDateTime timeOf(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}

// What one object costs a month, from /pricing; < 0 when it cannot say.
double monthlyOf(const PriceTable &prices, const QString &kind, const QJsonObject &object)
{
    if (prices.isEmpty())
        return -1;
    const CostEstimate estimate = CostEstimate::of(prices, CostEstimate::groupsOf({{kind, {object}}}));
    return estimate.unpriced.isEmpty() ? estimate.monthly : -1;
}

bool asksForBackups(const QJsonObject &server, const QString &label)
{
    const QJsonObject labels = server.value(QLatin1String("labels")).toObject();
    if (label.isEmpty() || !labels.contains(label))
        return false;
    const QString value = labels.value(label).toString().trimmed().toLower();
    // A bare key asks; so does any value but an explicit no.
    return !(value == QLatin1String("false") || value == QLatin1String("no") || value == QLatin1String("off")
             || value == QLatin1String("0") || value == QLatin1String("none"));
}

struct Collector
{
    explicit Collector(const AttentionInput &in) : input(in) {}

    const AttentionInput &input;
    const PriceTable prices{input.pricing};
    QVector<AttentionItem> items;

    void add(AttentionItem::Reason reason, const QString &kind, const QJsonObject &o, const QString &text,
             bool priced = false)
    {
        AttentionItem item;
        item.reason = reason;
        item.kind = kind;
        item.id = o.value(QLatin1String("id")).toInteger();
        item.name = nameOf(o);
        item.text = text;
        if (priced) {
            item.monthly = monthlyOf(prices, kind, o);
            item.currency = prices.currency();
        }
        items.append(item);
    }
    const QVector<QJsonObject> list(const char *kind) const { return input.objects.value(QLatin1String(kind)); }
};

void failedActions(Collector &c)
{
    const QDateTime since = c.input.now.addSecs(-24 * 3600);
    for (const ActionState &a : c.input.actions) {
        if (a.status != QLatin1String("error") || (a.finished.isValid() && a.finished < since)
            || (!a.finished.isValid() && a.started < since))
            continue;
        QString on;
        QString kind; // no link unless the action was on a server
        qint64 id = a.id;
        for (const QJsonValue &r : a.resources) {
            if (r[QLatin1String("type")].toString() == QLatin1String("server")) {
                kind = QStringLiteral("servers");
                id = r[QLatin1String("id")].toInteger();
                on = c.input.serverNames.value(id);
            }
        }
        AttentionItem item;
        item.reason = AttentionItem::Reason::FailedAction;
        item.kind = kind;
        item.id = id;
        item.name = on.isEmpty() ? actionCommandText(a.command) : on;
        item.text = a.error.message.isEmpty()
            ? AttentionRules::tr("%1 failed").arg(actionCommandText(a.command))
            : AttentionRules::tr("%1 failed: %2 (%3)").arg(actionCommandText(a.command), a.error.message, a.error.code);
        c.items.append(item);
    }
}

void loadBalancers(Collector &c)
{
    for (const QJsonObject &lb : c.list("load_balancers")) {
        int unhealthy = 0;
        for (const QJsonValue &target : lb.value(QLatin1String("targets")).toArray()) {
            bool bad = false;
            for (const QJsonValue &h : target[QLatin1String("health_status")].toArray())
                bad = bad || h[QLatin1String("status")].toString() == QLatin1String("unhealthy");
            unhealthy += bad ? 1 : 0;
        }
        if (unhealthy > 0)
            c.add(AttentionItem::Reason::UnhealthyTarget, QStringLiteral("load_balancers"), lb,
                  AttentionRules::tr("%n target(s) unhealthy: traffic goes to the others only", nullptr, unhealthy));
    }
}

void certificates(Collector &c)
{
    const QLocale locale;
    for (const QJsonObject &cert : c.list("certificates")) {
        const QJsonObject status = cert.value(QLatin1String("status")).toObject();
        if (status.value(QLatin1String("issuance")).toString() == QLatin1String("failed")
            || status.value(QLatin1String("renewal")).toString() == QLatin1String("failed")) {
            const QString why = status.value(QLatin1String("error"))[QLatin1String("message")].toString();
            c.add(AttentionItem::Reason::CertificateFailed, QStringLiteral("certificates"), cert,
                  why.isEmpty() ? AttentionRules::tr("Issuing or renewing the certificate failed")
                                : AttentionRules::tr("Issuing or renewing the certificate failed: %1").arg(why));
            continue;
        }
        const QDateTime until = timeOf(cert.value(QLatin1String("not_valid_after")));
        if (until.isValid() && until < c.input.now.addDays(30)) {
            const qint64 days = c.input.now.daysTo(until);
            c.add(AttentionItem::Reason::CertificateExpires, QStringLiteral("certificates"), cert,
                  until < c.input.now ? AttentionRules::tr("Expired on %1").arg(locale.toString(until.date(), QLocale::ShortFormat))
                                      : AttentionRules::tr("Expires in %n day(s), on %1", nullptr, int(days))
                                            .arg(locale.toString(until.date(), QLocale::ShortFormat)));
        }
    }
}

void servers(Collector &c)
{
    for (const QJsonObject &server : c.list("servers")) {
        const QString location = server.value(QLatin1String("location"))[QLatin1String("name")].toString();
        const Deprecation type
            = serverTypeDeprecation(server.value(QLatin1String("server_type")).toObject(), location);
        if (type.isSet())
            c.add(AttentionItem::Reason::DeprecatedServerType, QStringLiteral("servers"), server,
                  AttentionRules::tr("Server type %1 is deprecated (%2): rescale to a current type")
                      .arg(server.value(QLatin1String("server_type"))[QLatin1String("name")].toString(),
                           type.text(c.input.now)));
        const QJsonObject image = server.value(QLatin1String("image")).toObject();
        // An image's "deprecated" is the date it was (a timestamp), or null.
        const QJsonValue imageDeprecated = image.value(QLatin1String("deprecated"));
        if (imageDeprecated.isString() && !imageDeprecated.toString().isEmpty())
            c.add(AttentionItem::Reason::DeprecatedImage, QStringLiteral("servers"), server,
                  AttentionRules::tr("Runs image %1, which is deprecated: plan a rebuild or an upgrade")
                      .arg(image.value(QLatin1String("description")).toString(image.value(QLatin1String("name")).toString())));
        if (asksForBackups(server, c.input.backupLabel) && server.value(QLatin1String("backup_window")).isNull())
            c.add(AttentionItem::Reason::BackupsMissing, QStringLiteral("servers"), server,
                  AttentionRules::tr("Its label “%1” asks for backups, but backups are off").arg(c.input.backupLabel));
    }
}

void idleThings(Collector &c)
{
    for (const QJsonObject &v : c.list("volumes")) {
        if (v.value(QLatin1String("server")).isNull())
            c.add(AttentionItem::Reason::VolumeUnattached, QStringLiteral("volumes"), v,
                  AttentionRules::tr("Not attached to any server, and billed all the same"), true);
    }
    for (const QJsonObject &ip : c.list("floating_ips")) {
        if (ip.value(QLatin1String("server")).isNull())
            c.add(AttentionItem::Reason::FloatingIpUnassigned, QStringLiteral("floating_ips"), ip,
                  AttentionRules::tr("Not assigned to any server, and billed all the same"), true);
    }
    for (const QJsonObject &ip : c.list("primary_ips")) {
        if (ip.value(QLatin1String("assignee_id")).isNull())
            c.add(AttentionItem::Reason::PrimaryIpUnassigned, QStringLiteral("primary_ips"), ip,
                  AttentionRules::tr("Not assigned to any server, and billed all the same"), true);
    }
    const QDateTime old = c.input.now.addDays(-90);
    for (const QJsonObject &image : c.list("images")) {
        if (image.value(QLatin1String("type")).toString() != QLatin1String("snapshot"))
            continue;
        const QDateTime created = timeOf(image.value(QLatin1String("created")));
        if (created.isValid() && created < old)
            c.add(AttentionItem::Reason::OldSnapshot, QStringLiteral("images"), image,
                  AttentionRules::tr("Snapshot taken %n day(s) ago", nullptr, int(created.daysTo(c.input.now))),
                  true);
    }
}

} // namespace

QStringList attentionKinds()
{
    return {QStringLiteral("servers"),     QStringLiteral("volumes"),        QStringLiteral("floating_ips"),
            QStringLiteral("primary_ips"), QStringLiteral("images"),         QStringLiteral("certificates"),
            QStringLiteral("load_balancers")};
}

QVector<AttentionItem> findAttention(const AttentionInput &input)
{
    Collector c{input};
    failedActions(c);
    loadBalancers(c);
    certificates(c);
    servers(c);
    idleThings(c);
    std::stable_sort(c.items.begin(), c.items.end(), [](const AttentionItem &a, const AttentionItem &b) {
        if (a.reason != b.reason)
            return a.reason < b.reason;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return c.items;
}

} // namespace hcloud
