#pragma once

#include <QLocale>
#include <QString>

namespace hcloud {

// Installs Qt's and our own translations for the locale (the system's in the app).
void installTranslations(const QLocale &locale);

// Where an installed hcloud-desktop keeps its .qm files (share/hcloud-desktop/translations).
QString installedTranslationsDir();

} // namespace hcloud
