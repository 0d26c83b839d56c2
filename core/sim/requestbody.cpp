#include "core/sim/requestbody.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace hcloud::sim {

std::optional<QJsonObject> requestBody(const SimRequest &request, SimReply *error)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = SimReply::error(400, QStringLiteral("json_error"),
                                 QStringLiteral("the request body is not a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

SimReply withBody(const SimRequest &request, const BodyHandler &handler)
{
    SimReply error;
    const auto body = requestBody(request, &error);
    return body ? handler(*body) : error;
}

RouteHandler bodyRoute(BodyRoute handler)
{
    return [handler](RouteContext &c) { return withBody(c.request, [&](const QJsonObject &body) { return handler(c, body); }); };
}

void checkLabels(const QJsonValue &labels, Problems *problems)
{
    if (labels.isUndefined() || labels.isNull())
        return;
    if (!labels.isObject()) {
        problems->append({QStringLiteral("labels"), QStringLiteral("must be an object")});
        return;
    }
    static const QRegularExpression part(QStringLiteral("^([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?$"));
    const QJsonObject object = labels.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString name = it.key().section(QLatin1Char('/'), -1);
        if (name.isEmpty() || !part.match(name).hasMatch() || !it.value().isString()
            || !part.match(it.value().toString()).hasMatch()) {
            problems->append({QStringLiteral("labels"), QStringLiteral("invalid label '%1'").arg(it.key())});
            return;
        }
    }
}

void refuseOtherFields(const QJsonObject &body, const QStringList &allowed, const QString &message, Problems *problems)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key()))
            problems->append({it.key(), message});
    }
}

QString requiredName(const QJsonObject &body, const QString &message, Problems *problems)
{
    const QString name = body.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        problems->append({QStringLiteral("name"), message});
    return name;
}

}  // namespace hcloud::sim
