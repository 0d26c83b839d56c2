#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Checks JSON against schemas of an OpenAPI 3.0 description, the parts the
// Hetzner spec uses: $ref, allOf / oneOf / anyOf, nullable, type, required,
// properties (no unknown keys), additionalProperties, items, enum and
// date-time strings.
class OpenApiChecker
{
public:
    explicit OpenApiChecker(const QJsonObject &spec) : m_spec(spec) { }

    // The JSON schema of a response; empty when the spec has none.
    QJsonObject responseSchema(const QString &path, const QString &method, const QString &status) const;

    // Problems found, each naming the JSON path; empty when the value fits.
    QStringList check(const QJsonValue &value, const QJsonObject &schema,
                      const QString &where = QStringLiteral("$")) const;

private:
    QJsonObject resolve(QJsonObject schema) const;
    QJsonObject merged(const QJsonObject &schema) const;

    QJsonObject m_spec;
};
