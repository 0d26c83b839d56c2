#pragma once

#include "core/resources/nameindex.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVector>
#include <functional>
#include <type_traits>

namespace hcloud {

// What a column or detail shows for an object, given the names of the
// objects it may refer to (a volume's server). Every caller passes the
// names; a value that refers to nothing is written as a function of the
// object alone.
class ColumnValue
{
public:
    using Function = std::function<QVariant(const QJsonObject &, const NameIndex &)>;

    ColumnValue() = default;
    template <typename F, std::enable_if_t<!std::is_same_v<std::decay_t<F>, ColumnValue>
                                               && std::is_invocable_v<const F &, const QJsonObject &, const NameIndex &>,
                                           int> = 0>
    ColumnValue(F function) : m_function(std::move(function))
    {
    }
    template <typename F, std::enable_if_t<std::is_invocable_v<const F &, const QJsonObject &>, int> = 0>
    ColumnValue(F function)
        : m_function([f = std::move(function)](const QJsonObject &object, const NameIndex &) -> QVariant {
            return f(object);
        })
    {
    }

    QVariant operator()(const QJsonObject &object, const NameIndex &names) const { return m_function(object, names); }
    explicit operator bool() const { return bool(m_function); }

private:
    Function m_function;
};

// One column of a resource list, described once per kind.
struct ResourceColumn
{
    using Value = ColumnValue;

    QString key;       // stable id, e.g. "name"
    QString title;     // translated header
    Value display;     // what the cell shows (text, number or QDateTime)
    Value sortValue;   // what it sorts by; display when empty
    Value toolTip;     // optional
    bool isStatus = false; // the cell gets a status icon (StatusRole)
};

// One line of a details panel: a title and the value it shows for an object.
struct DetailField
{
    QString key;                 // stable id, e.g. "linux_device"
    QString title;               // translated label
    ResourceColumn::Value value; // text, number or QDateTime
};

// Everything the generic list model needs to know about a kind of resource.
struct ResourceKind
{
    // Which of Hetzner's APIs serves the kind: the Cloud API, or the
    // Hetzner API (Storage Boxes), with the same project token.
    enum class Api { Cloud, Hetzner };

    QString id;        // "servers"
    QString path;      // "/servers"
    QString jsonKey;   // "servers" (list key in the API's answer)
    QString title;     // translated, plural: "Servers"
    QVector<ResourceColumn> columns;
    ResourceColumn::Value status; // machine-readable status, optional
    QVector<DetailField> details; // what a details panel shows, in order
    Api api = Api::Cloud;

    int columnIndex(const QString &key) const;
};

const ResourceKind &serverKind();
const ResourceKind &volumeKind();
const ResourceKind &loadBalancerKind();
const ResourceKind &primaryIpKind();
const ResourceKind &floatingIpKind();
const ResourceKind &networkKind();
const ResourceKind &firewallKind();
const ResourceKind &sshKeyKind();
const ResourceKind &certificateKind();
const ResourceKind &imageKind();
const ResourceKind &placementGroupKind();
const ResourceKind &isoKind();
const ResourceKind &zoneKind();
const ResourceKind &storageBoxKind();

// Every kind, servers first, then in the Hetzner Console's order.
const QVector<const ResourceKind *> &resourceKinds();
// The kind with that id ("volumes"), or nullptr.
const ResourceKind *resourceKindById(const QString &id);
// The API a request path goes to, by its first segment's kind
// ("/storage_boxes/7/snapshots": Hetzner); the Cloud API for the rest.
ResourceKind::Api apiOfPath(const QString &path);

// Small readers for API JSON shared by the column descriptions.
namespace json {
QVariant at(const QJsonObject &object, const QString &dottedPath);
QString string(const QJsonObject &object, const QString &dottedPath);
QDateTime dateTime(const QJsonObject &object, const QString &dottedPath);
QString labelsText(const QJsonObject &labels);
quint32 ipv4Number(const QString &address);
// Sorts IPv4 before IPv6 and both numerically; "/64" and the like count too.
QString ipSortKey(const QString &addressOrRange);
// Joins the strings of an array (at a dotted path), sorted.
QString joined(const QJsonObject &object, const QString &dottedPath);
// The number of entries of an array (at a dotted path).
int count(const QJsonObject &object, const QString &dottedPath);
// A dash for a field the API left null, so an empty cell never looks like missing data.
QString orDash(const QString &text);
// The name of the object of that kind with that id, from `names`;
// `fallback` ("Server 42") when it is not known.
QString reference(const NameIndex &names, const QString &kindId, qint64 id, const QString &fallback);
} // namespace json

} // namespace hcloud
