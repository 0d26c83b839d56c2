#include "actionparts.h"

#include "resourcekind.h"

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

} // namespace hcloud::actionparts
