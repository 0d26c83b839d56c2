#pragma once

#include <QString>

namespace hcloud {

// The API's server statuses in words, and an order that groups them sensibly.
QString serverStatusText(const QString &status);
int serverStatusOrder(const QString &status);

} // namespace hcloud
