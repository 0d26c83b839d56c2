#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QPair>
#include <QString>
#include <QVector>

namespace hcloud::sim {

// One API answer: status, JSON body and headers, before it goes on the wire.
struct SimReply
{
    int status = 200;
    QByteArray body;  // empty for 204
    QVector<QPair<QByteArray, QByteArray>> headers;

    static SimReply json(const QJsonObject &object, int status = 200);

    // {"error": {"code", "message", "details"}} as the API sends it.
    static SimReply error(int status, const QString &code, const QString &message,
                          const QJsonValue &details = QJsonValue::Null);
    // 400 invalid_input; details carry fields[{name, messages[]}].
    static SimReply invalidInput(const QString &field, const QString &message);
    // The same for several fields at once: {field, message} pairs.
    static SimReply invalidInput(const QVector<QPair<QString, QString>> &fields);
    static SimReply notFound(const QString &message);
    // 409 uniqueness_error naming the field that must be unique.
    static SimReply uniquenessError(const QString &field, const QString &message);

    void setHeader(const QByteArray &name, const QByteArray &value);
};

}  // namespace hcloud::sim
