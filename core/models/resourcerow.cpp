#include "core/models/resourcerow.h"

#include "core/api/jsonparse.h"
#include "core/resources/pricefields.h"
#include "core/resources/resourcekind.h"

#include <QDateTime>
#include <QJsonDocument>

#include <simdjson.h>

namespace hcloud {

namespace {

QString searchText(const QVector<QVariant> &cells)
{
    QString text;
    for (const QVariant &cell : cells) {
        if (cell.typeId() == QMetaType::QDateTime)
            continue; // dates are not what people type in a filter
        text += cell.toString();
        text += QLatin1Char('\n');
    }
    return text.toLower();
}

int optionalInt(simdjson::dom::object pagination, const char *key)
{
    int64_t n = 0;
    if (pagination[key].get_int64().get(n) != simdjson::SUCCESS)
        return -1; // absent, null or not a whole number
    return int(qBound(int64_t(-1), n, int64_t(std::numeric_limits<int>::max())));
}

} // namespace

QJsonObject RowData::object() const
{
    return QJsonDocument::fromJson(json).object();
}

const QVariant &RowData::sortKey(int column) const
{
    const QVariant &key = sortKeys.at(column);
    return key.isValid() ? key : cells.at(column);
}

ResourceRow buildRow(const ResourceKind &kind, const QJsonObject &object, QByteArray json, const NameIndex &names)
{
    auto row = std::make_shared<RowData>();
    row->id = object.value(QLatin1String("id")).toInteger();
    row->name = object.value(QLatin1String("name")).toString();
    row->cells.reserve(kind.columns.size());
    row->sortKeys.reserve(kind.columns.size());
    for (const ResourceColumn &column : kind.columns) {
        row->cells.append(column.display(object, names));
        row->sortKeys.append(column.sortValue ? column.sortValue(object, names) : QVariant());
    }
    if (kind.status)
        row->status = kind.status(object, names).toString();
    row->search = searchText(row->cells);
    const QJsonObject price = priceFields(kind.id, object);
    if (!price.isEmpty())
        row->priceKey = QJsonDocument(price).toJson(QJsonDocument::Compact);
    row->json = std::move(json);
    return row;
}

ResourceRow buildRow(const ResourceKind &kind, const QJsonObject &object, const NameIndex &names)
{
    return buildRow(kind, object, QJsonDocument(object).toJson(QJsonDocument::Compact), names);
}

RawItems splitListPage(const QByteArray &body, const QString &jsonKey)
{
    RawItems out;
    // The DOM parser validates the whole answer with the fastest kernel
    // this processor has; one per worker thread keeps its buffers.
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(body.constData(), size_t(body.size())).get(root) != simdjson::SUCCESS)
        return {{}, {}, -1, -1, -1, QStringLiteral("the answer is not valid JSON")};
    simdjson::dom::object object;
    if (root.get_object().get(object) != simdjson::SUCCESS)
        return {{}, {}, -1, -1, -1, QStringLiteral("the answer is not a JSON object")};
    simdjson::dom::array list;
    if (object[jsonKey.toStdString()].get_array().get(list) != simdjson::SUCCESS)
        return {{}, {}, -1, -1, -1, QStringLiteral("the answer has no list \"%1\"").arg(jsonKey)};
    simdjson::dom::object pagination;
    if (object.at_pointer("/meta/pagination").get_object().get(pagination) == simdjson::SUCCESS) {
        out.lastPage = optionalInt(pagination, "last_page");
        out.nextPage = optionalInt(pagination, "next_page");
        out.totalEntries = optionalInt(pagination, "total_entries");
    }
    out.items.reserve(qsizetype(list.size()));
    for (simdjson::dom::element item : list) {
        const int position = int(out.items.size()) + 1;
        if (!item.is_object())
            return {{}, {}, -1, -1, -1, QStringLiteral("item %1 of the list is not an object").arg(position)};
        // Rows are told apart by id: a positive whole number, or a name.
        // Exactly one: with two, this check and the row's parser (which
        // keeps the last) would read different ids.
        simdjson::dom::element id;
        int ids = 0;
        for (const simdjson::dom::key_value_pair field : simdjson::dom::object(item)) {
            if (field.key == "id" && ++ids == 1)
                id = field.value;
        }
        int64_t number = 0;
        std::string_view text;
        const bool valid = ids == 1
            && ((id.get_int64().get(number) == simdjson::SUCCESS && number > 0)
                || (id.get_string().get(text) == simdjson::SUCCESS && !text.empty()));
        if (!valid)
            return {{}, {}, -1, -1, -1, QStringLiteral("item %1 of the list has no valid id").arg(position)};
        const std::string compact = simdjson::minify(item);
        out.items.append(QByteArray(compact.data(), qsizetype(compact.size())));
        const std::string key = simdjson::minify(id);
        out.ids.append(QByteArray(key.data(), qsizetype(key.size())));
    }
    return out;
}

PageReader rawPageReader(const QString &jsonKey)
{
    return [jsonKey](const QByteArray &body) -> std::shared_ptr<ListPage> {
        auto page = std::make_shared<RawPage>();
        page->raw = splitListPage(body, jsonKey);
        page->lastPage = page->raw.lastPage;
        page->nextPage = page->raw.nextPage;
        page->totalEntries = page->raw.totalEntries;
        page->error = page->raw.error;
        page->itemCount = int(page->raw.items.size());
        return page;
    };
}

PageReader rowPageReader(const ResourceKind &kind, const NameIndex &names)
{
    // Kinds are static descriptions: safe to share with the workers.
    const ResourceKind *k = &kind;
    return [k, names](const QByteArray &body) -> std::shared_ptr<ListPage> {
        auto page = std::make_shared<RowPage>();
        RawItems raw = splitListPage(body, k->jsonKey);
        page->lastPage = raw.lastPage;
        page->nextPage = raw.nextPage;
        page->totalEntries = raw.totalEntries;
        page->error = raw.error;
        page->rows.reserve(raw.items.size());
        for (int i = 0; i < raw.items.size() && page->error.isEmpty(); ++i) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(raw.items.at(i), &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                page->error = parseError.errorString();
                page->rows.clear();
                break;
            }
            page->rows.append(buildRow(*k, doc.object(), std::move(raw.items[i]), names));
        }
        page->itemCount = int(page->rows.size());
        return page;
    };
}

} // namespace hcloud
