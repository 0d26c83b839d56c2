#include "core/resources/labelselectorcheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace hcloud {

namespace {

bool validKey(const QString &key)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$"));
    static const QRegularExpression prefix(
        QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"));
    const int slash = key.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return name.match(key).hasMatch();
    return slash <= 253 && prefix.match(key.left(slash)).hasMatch() && name.match(key.mid(slash + 1)).hasMatch();
}

bool validValue(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?$"));
    return re.match(value).hasMatch();
}

// Splits at commas that are not inside parentheses; false when they do not pair.
bool splitRequirements(const QString &text, QStringList *parts)
{
    int depth = 0;
    QString current;
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && --depth < 0)
            return false;
        if (c == QLatin1Char(',') && depth == 0) {
            parts->append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts->append(current);
    return depth == 0;
}

QString checkRequirement(const QString &raw)
{
    const QString r = raw.trimmed();
    if (r.isEmpty())
        return QCoreApplication::translate("hcloud::LabelSelector", "An empty requirement (two commas in a row, or one at the end).");
    static const QRegularExpression set(QStringLiteral("^(\\S+)\\s+(in|notin)\\s*\\((.*)\\)$"));
    if (const auto m = set.match(r); m.hasMatch()) {
        if (!validKey(m.captured(1)))
            return QCoreApplication::translate("hcloud::LabelSelector", "“%1” is not a valid label key.").arg(m.captured(1));
        const QStringList values = m.captured(3).split(QLatin1Char(','));
        for (const QString &v : values) {
            if (v.trimmed().isEmpty() || !validValue(v.trimmed()))
                return QCoreApplication::translate("hcloud::LabelSelector", "“%1” is not a valid value in the list.").arg(v.trimmed());
        }
        return {};
    }
    static const QRegularExpression op(QStringLiteral("^([^=!\\s]+)\\s*(==|!=|=)\\s*(.*)$"));
    if (const auto m = op.match(r); m.hasMatch()) {
        if (!validKey(m.captured(1)))
            return QCoreApplication::translate("hcloud::LabelSelector", "“%1” is not a valid label key.").arg(m.captured(1));
        if (!validValue(m.captured(3)))
            return QCoreApplication::translate("hcloud::LabelSelector", "“%1” is not a valid label value.").arg(m.captured(3));
        return {};
    }
    const QString key = r.startsWith(QLatin1Char('!')) ? r.mid(1).trimmed() : r;
    if (!validKey(key))
        return QCoreApplication::translate("hcloud::LabelSelector", "“%1” is not a valid requirement. Use key, !key, key=value, key!=value, "
                  "key in (a,b) or key notin (a,b).").arg(r);
    return {};
}

} // namespace

QString labelSelectorProblem(const QString &selector)
{
    if (selector.trimmed().isEmpty())
        return {};
    QStringList parts;
    if (!splitRequirements(selector, &parts))
        return QCoreApplication::translate("hcloud::LabelSelector", "The parentheses do not pair up.");
    for (const QString &part : parts) {
        const QString problem = checkRequirement(part);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace hcloud
