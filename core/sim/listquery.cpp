#include "core/sim/listquery.h"

#include "core/sim/jsonwriter.h"
#include "core/sim/simproject.h"

#include <QJsonArray>

#include <algorithm>

namespace hcloud::sim {

namespace {

std::optional<int> positiveInt(const QString &text)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < 1)
        return std::nullopt;
    return int(std::min<qlonglong>(value, 1000000000));
}

// Numbers by value, strings by text, null before anything else.
int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    const bool aNull = a.isNull() || a.isUndefined();
    const bool bNull = b.isNull() || b.isUndefined();
    if (aNull || bNull)
        return aNull == bNull ? 0 : (aNull ? -1 : 1);
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    return a.toString().compare(b.toString());
}

// A field at a dotted path: Storage Boxes sort by "stats.size".
QJsonValue fieldAt(const QJsonObject &object, const QString &field)
{
    if (!field.contains(QLatin1Char('.')))
        return object.value(field);
    QJsonValue value = object;
    for (const QString &part : field.split(QLatin1Char('.')))
        value = value.toObject().value(part);
    return value;
}

QJsonValue intOrNull(int value, bool present)
{
    return present ? QJsonValue(value) : QJsonValue();
}

}  // namespace

std::optional<ListQuery> ListQuery::parse(const SimKind &kind, const QueryParams &query, SimReply *error)
{
    ListQuery q;

    if (query.contains(QStringLiteral("page"))) {
        const auto page = positiveInt(query.value(QStringLiteral("page")));
        if (!page) {
            *error = SimReply::invalidInput(QStringLiteral("page"),
                                            QStringLiteral("must be an integer of at least 1"));
            return std::nullopt;
        }
        q.m_page = *page;
    }
    if (query.contains(QStringLiteral("per_page"))) {
        const auto perPage = positiveInt(query.value(QStringLiteral("per_page")));
        if (!perPage) {
            *error = SimReply::invalidInput(QStringLiteral("per_page"),
                                            QStringLiteral("must be an integer of at least 1"));
            return std::nullopt;
        }
        q.m_perPage = std::min(*perPage, kind.maxPerPage);
    }

    for (const QString &sort : query.values(QStringLiteral("sort"))) {
        const QStringList parts = sort.split(QLatin1Char(':'));
        SortKey key{parts.first(), false};
        const bool directionOk = parts.size() == 1
            || (parts.size() == 2 && (parts[1] == QLatin1String("asc") || parts[1] == QLatin1String("desc")));
        if (!directionOk || !kind.sortFields.contains(key.field)) {
            *error = SimReply::invalidInput(
                QStringLiteral("sort"),
                QStringLiteral(
                    "'%1' is not a valid sort; use one of %2, each optionally followed by :asc or :desc")
                    .arg(sort, kind.sortFields.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        key.descending = parts.size() == 2 && parts[1] == QLatin1String("desc");
        q.m_sort.append(key);
    }

    if (query.contains(QStringLiteral("name"))) {
        const QString name = query.value(QStringLiteral("name"));
        q.m_filters.append(
            [name](const QJsonObject &row) { return row.value(QStringLiteral("name")).toString() == name; });
    }

    if (kind.hasLabels && query.contains(QStringLiteral("label_selector"))) {
        QString message;
        const auto selector = LabelSelector::parse(query.value(QStringLiteral("label_selector")), &message);
        if (!selector) {
            *error = SimReply::invalidInput(QStringLiteral("label_selector"), message);
            return std::nullopt;
        }
        if (!selector->isEmpty()) {
            q.m_filters.append([s = *selector](const QJsonObject &row) {
                return s.matches(row.value(QStringLiteral("labels")).toObject());
            });
        }
    }

    if (kind.filters) {
        if (auto failure = kind.filters(query, &q.m_filters)) {
            *error = *failure;
            return std::nullopt;
        }
    }
    return q;
}

QVector<const QJsonObject *> ListQuery::select(const Collection &rows) const
{
    QVector<const QJsonObject *> all;
    all.reserve(rows.size());
    for (const QJsonObject &row : rows)  // QMap: id ascending
        all.append(&row);
    return select(all);
}

QVector<const QJsonObject *> ListQuery::select(const QVector<const QJsonObject *> &inIdOrder) const
{
    // Pointers, not copies: a page of 50 out of 10,000 must not copy 10,000.
    if (m_filters.isEmpty() && m_sort.isEmpty())
        return inIdOrder;
    QVector<const QJsonObject *> result;
    result.reserve(inIdOrder.size());
    for (const QJsonObject *row : inIdOrder) {
        const bool keep = std::all_of(m_filters.cbegin(), m_filters.cend(),
                                      [row](const RowFilter &f) { return f(*row); });
        if (keep)
            result.append(row);
    }
    if (!m_sort.isEmpty()) {
        std::stable_sort(result.begin(), result.end(), [this](const QJsonObject *a, const QJsonObject *b) {
            for (const SortKey &key : m_sort) {
                const int c = compareValues(fieldAt(*a, key.field), fieldAt(*b, key.field));
                if (c != 0)
                    return key.descending ? c > 0 : c < 0;
            }
            return false;
        });
    }
    return result;
}

SimReply ListQuery::page(const SimKind &kind, const QVector<const QJsonObject *> &rows,
                         const SimRequest &request, const SimProject *texts) const
{
    const int total = int(rows.size());
    const int lastPage = std::max(1, (total + m_perPage - 1) / m_perPage);
    const qsizetype first = qsizetype(m_page - 1) * m_perPage;


    const bool hasPrevious = m_page > 1;
    const bool hasNext = m_page < lastPage;
    const QJsonObject pagination{
        {QStringLiteral("page"), m_page},
        {QStringLiteral("per_page"), m_perPage},
        {QStringLiteral("previous_page"), intOrNull(m_page - 1, hasPrevious)},
        {QStringLiteral("next_page"), intOrNull(m_page + 1, hasNext)},
        {QStringLiteral("last_page"), lastPage},
        {QStringLiteral("total_entries"), total},
    };
    // Written by hand so that each object's text can come from the project's
    // cache: a page of 50 servers is 170 KB to write.
    QByteArray body = "{";
    for (auto it = kind.listExtras.constBegin(); it != kind.listExtras.constEnd(); ++it) {
        appendJsonString(body, it.key());
        body += ':';
        appendJson(body, it.value());
        body += ',';
    }
    appendJsonString(body, kind.name);
    body += ":[";
    for (qsizetype i = first; i < total && i < first + m_perPage; ++i) {
        if (i > first)
            body += ',';
        body += texts ? texts->serialized(kind.name, rows.at(i)) : writeJson(*rows.at(i));
    }
    body += "],\"meta\":";
    body += writeJson(QJsonObject{{QStringLiteral("pagination"), pagination}});
    body += '}';
    SimReply reply;
    reply.body = body;

    const QByteArray base
        = (request.endpoint + QLatin1Char('/') + request.path.join(QLatin1Char('/'))).toUtf8() + '?';
    auto link = [&](int page, const char *rel) {
        return '<' + base + request.query.encodedWith(QStringLiteral("page"), QString::number(page))
            + ">; rel=\"" + rel + '"';
    };
    QList<QByteArray> links;
    if (hasPrevious)
        links.append(link(m_page - 1, "prev"));
    if (hasNext)
        links.append(link(m_page + 1, "next"));
    links.append(link(lastPage, "last"));
    reply.setHeader("Link", links.join(", "));
    return reply;
}

}  // namespace hcloud::sim
