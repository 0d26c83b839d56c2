#include "core/sim/simreply.h"

#include "core/sim/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace hcloud::sim {

SimReply SimReply::json(const QJsonObject &object, int status)
{
    SimReply reply;
    reply.status = status;
    reply.body = writeJson(object);
    return reply;
}

SimReply SimReply::error(int status, const QString &code, const QString &message, const QJsonValue &details)
{
    const QJsonObject error{
        {QStringLiteral("code"), code},
        {QStringLiteral("message"), message},
        {QStringLiteral("details"), details},
    };
    return json(QJsonObject{{QStringLiteral("error"), error}}, status);
}

SimReply SimReply::invalidInput(const QString &field, const QString &message)
{
    const QJsonObject fieldEntry{
        {QStringLiteral("name"), field},
        {QStringLiteral("messages"), QJsonArray{message}},
    };
    const QJsonObject details{{QStringLiteral("fields"), QJsonArray{fieldEntry}}};
    return error(400, QStringLiteral("invalid_input"),
                 QStringLiteral("invalid input in field '%1': %2").arg(field, message), details);
}

SimReply SimReply::invalidInput(const QVector<QPair<QString, QString>> &fields)
{
    if (fields.size() == 1)
        return invalidInput(fields.first().first, fields.first().second);
    QJsonArray entries;
    QStringList names;
    for (const auto &[field, message] : fields) {
        entries.append(QJsonObject{{QStringLiteral("name"), field}, {QStringLiteral("messages"), QJsonArray{message}}});
        names.append(field);
    }
    return error(400, QStringLiteral("invalid_input"),
                 QStringLiteral("invalid input in fields '%1'").arg(names.join(QStringLiteral("', '"))),
                 QJsonObject{{QStringLiteral("fields"), entries}});
}

SimReply SimReply::uniquenessError(const QString &field, const QString &message)
{
    const QJsonObject entry{{QStringLiteral("name"), field}, {QStringLiteral("messages"), QJsonArray{message}}};
    return error(409, QStringLiteral("uniqueness_error"), message,
                 QJsonObject{{QStringLiteral("fields"), QJsonArray{entry}}});
}

SimReply SimReply::notFound(const QString &message)
{
    return error(404, QStringLiteral("not_found"), message);
}

void SimReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

}  // namespace hcloud::sim
