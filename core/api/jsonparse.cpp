#include "jsonparse.h"

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

ParsedPage parsePage(const QByteArray &body, const QString &jsonKey)
{
    ParsedPage page;
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
        if (item.isObject())
            page.items.append(item.toObject());
    }
    const QJsonObject pagination = parsed.object.value(QLatin1String("meta")).toObject()
                                       .value(QLatin1String("pagination")).toObject();
    page.lastPage = optionalInt(pagination, QLatin1String("last_page"));
    page.nextPage = optionalInt(pagination, QLatin1String("next_page"));
    page.totalEntries = optionalInt(pagination, QLatin1String("total_entries"));
    return page;
}

} // namespace hcloud
