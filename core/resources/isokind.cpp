#include "core/resources/kindparts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace hcloud {

namespace {

QString typeText(const QJsonObject &i)
{
    const QString type = i.value(QLatin1String("type")).toString();
    if (type == QLatin1String("public"))
        return QCoreApplication::translate("hcloud::IsoKind", "Public");
    if (type == QLatin1String("private"))
        return QCoreApplication::translate("hcloud::IsoKind", "Private");
    return json::orDash(type);
}

// Null means the ISO boots on any architecture.
QString architectureText(const QJsonObject &i)
{
    const QString architecture = i.value(QLatin1String("architecture")).toString();
    return architecture.isEmpty() ? QCoreApplication::translate("hcloud::IsoKind", "Any") : architecture;
}

QString deprecationText(const QJsonObject &i)
{
    const QDateTime until = json::dateTime(i, QStringLiteral("deprecation.unavailable_after"));
    return until.isValid()
        ? QCoreApplication::translate("hcloud::IsoKind", "Unavailable after %1")
              .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat))
        : QCoreApplication::translate("hcloud::IsoKind", "Not deprecated");
}

ResourceKind makeIsoKind()
{
    using namespace kindparts;
    ResourceKind kind;
    kind.id = QStringLiteral("isos");
    kind.path = QStringLiteral("/isos");
    kind.jsonKey = QStringLiteral("isos");
    kind.title = QCoreApplication::translate("hcloud::IsoKind", "ISOs");

    kind.columns = {
        textColumn(QStringLiteral("name"), QCoreApplication::translate("hcloud::IsoKind", "Name"),
                   QStringLiteral("name")),
        textColumn(QStringLiteral("description"), QCoreApplication::translate("hcloud::IsoKind", "Description"),
                   QStringLiteral("description")),
        {QStringLiteral("type"), QCoreApplication::translate("hcloud::IsoKind", "Type"), typeText, {}, {}, false},
        {QStringLiteral("architecture"), QCoreApplication::translate("hcloud::IsoKind", "Architecture"),
         architectureText, {}, {}, false},
        {QStringLiteral("deprecation"), QCoreApplication::translate("hcloud::IsoKind", "Deprecation"),
         deprecationText, date(QStringLiteral("deprecation.unavailable_after")), {}, false},
    };

    kind.details = {
        detail(QStringLiteral("id"), QCoreApplication::translate("hcloud::IsoKind", "ID"), text(QStringLiteral("id"))),
        detail(QStringLiteral("name"), QCoreApplication::translate("hcloud::IsoKind", "Name"),
               text(QStringLiteral("name"))),
        detail(QStringLiteral("description"), QCoreApplication::translate("hcloud::IsoKind", "Description"),
               text(QStringLiteral("description"))),
        detail(QStringLiteral("type"), QCoreApplication::translate("hcloud::IsoKind", "Type"), typeText),
        detail(QStringLiteral("architecture"), QCoreApplication::translate("hcloud::IsoKind", "Architecture"),
               architectureText),
        detail(QStringLiteral("deprecation"), QCoreApplication::translate("hcloud::IsoKind", "Deprecation"),
               deprecationText),
    };
    return kind;
}

} // namespace

const ResourceKind &isoKind()
{
    // Built on first use so the titles are translated by the installed translator.
    static const ResourceKind kind = makeIsoKind();
    return kind;
}

} // namespace hcloud
