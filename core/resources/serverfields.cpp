#include "serverfields.h"

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

bool validDnsName(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (const QString &part : name.split(QLatin1Char('.'))) {
        if (!label.match(part).hasMatch())
            return false;
    }
    return true;
}
} // namespace

QString serverNameProblem(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("hcloud::ServerFields", "Give the server a name.");
    if (!validDnsName(name))
        return QCoreApplication::translate("hcloud::ServerFields", "A server name must be a valid hostname: letters, digits and hyphens, at most 63 between "
                  "dots, not starting or ending with a hyphen.");
    return {};
}

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
        if (!validLabelPart(name) || (slash >= 0 && !validDnsName(prefix))) {
            out.problem = QCoreApplication::translate("hcloud::ServerFields",
                                                      "Line %1: “%2” is not a valid label key.")
                              .arg(i + 1)
                              .arg(key);
            return out;
        }
        if (!value.isEmpty() && !validLabelPart(value)) {
            out.problem = QCoreApplication::translate("hcloud::ServerFields",
                                                      "Line %1: “%2” is not a valid label value.")
                              .arg(i + 1)
                              .arg(value);
            return out;
        }
        if (out.labels.contains(key)) {
            out.problem = QCoreApplication::translate("hcloud::ServerFields", "Line %1: “%2” is given twice.")
                              .arg(i + 1)
                              .arg(key);
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
