#include "ui/servers/imagechoice.h"

#include "core/resources/deprecation.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QMap>
#include <QStandardItemModel>

namespace hcloud {

namespace {
void addHeading(QComboBox *box, const QString &text)
{
    box->addItem(text);
    auto *model = qobject_cast<QStandardItemModel *>(box->model());
    if (QStandardItem *item = model ? model->item(box->count() - 1) : nullptr) {
        item->setFlags(Qt::NoItemFlags);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
}

QString imageText(const QJsonObject &image)
{
    const QString description = image.value(QLatin1String("description")).toString();
    const QString name = image.value(QLatin1String("name")).toString();
    const QString text = description.isEmpty() ? name
        : name.isEmpty()                       ? description
                                               : QStringLiteral("%1 (%2)").arg(description, name);
    // Still usable, but on its way out: say so, with the date.
    if (image.value(QLatin1String("deprecated")).isString())
        return QCoreApplication::translate("hcloud::ImageChoice", "%1 — %2").arg(text, imageDeprecationText(image));
    return text;
}
} // namespace

void fillImageChoice(QComboBox *box, const QVector<QJsonObject> &images, const QString &architecture)
{
    box->clear();
    QMap<QString, QVector<QJsonObject>> system; // by os_flavor
    QVector<QJsonObject> own[2];                // snapshots, backups
    for (const QJsonObject &image : images) {
        if (!architecture.isEmpty() && image.value(QLatin1String("architecture")).toString() != architecture)
            continue;
        if (image.value(QLatin1String("status")).toString() != QLatin1String("available"))
            continue;
        const QString type = image.value(QLatin1String("type")).toString();
        if (type == QLatin1String("system") || type == QLatin1String("app"))
            system[image.value(QLatin1String("os_flavor")).toString()].append(image);
        else if (type == QLatin1String("snapshot"))
            own[0].append(image);
        else if (type == QLatin1String("backup"))
            own[1].append(image);
    }
    for (auto it = system.cbegin(); it != system.cend(); ++it) {
        QString flavor = it.key();
        if (!flavor.isEmpty())
            flavor[0] = flavor[0].toUpper();
        addHeading(box, flavor);
        for (const QJsonObject &image : it.value())
            box->addItem(QStringLiteral("  ") + imageText(image), image.value(QLatin1String("id")).toInteger());
    }
    const char *titles[] = {QT_TRANSLATE_NOOP("hcloud::ImageChoice", "Snapshots"),
                            QT_TRANSLATE_NOOP("hcloud::ImageChoice", "Backups")};
    for (int i = 0; i < 2; ++i) {
        if (own[i].isEmpty())
            continue;
        addHeading(box, QCoreApplication::translate("hcloud::ImageChoice", titles[i]));
        for (const QJsonObject &image : own[i])
            box->addItem(QStringLiteral("  ") + imageText(image), image.value(QLatin1String("id")).toInteger());
    }
    // Start on the first real image, not a heading.
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemData(i).isValid()) {
            box->setCurrentIndex(i);
            break;
        }
    }
}

} // namespace hcloud
