#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVector>
#include <functional>

namespace hcloud {

// One column of a resource list, described once per kind.
struct ResourceColumn
{
    using Value = std::function<QVariant(const QJsonObject &)>;

    QString key;       // stable id, e.g. "name"
    QString title;     // translated header
    Value display;     // what the cell shows (text, number or QDateTime)
    Value sortValue;   // what it sorts by; display when empty
    Value toolTip;     // optional
    bool isStatus = false; // the cell gets a status icon (StatusRole)
};

// Everything the generic list model needs to know about a kind of resource.
struct ResourceKind
{
    QString id;        // "servers"
    QString path;      // "/servers"
    QString jsonKey;   // "servers" (list key in the API's answer)
    QString title;     // translated, plural: "Servers"
    QVector<ResourceColumn> columns;
    ResourceColumn::Value status; // machine-readable status, optional

    int columnIndex(const QString &key) const;
};

const ResourceKind &serverKind();

// Small readers for API JSON shared by the column descriptions.
namespace json {
QVariant at(const QJsonObject &object, const QString &dottedPath);
QString string(const QJsonObject &object, const QString &dottedPath);
QDateTime dateTime(const QJsonObject &object, const QString &dottedPath);
QString labelsText(const QJsonObject &labels);
quint32 ipv4Number(const QString &address);
} // namespace json

} // namespace hcloud
