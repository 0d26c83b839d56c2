#pragma once

#include <QLocale>

namespace hcloud {

// Installs Qt's and our own translations for the locale (the system's in the app).
void installTranslations(const QLocale &locale);

} // namespace hcloud
