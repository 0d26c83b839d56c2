#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace hcloud::sim {

// The API's label selector: comma-separated requirements, all of which must
// hold. Forms: k=v, k==v, k!=v, k, !k, k in (a,b), k notin (a,b). Commas
// inside parentheses separate values, not requirements. As in Kubernetes,
// whose syntax the API follows, k!=v and k notin (...) also match resources
// that do not carry k at all.
class LabelSelector
{
public:
    // Empty text selects everything. On a syntax error returns nullopt and
    // puts a message naming the position into *error.
    static std::optional<LabelSelector> parse(const QString &text, QString *error);

    bool matches(const QJsonObject &labels) const;
    bool isEmpty() const { return m_requirements.isEmpty(); }

    // True when `key` / `value` are valid label keys / values (also used to
    // check labels given on create and update).
    static bool isValidKey(const QString &key);
    static bool isValidValue(const QString &value);

private:
    enum class Op { Equals, NotEquals, Exists, NotExists, In, NotIn };
    struct Requirement
    {
        QString key;
        Op op;
        QStringList values;
    };
    QVector<Requirement> m_requirements;

    friend class SelectorParser;
};

}  // namespace hcloud::sim
