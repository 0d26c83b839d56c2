#pragma once

#include <QJsonObject>
#include <QString>

namespace hcloud {

// The few fields of an object that decide what it costs a month (a
// server's type, location and backups; a volume's size), so that objects
// that cost the same can be counted together. Empty for what is free.
QJsonObject priceFields(const QString &kindId, const QJsonObject &object);

// Objects that cost the same, counted: their priceFields() and how many.
struct PriceGroup
{
    QJsonObject fields;
    int count = 0;
};

} // namespace hcloud
