#include "core/resources/kindactions.h"

#include "core/resources/resourcekind.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hcloud {

namespace {
// Sets value at a dotted path ("a.b.c"), creating the objects between.
void insertAt(QJsonObject &object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        object.insert(path.first(), value);
        return;
    }
    QJsonObject inner = object.value(path.first()).toObject();
    insertAt(inner, path.mid(1), value);
    object.insert(path.first(), inner);
}

QString nameOf(const QJsonObject &object)
{
    return object.value(QStringLiteral("name")).toString();
}

// A Lines field's value, as the form hands it over: a list of strings.
QStringList linesOf(const QJsonValue &value)
{
    QStringList lines;
    for (const QJsonValue &line : value.toArray())
        lines.append(line.toString());
    return lines;
}

// Fills "%1" with the name; texts without it stay as they are.
QString withName(QString text, const QJsonObject &object)
{
    return text.replace(QStringLiteral("%1"), nameOf(object));
}
} // namespace

QString ResourceAction::path(const QJsonObject &object, const QJsonObject &values) const
{
    QString p = pathTemplate;
    for (const ActionField &f : fields) {
        if (f.inPath)
            p.replace(QLatin1Char('{') + f.key + QLatin1Char('}'), values.value(f.key).toVariant().toString());
    }
    return p.replace(QStringLiteral("{id}"), QString::number(object.value(QStringLiteral("id")).toVariant().toLongLong()));
}

QString ResourceAction::choicesPath(const ActionField &field, const QJsonObject &object)
{
    QString p = field.choicesAt;
    return p.replace(QStringLiteral("{id}"), QString::number(object.value(QStringLiteral("id")).toVariant().toLongLong()));
}

QString ResourceAction::reasonNotApplicable(const QJsonObject &object) const
{
    if (!forObject)
        return {};
    if (object.isEmpty())
        return QCoreApplication::translate("hcloud::KindActions", "Select an object first");
    return whyNot ? whyNot(object) : QString();
}


QJsonObject ResourceAction::body(const QJsonObject &object, const QVector<QJsonValue> &values) const
{
    QJsonObject body = fixedBody;
    for (int i = 0; i < fields.size() && i < values.size(); ++i) {
        const ActionField &f = fields[i];
        QJsonValue v = values[i];
        if (f.inPath || v.isNull() || v.isUndefined() || !applies(i, values))
            continue;
        if (f.type == ActionField::Lines && f.parseLines) {
            QString ignored;
            v = f.parseLines(linesOf(v), &ignored);
        }
        if (f.type == ActionField::Element) {
            const QJsonObject entry = v.toObject();
            for (auto it = entry.begin(); it != entry.end(); ++it)
                body.insert(it.key(), it.value());
        } else {
            insertAt(body, f.key.split(QLatin1Char('.')), f.asList ? QJsonArray{v} : v);
        }
    }
    if (!objectIdAs.isEmpty())
        body.insert(objectIdAs, object.value(QStringLiteral("id")));
    for (const ActionField &f : fields) {
        if (!f.oneEntryOf.isEmpty() && body.value(f.oneEntryOf).isObject())
            body.insert(f.oneEntryOf, QJsonArray{body.value(f.oneEntryOf)});
    }
    return body;
}

bool ResourceAction::applies(int index, const QVector<QJsonValue> &values) const
{
    const ActionField &f = fields.at(index);
    if (f.onlyWhenKey.isEmpty())
        return true;
    for (int i = 0; i < fields.size() && i < values.size(); ++i) {
        if (fields[i].key == f.onlyWhenKey)
            return values[i].toVariant().toString() == f.onlyWhenValue;
    }
    return false;
}

QString ResourceAction::problem(const QVector<QJsonValue> &values) const
{
    for (int i = 0; i < fields.size() && i < values.size(); ++i) {
        const ActionField &f = fields[i];
        const QJsonValue &v = values[i];
        if (!applies(i, values))
            continue;
        if (f.required && (v.isNull() || v.isUndefined()))
            return QCoreApplication::translate("hcloud::ActionFormDialog", "“%1” is required.").arg(f.title);
        if (f.type == ActionField::Lines && f.parseLines && v.isArray()) {
            QString why;
            f.parseLines(linesOf(v), &why);
            if (!why.isEmpty())
                return why;
        }
    }
    return {};
}

QJsonObject ResourceAction::immediateBody(const QJsonObject &object) const
{
    QVector<QJsonValue> values;
    for (const ActionField &f : fields) {
        const QJsonValue v = f.initial ? QJsonValue::fromVariant(f.initial(object)) : QJsonValue();
        values.append(f.key == toggles ? QJsonValue(!v.toBool()) : v);
    }
    return body(object, values);
}

bool ResourceAction::isChecked(const QJsonObject &object) const
{
    for (const ActionField &f : fields) {
        if (f.key == toggles && f.initial)
            return f.initial(object).toBool();
    }
    return false;
}

QString ResourceAction::describe(const QJsonObject &object) const
{
    if (!description.isEmpty())
        return withName(description, object);
    const QString name = nameOf(object);
    return name.isEmpty() ? title : QCoreApplication::translate("hcloud::ActionFormDialog", "%1 “%2”").arg(title, name);
}

QString ResourceAction::confirmationFor(const QJsonObject &object) const
{
    return withName(confirmation, object);
}

} // namespace hcloud
