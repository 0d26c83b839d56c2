#include "tests/sim/openapichecker.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {

// The schema's types: "type": "string" or, in 3.1, "type": ["string", "null"].
QStringList typesOf(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.isString())
        return {type.toString()};
    QStringList types;
    for (const QJsonValue &t : type.toArray())
        types.append(t.toString());
    return types;
}

// Null fits: 3.0's nullable, or 3.1's "null" among the types.
bool allowsNull(const QJsonObject &schema)
{
    return schema.value(QStringLiteral("nullable")).toBool() || typesOf(schema).contains(QStringLiteral("null"));
}

// Whether the description promises this value besides the enum's.
bool announced(const QJsonObject &schema, const QJsonValue &value)
{
    return value.isString()
        && schema.value(QStringLiteral("description"))
               .toString()
               .contains(QStringLiteral("`%1` will be returned").arg(value.toString()));
}

}  // namespace

void OpenApiChecker::tolerate(const QString &wherePattern, const QString &key)
{
    m_tolerated.append({QRegularExpression(wherePattern), key});
}

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
        if (allowsNull(schema))
            only.insert(QStringLiteral("nullable"), true);
        return only;
    }
    QJsonObject properties;
    QJsonArray required;
    bool nullable = allowsNull(schema);
    for (const auto &partValue : parts) {
        const QJsonObject part = merged(partValue.toObject());
        const QJsonObject partProperties = part.value(QStringLiteral("properties")).toObject();
        for (auto it = partProperties.begin(); it != partProperties.end(); ++it)
            properties.insert(it.key(), it.value());
        for (const auto &r : part.value(QStringLiteral("required")).toArray())
            required.append(r);
        nullable = nullable || allowsNull(part);
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

    // A discriminator names the one alternative that applies ("protocol": "http").
    const QJsonObject discriminator = schema.value(QStringLiteral("discriminator")).toObject();
    const QString chosen = value[discriminator.value(QStringLiteral("propertyName")).toString()].toString();
    const QJsonValue mapped = discriminator.value(QStringLiteral("mapping"))[chosen];
    if (value.isObject() && mapped.isString() && !resolve(QJsonObject{{QStringLiteral("$ref"), mapped}}).isEmpty())
        return check(value, QJsonObject{{QStringLiteral("$ref"), mapped}}, where);

    for (const char *alternatives : {"oneOf", "anyOf"}) {
        const QJsonArray options = schema.value(QLatin1String(alternatives)).toArray();
        if (options.isEmpty())
            continue;
        if (value.isNull() && allowsNull(schema))
            return {};
        QStringList closest;
        for (const auto &option : options) {
            const QStringList problems = check(value, option.toObject(), where);
            if (problems.isEmpty())
                return {};
            if (closest.isEmpty() || problems.size() < closest.size())
                closest = problems;
        }
        // The nearest alternative's problems say what to fix.
        return {where + QStringLiteral(": fits none of the %1 alternatives; nearest: %2")
                            .arg(QLatin1String(alternatives), closest.join(QStringLiteral("; ")))};
    }

    if (schema.contains(QStringLiteral("const")) && value != schema.value(QStringLiteral("const")))
        return {where + QStringLiteral(": '%1' is not the constant '%2'")
                            .arg(value.toVariant().toString(), schema.value(QStringLiteral("const")).toVariant().toString())};

    QStringList types = typesOf(schema);
    if (value.isNull()) {
        if (!allowsNull(schema) && !types.isEmpty())
            return {where + QStringLiteral(": null, but not nullable")};
        return {};
    }
    types.removeAll(QStringLiteral("null"));
    if (types.isEmpty() && schema.contains(QStringLiteral("properties")))
        types.append(QStringLiteral("object"));
    if (types.size() <= 1)
        return checkTyped(value, schema, types.value(0), where);
    // Several types ([X, Y]): the value fits one of them.
    QStringList first;
    for (const QString &type : types) {
        const QStringList problems = checkTyped(value, schema, type, where);
        if (problems.isEmpty())
            return {};
        if (first.isEmpty())
            first = problems;
    }
    return first;
}

QStringList OpenApiChecker::checkTyped(const QJsonValue &value, const QJsonObject &schema, const QString &type,
                                       const QString &where) const
{
    QStringList problems;
    if (type == QLatin1String("object")) {
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
            else if (!properties.isEmpty() && !additional.toBool(false)
                     && !std::any_of(m_tolerated.cbegin(), m_tolerated.cend(), [&](const auto &t) {
                            return t.second == it.key() && t.first.match(where).hasMatch();
                        }))
                problems.append(where + QStringLiteral(": key '%1' is not in the spec").arg(it.key()));
        }
        return problems;
    }
    if (type == QLatin1String("array")) {
        if (!value.isArray())
            return {where + QStringLiteral(": expected an array")};
        const QJsonArray items = value.toArray();
        // 3.1's prefixItems: one schema per position (a metrics [time, value] pair).
        const QJsonArray prefix = schema.value(QStringLiteral("prefixItems")).toArray();
        const QJsonValue maxItems = schema.value(QStringLiteral("maxItems"));
        const QJsonValue minItems = schema.value(QStringLiteral("minItems"));
        if (maxItems.isDouble() && items.size() > maxItems.toInteger())
            problems.append(where + QStringLiteral(": more than %1 items").arg(maxItems.toInteger()));
        if (minItems.isDouble() && items.size() < minItems.toInteger())
            problems.append(where + QStringLiteral(": fewer than %1 items").arg(minItems.toInteger()));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject itemSchema = i < prefix.size() ? prefix.at(i).toObject()
                                                             : schema.value(QStringLiteral("items")).toObject();
            problems += check(items[i], itemSchema, where + QStringLiteral("[%1]").arg(i));
        }
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
    if (!allowed.isEmpty() && !allowed.contains(value) && !announced(schema, value))
        problems.append(where
                        + QStringLiteral(": '%1' is not in the enum").arg(value.toVariant().toString()));
    return problems;
}
