#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace hcloud::sim {

// Compact JSON as QJsonDocument::toJson(Compact) writes it, several times
// faster: a page of 50 servers is 170 KB, and Qt's writer made the
// simulator the slowest part of listing 10,000.
QByteArray writeJson(const QJsonObject &object);
void appendJson(QByteArray &out, const QJsonValue &value);
void appendJsonString(QByteArray &out, const QString &text);

}  // namespace hcloud::sim
