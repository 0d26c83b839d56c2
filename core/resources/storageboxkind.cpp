#include "core/resources/kindparts.h"

#include <QCoreApplication>
#include <QLocale>

namespace hcloud {

namespace {

QString statusText(const QJsonObject &b)
{
    const QString status = b.value(QLatin1String("status")).toString();
    if (status == QLatin1String("active"))
        return QCoreApplication::translate("hcloud::StorageBoxKind", "Active");
    if (status == QLatin1String("initializing"))
        return QCoreApplication::translate("hcloud::StorageBoxKind", "Initializing");
    if (status == QLatin1String("locked"))
        return QCoreApplication::translate("hcloud::StorageBoxKind", "Busy");
    return json::orDash(status);
}

qint64 used(const QJsonObject &b)
{
    return b.value(QLatin1String("stats"))[QLatin1String("size")].toInteger();
}

qint64 capacity(const QJsonObject &b)
{
    return b.value(QLatin1String("storage_box_type"))[QLatin1String("size")].toInteger();
}

// Hetzner counts a box's size in binary units and calls them TB and GB, as
// QLocale's traditional format does: a BX21 of 5 * 2^40 bytes is "5 TB".
QString boxSize(qint64 bytes, int precision)
{
    return QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeTraditionalFormat);
}

// "935 GB of 5.0 TB (18 %)": what a person compares with the type.
QString usageText(const QJsonObject &b)
{
    if (b.value(QLatin1String("stats")).isNull() || capacity(b) <= 0)
        return json::orDash(QString());
    return QCoreApplication::translate("hcloud::StorageBoxKind", "%1 of %2 (%3 %)")
        .arg(boxSize(used(b), 1), boxSize(capacity(b), 1))
        .arg(used(b) * 100 / capacity(b));
}

QString sizeText(const QJsonObject &b, const char *field)
{
    const QJsonValue v = b.value(QLatin1String("stats"))[QLatin1String(field)];
    return v.isDouble() ? boxSize(v.toInteger(), 1) : json::orDash(QString());
}

QString typeText(const QJsonObject &b)
{
    const QJsonObject type = b.value(QLatin1String("storage_box_type")).toObject();
    if (type.isEmpty())
        return json::orDash(QString());
    return QCoreApplication::translate("hcloud::StorageBoxKind", "%1 (%2)")
        .arg(type.value(QLatin1String("description")).toString(), boxSize(type.value(QLatin1String("size")).toInteger(), 0));
}

// "SSH, WebDAV, reachable from outside Hetzner": the doors that are open.
QString accessText(const QJsonObject &b)
{
    const QJsonObject a = b.value(QLatin1String("access_settings")).toObject();
    QStringList open;
    if (a.value(QLatin1String("ssh_enabled")).toBool())
        open.append(QCoreApplication::translate("hcloud::StorageBoxKind", "SSH/SFTP"));
    if (a.value(QLatin1String("samba_enabled")).toBool())
        open.append(QCoreApplication::translate("hcloud::StorageBoxKind", "Samba/CIFS"));
    if (a.value(QLatin1String("webdav_enabled")).toBool())
        open.append(QCoreApplication::translate("hcloud::StorageBoxKind", "WebDAV"));
    if (a.value(QLatin1String("zfs_enabled")).toBool())
        open.append(QCoreApplication::translate("hcloud::StorageBoxKind", "ZFS (.zfs folder)"));
    if (open.isEmpty())
        return QCoreApplication::translate("hcloud::StorageBoxKind", "No access enabled");
    open.append(a.value(QLatin1String("reachable_externally")).toBool() ? QCoreApplication::translate("hcloud::StorageBoxKind", "reachable from outside Hetzner")
                                                                         : QCoreApplication::translate("hcloud::StorageBoxKind", "only from Hetzner's network"));
    return open.join(QStringLiteral(", "));
}

ResourceColumn::Value access(const char *key)
{
    return kindparts::yesNo(QStringLiteral("access_settings.") + QLatin1String(key));
}

QString planText(const QJsonObject &b)
{
    const QJsonValue plan = b.value(QLatin1String("snapshot_plan"));
    if (!plan.isObject())
        return QCoreApplication::translate("hcloud::StorageBoxKind", "Off");
    const QJsonObject p = plan.toObject();
    const QString time = QStringLiteral("%1:%2").arg(p.value(QLatin1String("hour")).toInt(), 2, 10, QLatin1Char('0'))
                             .arg(p.value(QLatin1String("minute")).toInt(), 2, 10, QLatin1Char('0'));
    QString when;
    if (p.value(QLatin1String("day_of_month")).isDouble())
        when = QCoreApplication::translate("hcloud::StorageBoxKind", "monthly on day %1 at %2 UTC").arg(p.value(QLatin1String("day_of_month")).toInt()).arg(time);
    else if (p.value(QLatin1String("day_of_week")).isDouble())
        when = QCoreApplication::translate("hcloud::StorageBoxKind", "weekly on %1 at %2 UTC").arg(QLocale().dayName(p.value(QLatin1String("day_of_week")).toInt())).arg(time);
    else
        when = QCoreApplication::translate("hcloud::StorageBoxKind", "daily at %1 UTC").arg(time);
    // The count in a variable of its own: lupdate 6.4 hangs on a call there.
    const int kept = p.value(QLatin1String("max_snapshots")).toInt();
    return QCoreApplication::translate("hcloud::StorageBoxKind", "%1, keeping %n snapshot(s)", nullptr, kept).arg(when);
}

ResourceKind makeStorageBoxKind()
{
    using namespace kindparts;
    ResourceKind kind;
    kind.id = QStringLiteral("storage_boxes");
    kind.path = QStringLiteral("/storage_boxes");
    kind.jsonKey = QStringLiteral("storage_boxes");
    kind.title = QCoreApplication::translate("hcloud::StorageBoxKind", "Storage Boxes");
    kind.api = ResourceKind::Api::Hetzner;
    kind.status = [](const QJsonObject &b) { return b.value(QLatin1String("status")).toString(); };
    kind.columns = {
        textColumn(QStringLiteral("name"), QCoreApplication::translate("hcloud::StorageBoxKind", "Name"), QStringLiteral("name")),
        {QStringLiteral("status"), QCoreApplication::translate("hcloud::StorageBoxKind", "Status"), statusText, {}, {}, true},
        textColumn(QStringLiteral("type"), QCoreApplication::translate("hcloud::StorageBoxKind", "Type"), QStringLiteral("storage_box_type.description")),
        locationColumn(QStringLiteral("location"), QCoreApplication::translate("hcloud::StorageBoxKind", "Location"), QStringLiteral("location")),
        {QStringLiteral("usage"), QCoreApplication::translate("hcloud::StorageBoxKind", "Used"), usageText, [](const QJsonObject &b) { return QVariant(double(used(b))); }, {}, false},
        textColumn(QStringLiteral("username"), QCoreApplication::translate("hcloud::StorageBoxKind", "Username"), QStringLiteral("username")),
        labelsColumn(QCoreApplication::translate("hcloud::StorageBoxKind", "Labels")),
        dateColumn(QStringLiteral("created"), QCoreApplication::translate("hcloud::StorageBoxKind", "Created"), QStringLiteral("created")),
    };
    kind.details = {
        detail(QStringLiteral("id"), QCoreApplication::translate("hcloud::StorageBoxKind", "ID"), text(QStringLiteral("id"))),
        detail(QStringLiteral("name"), QCoreApplication::translate("hcloud::StorageBoxKind", "Name"), text(QStringLiteral("name"))),
        detail(QStringLiteral("status"), QCoreApplication::translate("hcloud::StorageBoxKind", "Status"), statusText),
        detail(QStringLiteral("type"), QCoreApplication::translate("hcloud::StorageBoxKind", "Type"), typeText),
        detail(QStringLiteral("location"), QCoreApplication::translate("hcloud::StorageBoxKind", "Location"), location(QStringLiteral("location"))),
        detail(QStringLiteral("usage"), QCoreApplication::translate("hcloud::StorageBoxKind", "Used"), usageText),
        detail(QStringLiteral("size_data"), QCoreApplication::translate("hcloud::StorageBoxKind", "Data"), [](const QJsonObject &b) { return sizeText(b, "size_data"); }),
        detail(QStringLiteral("size_snapshots"), QCoreApplication::translate("hcloud::StorageBoxKind", "Snapshots"), [](const QJsonObject &b) { return sizeText(b, "size_snapshots"); }),
        detail(QStringLiteral("server"), QCoreApplication::translate("hcloud::StorageBoxKind", "Server"), text(QStringLiteral("server"))),
        detail(QStringLiteral("username"), QCoreApplication::translate("hcloud::StorageBoxKind", "Username"), text(QStringLiteral("username"))),
        detail(QStringLiteral("access"), QCoreApplication::translate("hcloud::StorageBoxKind", "Access"), accessText),
        detail(QStringLiteral("ssh"), QCoreApplication::translate("hcloud::StorageBoxKind", "SSH/SFTP"), access("ssh_enabled")),
        detail(QStringLiteral("samba"), QCoreApplication::translate("hcloud::StorageBoxKind", "Samba/CIFS"), access("samba_enabled")),
        detail(QStringLiteral("webdav"), QCoreApplication::translate("hcloud::StorageBoxKind", "WebDAV"), access("webdav_enabled")),
        detail(QStringLiteral("zfs"), QCoreApplication::translate("hcloud::StorageBoxKind", "ZFS (.zfs folder)"), access("zfs_enabled")),
        detail(QStringLiteral("external"), QCoreApplication::translate("hcloud::StorageBoxKind", "Reachable from outside Hetzner"), access("reachable_externally")),
        detail(QStringLiteral("snapshot_plan"), QCoreApplication::translate("hcloud::StorageBoxKind", "Snapshot plan"), planText),
        detail(QStringLiteral("protection"), QCoreApplication::translate("hcloud::StorageBoxKind", "Delete protection"), yesNo(QStringLiteral("protection.delete"))),
        detail(QStringLiteral("labels"), QCoreApplication::translate("hcloud::StorageBoxKind", "Labels"), labels()),
        detail(QStringLiteral("created"), QCoreApplication::translate("hcloud::StorageBoxKind", "Created"), date(QStringLiteral("created"))),
    };
    return kind;
}

} // namespace

const ResourceKind &storageBoxKind()
{
    // Built on first use so the titles are translated by the installed translator.
    static const ResourceKind kind = makeStorageBoxKind();
    return kind;
}

} // namespace hcloud
