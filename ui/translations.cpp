#include "ui/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace hcloud {

QString installedTranslationsDir()
{
    // Relative to the binary, so the .deb, a `cmake --install` prefix and a
    // copy unpacked anywhere all find their own files.
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/')
                           + QStringLiteral(HCLOUD_DATA_FROM_BIN) + QStringLiteral("/translations"));
}

void installTranslations(const QLocale &locale)
{
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(QCoreApplication::instance());
    const QString name = QStringLiteral("hcloud-desktop");
    const QString installed = installedTranslationsDir();
    // The installed files first, then the embedded copy (the build tree).
    // English (plural forms) also serves locales we have no file for, such as "C".
    if (own->load(locale, name, QStringLiteral("_"), installed)
        || own->load(locale, name, QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(name + QStringLiteral("_en"), installed)
        || own->load(QStringLiteral(":/i18n/hcloud-desktop_en")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace hcloud
