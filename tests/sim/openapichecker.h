#pragma once

#include <QJsonObject>
#include <QPair>
#include <QRegularExpression>
#include <QVector>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Checks JSON against schemas of an OpenAPI description, the parts the
// Hetzner specs use: $ref, allOf / oneOf / anyOf, type (a name, or 3.1's
// list such as [X, "null"]), 3.0's nullable, const, discriminator, required, properties
// (no unknown keys), additionalProperties, items, prefixItems, enum and
// date-time strings.
//
// One allowance: an enum value the schema's description announces ("As of
// 01 August 2026 `unassigned` will be returned") fits, as the spec's prose
// is as binding as its enum.
class OpenApiChecker
{
public:
    explicit OpenApiChecker(const QJsonObject &spec) : m_spec(spec) { }

    // The JSON schema of a response; empty when the spec has none.
    QJsonObject responseSchema(const QString &path, const QString &method, const QString &status) const;

    // A key the spec leaves out at JSON paths matching `where` that the API
    // sends all the same; each caller says why.
    void tolerate(const QString &wherePattern, const QString &key);

    // Problems found, each naming the JSON path; empty when the value fits.
    QStringList check(const QJsonValue &value, const QJsonObject &schema,
                      const QString &where = QStringLiteral("$")) const;

private:
    QJsonObject resolve(QJsonObject schema) const;
    QJsonObject merged(const QJsonObject &schema) const;
    QStringList checkTyped(const QJsonValue &value, const QJsonObject &schema, const QString &type,
                           const QString &where) const;

    QJsonObject m_spec;
    QVector<QPair<QRegularExpression, QString>> m_tolerated;
};
