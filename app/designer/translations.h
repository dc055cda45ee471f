#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

namespace Netpol::Translations {

// The locale the window speaks: `code` as --lang gives it ("de", "fr_FR") or, when it is empty,
// the system's. An unknown code gives QLocale::C (and the window stays English).
QLocale uiLocale(const QString &code);

// Installs on the application, for `locale`: the designer's English plural forms ("1 flow",
// "3 flows"), Qt's own catalogue (qtbase_*, for its dialogs and buttons) and the designer's
// catalogue (embedded, :/i18n/netpol-designer_*.qm). Makes `locale` the default locale too.
// Returns the translators installed; the application owns them, and deleting one removes it.
QList<QTranslator *> install(const QLocale &locale);

// True when the designer has a catalogue of its own for the locale's language (English is
// the source language, so it always has).
bool hasCatalogue(const QLocale &locale);

} // namespace Netpol::Translations
