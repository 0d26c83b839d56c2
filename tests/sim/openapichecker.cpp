#include "openapichecker.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

QJsonObject OpenApiChecker::resolve(QJsonObject schema) const
{
    while (schema.contains(QStringLiteral("$ref"))) {
        const QString name = schema.value(QStringLiteral("$ref")).toString().section(QLatin1Char('/'), -1);
        schema = m_spec[QStringLiteral("components")][QStringLiteral("schemas")][name].toObject();
    }
    return schema;
}

// allOf becomes one schema: properties and required lists joined, nullable
// if any part (or the outer schema) says so.
QJsonObject OpenApiChecker::merged(const QJsonObject &input) const
{
    QJsonObject schema = resolve(input);
    if (!schema.contains(QStringLiteral("allOf")))
        return schema;
    const QJsonArray parts = schema.value(QStringLiteral("allOf")).toArray();
    if (parts.size() == 1) {
        // allOf: [$ref] marks a nullable use of a shared type (enum, object).
        QJsonObject only = merged(parts.first().toObject());
        if (schema.value(QStringLiteral("nullable")).toBool())
            only.insert(QStringLiteral("nullable"), true);
        return only;
    }
    QJsonObject properties;
    QJsonArray required;
    bool nullable = schema.value(QStringLiteral("nullable")).toBool();
    for (const auto &partValue : schema.value(QStringLiteral("allOf")).toArray()) {
        const QJsonObject part = merged(partValue.toObject());
        const QJsonObject partProperties = part.value(QStringLiteral("properties")).toObject();
        for (auto it = partProperties.begin(); it != partProperties.end(); ++it)
            properties.insert(it.key(), it.value());
        for (const auto &r : part.value(QStringLiteral("required")).toArray())
            required.append(r);
        nullable = nullable || part.value(QStringLiteral("nullable")).toBool();
    }
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"), properties},
        {QStringLiteral("required"), required},
        {QStringLiteral("nullable"), nullable},
    };
}

QJsonObject OpenApiChecker::responseSchema(const QString &path, const QString &method,
                                           const QString &status) const
{
    return m_spec[QStringLiteral("paths")][path][method][QStringLiteral("responses")][status]
                 [QStringLiteral("content")][QStringLiteral("application/json")][QStringLiteral("schema")]
                     .toObject();
}

QStringList OpenApiChecker::check(const QJsonValue &value, const QJsonObject &input,
                                  const QString &where) const
{
    const QJsonObject schema = merged(input);
    QStringList problems;

    for (const char *alternatives : {"oneOf", "anyOf"}) {
        const QJsonArray options = schema.value(QLatin1String(alternatives)).toArray();
        if (options.isEmpty())
            continue;
        if (value.isNull() && schema.value(QStringLiteral("nullable")).toBool())
            return problems;
        for (const auto &option : options) {
            if (check(value, option.toObject(), where).isEmpty())
                return problems;
        }
        return {where
                + QStringLiteral(": fits none of the %1 alternatives").arg(QLatin1String(alternatives))};
    }

    if (value.isNull()) {
        if (!schema.value(QStringLiteral("nullable")).toBool() && schema.contains(QStringLiteral("type")))
            problems.append(where + QStringLiteral(": null, but not nullable"));
        return problems;
    }

    const QString type = schema.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("object") || schema.contains(QStringLiteral("properties"))) {
        if (!value.isObject())
            return {where + QStringLiteral(": expected an object")};
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (const auto &r : schema.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(r.toString()))
                problems.append(where + QStringLiteral(": missing required '%1'").arg(r.toString()));
        }
        const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = where + QLatin1Char('.') + it.key();
            if (properties.contains(it.key()))
                problems += check(it.value(), properties.value(it.key()).toObject(), child);
            else if (additional.isObject())
                problems += check(it.value(), additional.toObject(), child);
            // Listed properties are all there may be; an object schema
            // without any (error details) is free-form.
            else if (!properties.isEmpty() && !additional.toBool(false))
                problems.append(where + QStringLiteral(": key '%1' is not in the spec").arg(it.key()));
        }
        return problems;
    }
    if (type == QLatin1String("array")) {
        if (!value.isArray())
            return {where + QStringLiteral(": expected an array")};
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            problems += check(items[i], schema.value(QStringLiteral("items")).toObject(),
                              where + QStringLiteral("[%1]").arg(i));
        return problems;
    }
    if (type == QLatin1String("string")) {
        if (!value.isString())
            return {where + QStringLiteral(": expected a string")};
        if (schema.value(QStringLiteral("format")).toString() == QLatin1String("date-time")
            && !QDateTime::fromString(value.toString(), Qt::ISODate).isValid())
            problems.append(where + QStringLiteral(": '%1' is not a date-time").arg(value.toString()));
    } else if (type == QLatin1String("integer")) {
        if (!value.isDouble() || std::floor(value.toDouble()) != value.toDouble())
            return {where + QStringLiteral(": expected an integer")};
    } else if (type == QLatin1String("number")) {
        if (!value.isDouble())
            return {where + QStringLiteral(": expected a number")};
    } else if (type == QLatin1String("boolean")) {
        if (!value.isBool())
            return {where + QStringLiteral(": expected a boolean")};
    }
    const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
    if (!allowed.isEmpty() && !allowed.contains(value))
        problems.append(where
                        + QStringLiteral(": '%1' is not in the enum").arg(value.toVariant().toString()));
    return problems;
}
