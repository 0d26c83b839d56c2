#include "core/sim/labelselector.h"

#include <QRegularExpression>

namespace hcloud::sim {

namespace {

bool isKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-' || c == u'/';
}

bool isValueChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-';
}

}  // namespace

// A small recursive-descent reader over the selector text.
class SelectorParser
{
public:
    explicit SelectorParser(const QString &text) : m_text(text) { }

    std::optional<LabelSelector> run(QString *error)
    {
        LabelSelector selector;
        skipSpace();
        if (atEnd())
            return selector;
        for (;;) {
            LabelSelector::Requirement requirement;
            if (!readRequirement(&requirement))
                return fail(error);
            selector.m_requirements.append(requirement);
            skipSpace();
            if (atEnd())
                return selector;
            if (peek() != u',') {
                m_error = QStringLiteral("expected ',' or end of selector at position %1, found '%2'")
                              .arg(m_pos + 1)
                              .arg(peek());
                return fail(error);
            }
            ++m_pos;
            skipSpace();
            if (atEnd()) {
                m_error = QStringLiteral("expected a requirement after ',' at position %1").arg(m_pos);
                return fail(error);
            }
        }
    }

private:
    using Op = LabelSelector::Op;

    std::optional<LabelSelector> fail(QString *error)
    {
        if (error)
            *error = m_error;
        return std::nullopt;
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }
    bool consume(QStringView token)
    {
        if (QStringView(m_text).mid(m_pos).startsWith(token)) {
            m_pos += token.size();
            return true;
        }
        return false;
    }

    QString readWhile(bool (*accept)(QChar))
    {
        const qsizetype start = m_pos;
        while (!atEnd() && accept(peek()))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    bool readKey(QString *key)
    {
        const qsizetype start = m_pos;
        *key = readWhile(isKeyChar);
        if (key->isEmpty()) {
            m_error = atEnd() ? QStringLiteral("expected a label key at position %1").arg(start + 1)
                              : QStringLiteral("expected a label key at position %1, found '%2'")
                                    .arg(start + 1)
                                    .arg(peek());
            return false;
        }
        if (!LabelSelector::isValidKey(*key)) {
            m_error = QStringLiteral("'%1' at position %2 is not a valid label key").arg(*key).arg(start + 1);
            return false;
        }
        return true;
    }

    bool readValue(QString *value)
    {
        skipSpace();
        const qsizetype start = m_pos;
        *value = readWhile(isValueChar);
        if (!LabelSelector::isValidValue(*value)) {
            m_error
                = QStringLiteral("'%1' at position %2 is not a valid label value").arg(*value).arg(start + 1);
            return false;
        }
        return true;
    }

    bool readRequirement(LabelSelector::Requirement *requirement)
    {
        if (peek() == u'!' && !QStringView(m_text).mid(m_pos).startsWith(u"!=")) {
            ++m_pos;
            skipSpace();
            requirement->op = Op::NotExists;
            return readKey(&requirement->key);
        }
        if (!readKey(&requirement->key))
            return false;
        skipSpace();
        if (atEnd() || peek() == u',') {
            requirement->op = Op::Exists;
            return true;
        }
        if (consume(u"==") || consume(u"=")) {
            requirement->op = Op::Equals;
            return readSingleValue(requirement);
        }
        if (consume(u"!=")) {
            requirement->op = Op::NotEquals;
            return readSingleValue(requirement);
        }
        const qsizetype wordStart = m_pos;
        const QString word = readWhile(isKeyChar);
        if (word == QLatin1String("in") || word == QLatin1String("notin")) {
            requirement->op = word == QLatin1String("in") ? Op::In : Op::NotIn;
            return readValueSet(requirement, word);
        }
        m_error = word.isEmpty()
            ? QStringLiteral("unexpected '%1' at position %2 after key '%3'")
                  .arg(peek())
                  .arg(wordStart + 1)
                  .arg(requirement->key)
            : QStringLiteral("unknown operator '%1' at position %2 (expected =, ==, !=, in or notin)")
                  .arg(word)
                  .arg(wordStart + 1);
        return false;
    }

    bool readSingleValue(LabelSelector::Requirement *requirement)
    {
        QString value;
        if (!readValue(&value))
            return false;
        requirement->values = {value};
        return true;
    }

    bool readValueSet(LabelSelector::Requirement *requirement, const QString &op)
    {
        skipSpace();
        if (peek() != u'(') {
            m_error = QStringLiteral("expected '(' after '%1' at position %2").arg(op).arg(m_pos + 1);
            return false;
        }
        ++m_pos;
        for (;;) {
            QString value;
            if (!readValue(&value))
                return false;
            skipSpace();
            if (value.isEmpty() && peek() != u',' && peek() != u')') {
                m_error = atEnd() ? QStringLiteral("missing ')' at end of selector")
                                  : QStringLiteral("unexpected '%1' at position %2 in value list")
                                        .arg(peek())
                                        .arg(m_pos + 1);
                return false;
            }
            requirement->values.append(value);
            if (peek() == u')') {
                ++m_pos;
                break;
            }
            if (peek() != u',') {
                m_error = atEnd() ? QStringLiteral("missing ')' at end of selector")
                                  : QStringLiteral("expected ',' or ')' at position %1, found '%2'")
                                        .arg(m_pos + 1)
                                        .arg(peek());
                return false;
            }
            ++m_pos;
        }
        if (requirement->values.size() == 1 && requirement->values.first().isEmpty()) {
            m_error = QStringLiteral("'%1' needs at least one value").arg(op);
            return false;
        }
        return true;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

std::optional<LabelSelector> LabelSelector::parse(const QString &text, QString *error)
{
    return SelectorParser(text).run(error);
}

bool LabelSelector::matches(const QJsonObject &labels) const
{
    for (const Requirement &r : m_requirements) {
        const bool has = labels.contains(r.key);
        const QString value = labels.value(r.key).toString();
        bool ok = false;
        switch (r.op) {
        case Op::Equals: ok = has && value == r.values.first(); break;
        case Op::NotEquals: ok = !has || value != r.values.first(); break;
        case Op::Exists: ok = has; break;
        case Op::NotExists: ok = !has; break;
        case Op::In: ok = has && r.values.contains(value); break;
        case Op::NotIn: ok = !has || !r.values.contains(value); break;
        }
        if (!ok)
            return false;
    }
    return true;
}

bool LabelSelector::isValidValue(const QString &value)
{
    // Empty, or up to 63 characters starting and ending alphanumeric.
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$"));
    return pattern.match(value).hasMatch();
}

bool LabelSelector::isValidKey(const QString &key)
{
    // [prefix/]name: the prefix a DNS subdomain of up to 253 characters, the
    // name like a non-empty value.
    static const QRegularExpression prefix(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    const qsizetype slash = key.indexOf(u'/');
    const QString name = slash < 0 ? key : key.mid(slash + 1);
    if (name.isEmpty() || !isValidValue(name))
        return false;
    if (slash < 0)
        return true;
    const QString dns = key.left(slash);
    return !dns.isEmpty() && dns.size() <= 253 && prefix.match(dns).hasMatch();
}

}  // namespace hcloud::sim
