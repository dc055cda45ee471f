#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Netpol::Translations {

namespace {

const char kCatalogue[] = "netpol-designer";
const char kCatalogueDir[] = ":/i18n";

// Loads one catalogue into a translator owned by the application and installs it; a
// catalogue that is not there installs nothing.
QTranslator *installCatalogue(const QLocale &locale, const QString &name, const QString &dir)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), dir)
        || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return nullptr;
    }
    return translator;
}

} // namespace

QLocale uiLocale(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool hasCatalogue(const QLocale &locale)
{
    if (locale.language() == QLocale::English)
        return true;
    QTranslator probe;
    return probe.load(locale, QLatin1String(kCatalogue), QStringLiteral("_"),
                      QLatin1String(kCatalogueDir));
}

QList<QTranslator *> install(const QLocale &locale)
{
    QLocale::setDefault(locale);
    QList<QTranslator *> installed;
    // Installed first, so searched last: the source texts' plural forms, for every language
    // without a catalogue of its own.
    if (QTranslator *english = installCatalogue(QLocale(QLocale::English), QLatin1String(kCatalogue),
                                                QLatin1String(kCatalogueDir)))
        installed << english;
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return installed;
    if (QTranslator *qt = installCatalogue(locale, QStringLiteral("qtbase"),
                                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installed << qt;
    if (QTranslator *own = installCatalogue(locale, QLatin1String(kCatalogue),
                                            QLatin1String(kCatalogueDir)))
        installed << own;
    return installed;
}

} // namespace Netpol::Translations
