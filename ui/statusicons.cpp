#include "ui/statusicons.h"

#include "core/models/modelroles.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace hcloud {

namespace {
QColor statusColor(const QString &status)
{
    // The API's words: servers, volumes, images, health, certificates, DNS
    // zones ("ok"), Storage Boxes ("active"), actions and firewall rules.
    static const QStringList good = {QStringLiteral("running"), QStringLiteral("available"),
                                     QStringLiteral("healthy"), QStringLiteral("valid"), QStringLiteral("active"),
                                     QStringLiteral("ok"), QStringLiteral("success"), QStringLiteral("applied")};
    static const QStringList bad = {QStringLiteral("deleting"), QStringLiteral("unknown"), QStringLiteral("unhealthy"),
                                    QStringLiteral("expired"), QStringLiteral("issuance_failed"),
                                    QStringLiteral("renewal_failed"), QStringLiteral("failed"),
                                    QStringLiteral("unavailable"), QStringLiteral("error")};
    if (good.contains(status))
        return QColor(0x2e, 0xa0, 0x43);
    if (status == QLatin1String("off"))
        return QColor(0x8a, 0x8f, 0x98);
    if (bad.contains(status))
        return QColor(0xd0, 0x3b, 0x3b);
    return QColor(0xe0, 0x9b, 0x1a); // starting, stopping, rebuilding, ...
}

QPixmap dot(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(130), 1));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
    return pixmap;
}
} // namespace

QIcon statusIcon(const QString &status)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(status);
    if (it == cache.end()) {
        QIcon icon;
        for (int size : {12, 16, 24, 32})
            icon.addPixmap(dot(statusColor(status), size));
        it = cache.insert(status, icon);
    }
    return *it;
}

QVariant StatusIconProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == m_column)
        return statusIcon(QIdentityProxyModel::data(index, StatusRole).toString());
    return QIdentityProxyModel::data(index, role);
}

} // namespace hcloud
