#include "core/resources/kindparts.h"
#include "core/resources/resourcestatus.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hcloud {

namespace {

QString typeText(const QJsonObject &c)
{
    const QString type = c.value(QLatin1String("type")).toString();
    if (type == QLatin1String("managed"))
        return QCoreApplication::translate("hcloud::CertificateKind", "Managed");
    if (type == QLatin1String("uploaded"))
        return QCoreApplication::translate("hcloud::CertificateKind", "Uploaded");
    return json::orDash(type);
}

QString usedByText(const QJsonObject &c, const NameIndex &names)
{
    QStringList parts;
    for (const QJsonValue &value : c.value(QLatin1String("used_by")).toArray()) {
        const QJsonObject u = value.toObject();
        const qint64 id = u.value(QLatin1String("id")).toInteger();
        parts.append(u.value(QLatin1String("type")).toString() == QLatin1String("load_balancer")
                         ? json::reference(names, QStringLiteral("load_balancers"), id,
                                           QCoreApplication::translate("hcloud::CertificateKind", "Load Balancer %1").arg(id))
                         : json::reference(names, QStringLiteral("servers"), id,
                                           QCoreApplication::translate("hcloud::CertificateKind", "Server %1").arg(id)));
    }
    return parts.isEmpty() ? QCoreApplication::translate("hcloud::CertificateKind", "Not in use")
                           : parts.join(QStringLiteral(", "));
}

QString errorText(const QJsonObject &c)
{
    const QString message = json::string(c, QStringLiteral("status.error.message"));
    return message.isEmpty() ? QCoreApplication::translate("hcloud::CertificateKind", "None") : message;
}

ResourceKind makeCertificateKind()
{
    using namespace kindparts;
    ResourceKind kind;
    kind.id = QStringLiteral("certificates");
    kind.path = QStringLiteral("/certificates");
    kind.jsonKey = QStringLiteral("certificates");
    kind.title = QCoreApplication::translate("hcloud::CertificateKind", "Certificates");
    kind.status = [](const QJsonObject &c) { return certificateState(c); };

    const auto state = [](const QJsonObject &c) { return certificateStateText(certificateState(c)); };
    const auto domains = [](const QJsonObject &c) { return json::orDash(json::joined(c, QStringLiteral("domain_names"))); };
    kind.columns = {
        textColumn(QStringLiteral("name"), QCoreApplication::translate("hcloud::CertificateKind", "Name"),
                   QStringLiteral("name")),
        {QStringLiteral("type"), QCoreApplication::translate("hcloud::CertificateKind", "Type"), typeText, {}, {},
         false},
        {QStringLiteral("status"), QCoreApplication::translate("hcloud::CertificateKind", "Status"), state,
         [](const QJsonObject &c) { return certificateStateOrder(certificateState(c)); }, errorText, true},
        {QStringLiteral("domain_names"), QCoreApplication::translate("hcloud::CertificateKind", "Domains"), domains,
         {},
         [](const QJsonObject &c) {
             QStringList names = json::at(c, QStringLiteral("domain_names")).toStringList();
             names.sort();
             return names.join(QLatin1Char('\n'));
         },
         false},
        dateColumn(QStringLiteral("not_valid_after"), QCoreApplication::translate("hcloud::CertificateKind", "Valid until"),
                   QStringLiteral("not_valid_after")),
        {QStringLiteral("used_by"), QCoreApplication::translate("hcloud::CertificateKind", "Used by"),
         [](const QJsonObject &c) { return json::count(c, QStringLiteral("used_by")); }, {}, usedByText, false},
        labelsColumn(QCoreApplication::translate("hcloud::CertificateKind", "Labels")),
        dateColumn(QStringLiteral("created"), QCoreApplication::translate("hcloud::CertificateKind", "Created"),
                   QStringLiteral("created")),
    };

    kind.details = {
        detail(QStringLiteral("id"), QCoreApplication::translate("hcloud::CertificateKind", "ID"),
               text(QStringLiteral("id"))),
        detail(QStringLiteral("name"), QCoreApplication::translate("hcloud::CertificateKind", "Name"),
               text(QStringLiteral("name"))),
        detail(QStringLiteral("type"), QCoreApplication::translate("hcloud::CertificateKind", "Type"), typeText),
        detail(QStringLiteral("status"), QCoreApplication::translate("hcloud::CertificateKind", "Status"), state),
        detail(QStringLiteral("error"), QCoreApplication::translate("hcloud::CertificateKind", "Last error"), errorText),
        detail(QStringLiteral("domain_names"), QCoreApplication::translate("hcloud::CertificateKind", "Domains"),
               domains),
        detail(QStringLiteral("not_valid_before"),
               QCoreApplication::translate("hcloud::CertificateKind", "Valid from"), date(QStringLiteral("not_valid_before"))),
        detail(QStringLiteral("not_valid_after"),
               QCoreApplication::translate("hcloud::CertificateKind", "Valid until"), date(QStringLiteral("not_valid_after"))),
        detail(QStringLiteral("fingerprint"), QCoreApplication::translate("hcloud::CertificateKind", "Fingerprint"),
               text(QStringLiteral("fingerprint"))),
        detail(QStringLiteral("used_by"), QCoreApplication::translate("hcloud::CertificateKind", "Used by"), usedByText),
        detail(QStringLiteral("labels"), QCoreApplication::translate("hcloud::CertificateKind", "Labels"), labels()),
        detail(QStringLiteral("created"), QCoreApplication::translate("hcloud::CertificateKind", "Created"),
               date(QStringLiteral("created"))),
    };
    return kind;
}

} // namespace

const ResourceKind &certificateKind()
{
    // Built on first use so the titles are translated by the installed translator.
    static const ResourceKind kind = makeCertificateKind();
    return kind;
}

} // namespace hcloud
