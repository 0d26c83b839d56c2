#pragma once

#include "core/resources/servertype.h"

#include <QJsonObject>
#include <QVector>

class QTreeWidget;
class QTreeWidgetItem;

// The server type lists of New Server and Rescale: a row per type, its
// name in UserRole of the first column, disabled rows saying why.
namespace hcloud::typetree {

enum Column { Name, Spec, Price, Note }; // Rescale shows the difference in Note

QTreeWidgetItem *addRow(QTreeWidget *tree, const ServerTypeInfo &type, const ServerTypeInfo::Offer *offer);
void disable(QTreeWidgetItem *item, const QString &why);
bool select(QTreeWidget *tree, const QString &name); // false when absent or disabled
QString chosen(const QTreeWidget *tree);              // "" when nothing usable is current
QString chosenArchitecture(const QTreeWidget *tree);

// New Server: the types in a location with their notes. The current choice
// stays when it is offered, else the API's recommendation or the first
// offered one is chosen.
void fillForLocation(QTreeWidget *tree, const QVector<QJsonObject> &types, const QString &location);

} // namespace hcloud::typetree
