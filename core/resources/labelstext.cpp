#include "core/resources/labelstext.h"

#include "core/resources/serverfields.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace hcloud {

namespace {
// Label names and values: up to 63 characters, alphanumeric at both ends,
// "-", "_" and "." inside (the Kubernetes rules the API follows).
bool validLabelPart(const QString &part)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?$"));
    return re.match(part).hasMatch();
}

// The texts kept their first context, so their translations still apply.
QString lineProblem(const char *text, int line, const QString &what)
{
    return QCoreApplication::translate("hcloud::ServerFields", text).arg(line).arg(what);
}
} // namespace

LabelParse labelsFromText(const QString &text)
{
    LabelParse out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const int eq = line.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? line : line.left(eq)).trimmed();
        const QString value = eq < 0 ? QString() : line.mid(eq + 1).trimmed();
        const int slash = key.lastIndexOf(QLatin1Char('/'));
        const QString prefix = slash < 0 ? QString() : key.left(slash);
        const QString name = slash < 0 ? key : key.mid(slash + 1);
        if (!validLabelPart(name) || (slash >= 0 && !isHostname(prefix))) {
            out.problem = lineProblem(QT_TRANSLATE_NOOP("hcloud::ServerFields", "Line %1: “%2” is not a valid label key."), i + 1, key);
            return out;
        }
        if (!value.isEmpty() && !validLabelPart(value)) {
            out.problem = lineProblem(QT_TRANSLATE_NOOP("hcloud::ServerFields", "Line %1: “%2” is not a valid label value."), i + 1, value);
            return out;
        }
        if (out.labels.contains(key)) {
            out.problem = lineProblem(QT_TRANSLATE_NOOP("hcloud::ServerFields", "Line %1: “%2” is given twice."), i + 1, key);
            return out;
        }
        out.labels.insert(key, value);
    }
    return out;
}

QString labelsToText(const QJsonObject &labels)
{
    QStringList lines;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        lines.append(it.key() + QLatin1Char('=') + it.value().toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace hcloud
