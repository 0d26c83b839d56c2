#pragma once

#include "core/sim/queryparams.h"
#include "core/sim/simreply.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace hcloud::sim {

using RowFilter = std::function<bool(const QJsonObject &)>;
// Reads a kind's own filter parameters; an invalid_input reply on bad input.
using FilterParser = std::function<std::optional<SimReply>(const QueryParams &, QVector<RowFilter> *)>;

// How the API lists and fetches one kind of resource. Adding a kind (volumes,
// networks, ...) is one entry here plus seeding; GET /<name> and
// GET /<name>/{id} then work for it.
struct SimKind
{
    QString name;      // collection, URL segment and list key: "servers"
    QString singular;  // key of a single object: "server"
    QStringList sortFields;
    bool hasLabels = false;     // label_selector applies
    bool paginatedList = true;  // false: the kind has its own list route
    FilterParser filters;       // may be empty
    QJsonObject listExtras;     // more top-level fields of a list answer
    int maxPerPage = 50;        // larger per_page values are clamped (rrsets: 100)
};

const QVector<SimKind> &simKinds();
const SimKind *simKind(const QString &name);

}  // namespace hcloud::sim
