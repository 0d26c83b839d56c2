#pragma once

#include <QJsonObject>
#include <QVector>

class QComboBox;

namespace hcloud {

// Fills a combo box with images to build a server from: system images
// grouped by OS flavor, then the project's snapshots and backups. Images of
// another architecture are left out; deprecated ones say since when. Item
// data is the image id.
void fillImageChoice(QComboBox *box, const QVector<QJsonObject> &images, const QString &architecture);

} // namespace hcloud
