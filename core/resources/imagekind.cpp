#include "core/resources/deprecation.h"
#include "core/resources/kindparts.h"
#include "core/resources/resourcestatus.h"

#include <QCoreApplication>

namespace hcloud {

namespace {

QString typeText(const QJsonObject &i)
{
    const QString type = i.value(QLatin1String("type")).toString();
    if (type == QLatin1String("system"))
        return QCoreApplication::translate("hcloud::ImageKind", "System");
    if (type == QLatin1String("snapshot"))
        return QCoreApplication::translate("hcloud::ImageKind", "Snapshot");
    if (type == QLatin1String("backup"))
        return QCoreApplication::translate("hcloud::ImageKind", "Backup");
    if (type == QLatin1String("app"))
        return QCoreApplication::translate("hcloud::ImageKind", "App");
    return json::orDash(type);
}

QString osText(const QJsonObject &i)
{
    const QString flavor = i.value(QLatin1String("os_flavor")).toString();
    const QString version = i.value(QLatin1String("os_version")).toString();
    return json::orDash(version.isEmpty() ? flavor : flavor + QLatin1Char(' ') + version);
}

// Snapshots and backups name the server they came from; system images don't.
QString createdFromText(const QJsonObject &i)
{
    const QString name = json::string(i, QStringLiteral("created_from.name"));
    if (name.isEmpty())
        return json::orDash({});
    return QCoreApplication::translate("hcloud::ImageKind", "%1 (server %2)")
        .arg(name)
        .arg(json::at(i, QStringLiteral("created_from.id")).toLongLong());
}

QString boundToText(const QJsonObject &i, const NameIndex &names)
{
    const QJsonValue server = i.value(QLatin1String("bound_to"));
    // Only backups are bound (to the server they back up).
    return server.isNull() || server.isUndefined()
        ? QCoreApplication::translate("hcloud::ImageKind", "Not bound")
        : json::reference(names, QStringLiteral("servers"), server.toInteger(),
                          QCoreApplication::translate("hcloud::ImageKind", "Server %1").arg(server.toInteger()));
}

ResourceKind makeImageKind()
{
    using namespace kindparts;
    ResourceKind kind;
    kind.id = QStringLiteral("images");
    kind.path = QStringLiteral("/images");
    kind.jsonKey = QStringLiteral("images");
    kind.title = QCoreApplication::translate("hcloud::ImageKind", "Images");
    kind.status = [](const QJsonObject &i) { return i.value(QLatin1String("status")).toString(); };

    const auto status = [](const QJsonObject &i) {
        return imageStatusText(i.value(QLatin1String("status")).toString());
    };
    kind.columns = {
        // Snapshots and backups have no name, only a description.
        textColumn(QStringLiteral("description"), QCoreApplication::translate("hcloud::ImageKind", "Description"),
                   QStringLiteral("description")),
        {QStringLiteral("type"), QCoreApplication::translate("hcloud::ImageKind", "Type"), typeText, {}, {}, false},
        {QStringLiteral("status"), QCoreApplication::translate("hcloud::ImageKind", "Status"), status,
         [](const QJsonObject &i) { return imageStatusOrder(i.value(QLatin1String("status")).toString()); }, {},
         true},
        {QStringLiteral("os"), QCoreApplication::translate("hcloud::ImageKind", "Operating system"), osText, {}, {},
         false},
        textColumn(QStringLiteral("architecture"), QCoreApplication::translate("hcloud::ImageKind", "Architecture"),
                   QStringLiteral("architecture")),
        sizeColumn(QStringLiteral("image_size"), QCoreApplication::translate("hcloud::ImageKind", "Size"),
                   QStringLiteral("image_size")),
        sizeColumn(QStringLiteral("disk_size"), QCoreApplication::translate("hcloud::ImageKind", "Disk size"),
                   QStringLiteral("disk_size")),
        {QStringLiteral("created_from"), QCoreApplication::translate("hcloud::ImageKind", "Created from"),
         createdFromText, {}, {}, false},
        {QStringLiteral("deprecation"), QCoreApplication::translate("hcloud::ImageKind", "Deprecation"),
         [](const QJsonObject &i) { return imageDeprecationText(i); }, {}, {}, false},
        labelsColumn(QCoreApplication::translate("hcloud::ImageKind", "Labels")),
        dateColumn(QStringLiteral("created"), QCoreApplication::translate("hcloud::ImageKind", "Created"),
                   QStringLiteral("created")),
    };

    kind.details = {
        detail(QStringLiteral("id"), QCoreApplication::translate("hcloud::ImageKind", "ID"), text(QStringLiteral("id"))),
        detail(QStringLiteral("name"), QCoreApplication::translate("hcloud::ImageKind", "Name"),
               text(QStringLiteral("name"))),
        detail(QStringLiteral("description"), QCoreApplication::translate("hcloud::ImageKind", "Description"),
               text(QStringLiteral("description"))),
        detail(QStringLiteral("type"), QCoreApplication::translate("hcloud::ImageKind", "Type"), typeText),
        detail(QStringLiteral("status"), QCoreApplication::translate("hcloud::ImageKind", "Status"), status),
        detail(QStringLiteral("os"), QCoreApplication::translate("hcloud::ImageKind", "Operating system"), osText),
        detail(QStringLiteral("architecture"), QCoreApplication::translate("hcloud::ImageKind", "Architecture"),
               text(QStringLiteral("architecture"))),
        detail(QStringLiteral("image_size"), QCoreApplication::translate("hcloud::ImageKind", "Size"),
               gigabytes(QStringLiteral("image_size"))),
        detail(QStringLiteral("disk_size"), QCoreApplication::translate("hcloud::ImageKind", "Disk size"),
               gigabytes(QStringLiteral("disk_size"))),
        detail(QStringLiteral("created_from"), QCoreApplication::translate("hcloud::ImageKind", "Created from"),
               createdFromText),
        detail(QStringLiteral("bound_to"), QCoreApplication::translate("hcloud::ImageKind", "Bound to"), boundToText),
        detail(QStringLiteral("rapid_deploy"), QCoreApplication::translate("hcloud::ImageKind", "Rapid deploy"),
               yesNo(QStringLiteral("rapid_deploy"))),
        detail(QStringLiteral("deprecated"), QCoreApplication::translate("hcloud::ImageKind", "Deprecated"),
               [](const QJsonObject &i) {
                   const QDateTime when = json::dateTime(i, QStringLiteral("deprecated"));
                   return when.isValid() ? QVariant(when.toLocalTime())
                                         : QVariant(QCoreApplication::translate("hcloud::ImageKind", "No"));
               }),
        detail(QStringLiteral("protection"), QCoreApplication::translate("hcloud::ImageKind", "Delete protection"),
               yesNo(QStringLiteral("protection.delete"))),
        detail(QStringLiteral("labels"), QCoreApplication::translate("hcloud::ImageKind", "Labels"), labels()),
        detail(QStringLiteral("created"), QCoreApplication::translate("hcloud::ImageKind", "Created"),
               date(QStringLiteral("created"))),
    };
    return kind;
}

} // namespace

const ResourceKind &imageKind()
{
    // Built on first use so the titles are translated by the installed translator.
    static const ResourceKind kind = makeImageKind();
    return kind;
}

} // namespace hcloud
