#include "core/resources/kindparts.h"
#include "core/resources/resourcestatus.h"

#include <QCoreApplication>

namespace hcloud {

namespace {

QString attachedServer(const QJsonObject &v, const NameIndex &names)
{
    const QJsonValue server = v.value(QLatin1String("server"));
    return server.isNull() || server.isUndefined()
        ? QCoreApplication::translate("hcloud::VolumeKind", "Not attached")
        : json::reference(names, QStringLiteral("servers"), server.toInteger(),
                          QCoreApplication::translate("hcloud::VolumeKind", "Server %1").arg(server.toInteger()));
}

ResourceKind makeVolumeKind()
{
    using namespace kindparts;
    ResourceKind kind;
    kind.id = QStringLiteral("volumes");
    kind.path = QStringLiteral("/volumes");
    kind.jsonKey = QStringLiteral("volumes");
    kind.title = QCoreApplication::translate("hcloud::VolumeKind", "Volumes");
    kind.status = [](const QJsonObject &v) { return v.value(QLatin1String("status")).toString(); };

    const auto status = [](const QJsonObject &v) {
        return volumeStatusText(v.value(QLatin1String("status")).toString());
    };
    kind.columns = {
        textColumn(QStringLiteral("name"), QCoreApplication::translate("hcloud::VolumeKind", "Name"),
                   QStringLiteral("name")),
        {QStringLiteral("status"), QCoreApplication::translate("hcloud::VolumeKind", "Status"), status,
         [](const QJsonObject &v) { return volumeStatusOrder(v.value(QLatin1String("status")).toString()); },
         {}, true},
        sizeColumn(QStringLiteral("size"), QCoreApplication::translate("hcloud::VolumeKind", "Size"),
                   QStringLiteral("size")),
        {QStringLiteral("server"), QCoreApplication::translate("hcloud::VolumeKind", "Server"), attachedServer,
         number(QStringLiteral("server")), {}, false},
        locationColumn(QStringLiteral("location"), QCoreApplication::translate("hcloud::VolumeKind", "Location"),
                       QStringLiteral("location")),
        textColumn(QStringLiteral("linux_device"), QCoreApplication::translate("hcloud::VolumeKind", "Device"),
                   QStringLiteral("linux_device")),
        labelsColumn(QCoreApplication::translate("hcloud::VolumeKind", "Labels")),
        dateColumn(QStringLiteral("created"), QCoreApplication::translate("hcloud::VolumeKind", "Created"),
                   QStringLiteral("created")),
    };

    kind.details = {
        detail(QStringLiteral("id"), QCoreApplication::translate("hcloud::VolumeKind", "ID"), text(QStringLiteral("id"))),
        detail(QStringLiteral("name"), QCoreApplication::translate("hcloud::VolumeKind", "Name"),
               text(QStringLiteral("name"))),
        detail(QStringLiteral("status"), QCoreApplication::translate("hcloud::VolumeKind", "Status"), status),
        detail(QStringLiteral("size"), QCoreApplication::translate("hcloud::VolumeKind", "Size"),
               gigabytes(QStringLiteral("size"))),
        detail(QStringLiteral("server"), QCoreApplication::translate("hcloud::VolumeKind", "Attached to"),
               attachedServer),
        detail(QStringLiteral("location"), QCoreApplication::translate("hcloud::VolumeKind", "Location"),
               location(QStringLiteral("location"))),
        detail(QStringLiteral("linux_device"), QCoreApplication::translate("hcloud::VolumeKind", "Linux device"),
               text(QStringLiteral("linux_device"))),
        detail(QStringLiteral("format"), QCoreApplication::translate("hcloud::VolumeKind", "Filesystem"),
               [](const QJsonObject &v) {
                   const QString format = json::string(v, QStringLiteral("format"));
                   return format.isEmpty() ? QCoreApplication::translate("hcloud::VolumeKind", "Not formatted")
                                           : format;
               }),
        detail(QStringLiteral("protection"), QCoreApplication::translate("hcloud::VolumeKind", "Delete protection"),
               yesNo(QStringLiteral("protection.delete"))),
        detail(QStringLiteral("labels"), QCoreApplication::translate("hcloud::VolumeKind", "Labels"),
               labels()),
        detail(QStringLiteral("created"), QCoreApplication::translate("hcloud::VolumeKind", "Created"),
               date(QStringLiteral("created"))),
    };
    return kind;
}

} // namespace

const ResourceKind &volumeKind()
{
    // Built on first use so the titles are translated by the installed translator.
    static const ResourceKind kind = makeVolumeKind();
    return kind;
}

} // namespace hcloud
