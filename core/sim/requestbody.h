#pragma once

#include "core/sim/simreply.h"
#include "core/sim/simrequest.h"

#include <QJsonObject>

#include <optional>

namespace hcloud::sim {

// The JSON object a write sends; an empty body is {}. Anything else
// answers json_error, as the API does.
std::optional<QJsonObject> requestBody(const SimRequest &request, SimReply *error);

// Labels in a request: an object of strings, each key and value as the
// API allows. Appends to *problems ({field, message}) when not.
void checkLabels(const QJsonValue &labels, QVector<QPair<QString, QString>> *problems);

}  // namespace hcloud::sim
