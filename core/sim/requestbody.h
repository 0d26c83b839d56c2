#pragma once

#include "core/sim/simreply.h"
#include "core/sim/simrequest.h"
#include "core/sim/simrouter.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace hcloud::sim {

// What is wrong with a request, as {field, message} pairs in the order
// found; SimReply::invalidInput answers them.
using Problems = QVector<QPair<QString, QString>>;

// The JSON object a write sends; an empty body is {}. Anything else
// answers json_error, as the API does.
std::optional<QJsonObject> requestBody(const SimRequest &request, SimReply *error);

// Hands the request's body to `handler`, or answers json_error.
using BodyHandler = std::function<SimReply(const QJsonObject &body)>;
SimReply withBody(const SimRequest &request, const BodyHandler &handler);
// A route that reads its body before anything else.
using BodyRoute = std::function<SimReply(RouteContext &, const QJsonObject &body)>;
RouteHandler bodyRoute(BodyRoute handler);

// Labels in a request: an object of strings, each key and value as the
// API allows. Appends to *problems ({field, message}) when not.
void checkLabels(const QJsonValue &labels, Problems *problems);

// Every field of the body that is not in `allowed` is a problem: `message`.
void refuseOtherFields(const QJsonObject &body, const QStringList &allowed, const QString &message, Problems *problems);

// The body's name; a problem (`message`) when it is missing or empty.
QString requiredName(const QJsonObject &body, const QString &message, Problems *problems);

}  // namespace hcloud::sim
