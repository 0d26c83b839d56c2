#include "core/api/jsonparse.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hcloud {

namespace {

int optionalInt(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue v = object.value(key);
    return v.isDouble() ? v.toInt(-1) : -1;
}

} // namespace

QString itemIdProblem(const QJsonValue &item, int position)
{
    if (!item.isObject())
        return QStringLiteral("item %1 of the list is not an object").arg(position + 1);
    const QJsonValue id = item.toObject().value(QLatin1String("id"));
    const bool valid = id.isString() ? !id.toString().isEmpty()
                                     : id.isDouble() && id.toDouble() >= 1 && id.toDouble() == double(id.toInteger());
    return valid ? QString() : QStringLiteral("item %1 of the list has no valid id").arg(position + 1);
}

ParsedObject parseObject(const QByteArray &body)
{
    ParsedObject out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        out.error = error.errorString();
    else if (!doc.isObject())
        out.error = QStringLiteral("answer is not a JSON object");
    else
        out.object = doc.object();
    return out;
}

JsonPage parsePage(const QByteArray &body, const QString &jsonKey)
{
    JsonPage page;
    ParsedObject parsed = parseObject(body);
    if (!parsed.error.isEmpty()) {
        page.error = parsed.error;
        return page;
    }
    const QJsonValue list = parsed.object.value(jsonKey);
    if (!list.isArray()) {
        page.error = QStringLiteral("answer has no list \"%1\"").arg(jsonKey);
        return page;
    }
    const QJsonArray array = list.toArray();
    page.items.reserve(array.size());
    for (const QJsonValue &item : array) {
        const QString problem = itemIdProblem(item, int(page.items.size()));
        if (!problem.isEmpty()) {
            page.error = problem;
            return page;
        }
        page.items.append(item.toObject());
    }
    page.itemCount = int(page.items.size());
    const QJsonObject pagination = parsed.object.value(QLatin1String("meta")).toObject()
                                       .value(QLatin1String("pagination")).toObject();
    page.lastPage = optionalInt(pagination, QLatin1String("last_page"));
    page.nextPage = optionalInt(pagination, QLatin1String("next_page"));
    page.totalEntries = optionalInt(pagination, QLatin1String("total_entries"));
    return page;
}

} // namespace hcloud
