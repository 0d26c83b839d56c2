#include "ui/servers/typetree.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTreeWidget>

namespace hcloud::typetree {

namespace {
// The texts were New Server's; their context stays so translations apply.
QString text(const char *source)
{
    return QCoreApplication::translate("hcloud::CreateServerDialog", source);
}

QString whyNotOffered(const ServerTypeInfo::Offer *offer, const QString &location, const QDateTime &now)
{
    if (!offer)
        return text(QT_TRANSLATE_NOOP("hcloud::CreateServerDialog", "Not offered in %1.")).arg(location);
    if (!offer->available)
        return text(QT_TRANSLATE_NOOP("hcloud::CreateServerDialog", "Sold out in %1 for now.")).arg(location);
    if (offer->deprecation.isOver(now))
        return text(QT_TRANSLATE_NOOP("hcloud::CreateServerDialog", "No longer offered in %1 since %2."))
            .arg(location, QLocale().toString(offer->deprecation.unavailableAfter.toLocalTime().date(), QLocale::ShortFormat));
    return {};
}
} // namespace

QTreeWidgetItem *addRow(QTreeWidget *tree, const ServerTypeInfo &type, const ServerTypeInfo::Offer *offer)
{
    auto *item = new QTreeWidgetItem(tree);
    item->setText(Name, type.name);
    item->setData(Name, Qt::UserRole, type.name);
    item->setData(Name, Qt::UserRole + 1, type.architecture);
    item->setText(Spec, type.specText());
    if (offer) {
        item->setText(Price, formatEuro(offer->monthly));
        item->setData(Price, Qt::UserRole, offer->monthly);
        item->setTextAlignment(Price, Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}

void disable(QTreeWidgetItem *item, const QString &why)
{
    item->setDisabled(true);
    for (int c = Name; c <= Note; ++c)
        item->setToolTip(c, why);
}

bool select(QTreeWidget *tree, const QString &name)
{
    const auto items = tree->findItems(name, Qt::MatchExactly, Name);
    if (items.isEmpty() || items.first()->isDisabled())
        return false;
    tree->setCurrentItem(items.first());
    return true;
}

QString chosen(const QTreeWidget *tree)
{
    const QTreeWidgetItem *item = tree->currentItem();
    return item && !item->isDisabled() ? item->data(Name, Qt::UserRole).toString() : QString();
}

QString chosenArchitecture(const QTreeWidget *tree)
{
    const QTreeWidgetItem *item = tree->currentItem();
    return item ? item->data(Name, Qt::UserRole + 1).toString() : QString();
}

void fillForLocation(QTreeWidget *tree, const QVector<QJsonObject> &types, const QString &location)
{
    const QString current = chosen(tree);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTreeWidgetItem *recommended = nullptr;
    tree->clear();
    for (const QJsonObject &json : types) {
        const ServerTypeInfo type = ServerTypeInfo::fromJson(json);
        const ServerTypeInfo::Offer *offer = type.offerIn(location);
        QTreeWidgetItem *item = addRow(tree, type, offer);
        if (offer)
            item->setText(Note, offer->note(now));
        const QString why = whyNotOffered(offer, location, now);
        if (!why.isEmpty())
            disable(item, why);
        else if (offer->recommended && !recommended)
            recommended = item;
    }
    // The API's recommendation for the location goes first when nothing was chosen.
    if (!select(tree, current) && recommended) {
        tree->setCurrentItem(recommended);
    } else if (chosen(tree).isEmpty()) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (!tree->topLevelItem(i)->isDisabled()) {
                tree->setCurrentItem(tree->topLevelItem(i));
                break;
            }
        }
    }
}

} // namespace hcloud::typetree
