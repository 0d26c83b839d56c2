#pragma once

#include "core/sim/labelselector.h"
#include "core/sim/simkinds.h"
#include "core/sim/simproject.h"
#include "core/sim/simreply.h"
#include "core/sim/simrequest.h"

#include <QJsonObject>
#include <QVector>

#include <optional>

namespace hcloud::sim {

class SimProject;

// A list request as the API reads it: name, label_selector, the kind's own
// filters, sort (repeatable, field[:asc|:desc]) and page / per_page
// (default 25, at most the kind's maximum, 50 for most; larger values are clamped).
class ListQuery
{
public:
    // On bad input returns nullopt and puts a 400 invalid_input into *error.
    static std::optional<ListQuery> parse(const SimKind &kind, const QueryParams &query,
                                          SimReply *error);

    // Rows that pass every filter, in the requested order (id ascending
    // breaks ties and is the default).
    // The rows that match, in the requested order; they point into rows.
    QVector<const QJsonObject *> select(const Collection &rows) const;
    QVector<const QJsonObject *> select(const QVector<const QJsonObject *> &inIdOrder) const;

    // The page's answer: {<kind>: [...], meta: {pagination}} and the kind's
    // list extras, plus a Link header with prev / next / last.
    // texts: the project whose cached object texts to use, when rows are its own.
    SimReply page(const SimKind &kind, const QVector<const QJsonObject *> &rows,
                  const SimRequest &request, const SimProject *texts = nullptr) const;

    static constexpr int defaultPerPage = 25;
    static constexpr int maxPerPage = 50;

private:
    struct SortKey
    {
        QString field;
        bool descending = false;
    };

    int m_page = 1;
    int m_perPage = defaultPerPage;
    QVector<SortKey> m_sort;
    QVector<RowFilter> m_filters;
};

}  // namespace hcloud::sim
