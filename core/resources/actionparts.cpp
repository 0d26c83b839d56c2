#include "core/resources/actionparts.h"

#include "core/resources/resourcekind.h"

#include <QCoreApplication>

namespace hcloud::actionparts {

QString translated(const char *text)
{
    return QCoreApplication::translate("hcloud::KindActions", text);
}

ActionField field(const QString &key, const char *title, ActionField::Type type, bool required)
{
    ActionField f;
    f.key = key;
    f.title = translated(title);
    f.type = type;
    f.required = required;
    return f;
}

ActionField fromObject(ActionField f, const QString &objectPath)
{
    f.initial = [objectPath](const QJsonObject &o) { return json::at(o, objectPath); };
    return f;
}

ActionField choice(const QString &key, const char *title, const QString &from, bool required)
{
    ActionField f = field(key, title, ActionField::Choice, required);
    f.choicesFrom = from;
    return f;
}

ActionField fixedChoice(const QString &key, const char *title, const QStringList &choices)
{
    ActionField f = field(key, title, ActionField::Choice, true);
    f.choices = choices;
    return f;
}

ActionField number(const QString &key, const char *title, double min, double max, bool required)
{
    ActionField f = field(key, title, ActionField::Number, required);
    f.min = min;
    f.max = max;
    return f;
}

ActionField element(const QString &key, const char *title, const QStringList &keys)
{
    ActionField f = field(key, title, ActionField::Element, true);
    f.elementKeys = keys;
    return f;
}

ResourceAction action(const QString &id, const char *title, const QString &method, const QString &path,
                      QVector<ActionField> fields)
{
    ResourceAction a;
    a.id = id;
    a.title = translated(title);
    a.method = method;
    a.pathTemplate = path;
    a.fields = std::move(fields);
    return a;
}

bool protectedFromDelete(const QJsonObject &o)
{
    return o.value(QLatin1String("protection"))[QLatin1String("delete")].toBool();
}

ResourceAction::Check needs(const QString &path, const char *reasonWhenMissing)
{
    return [path, reasonWhenMissing](const QJsonObject &o) {
        const QVariant v = json::at(o, path);
        return v.isNull() || !v.isValid() ? translated(reasonWhenMissing) : QString();
    };
}

ResourceAction::Check needsNone(const QString &path, const char *reasonWhenPresent)
{
    return [path, reasonWhenPresent](const QJsonObject &o) {
        const QVariant v = json::at(o, path);
        return v.isNull() || !v.isValid() ? QString() : translated(reasonWhenPresent);
    };
}

} // namespace hcloud::actionparts
