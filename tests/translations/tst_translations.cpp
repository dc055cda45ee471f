// The translations as the window uses them: the built catalogues (embedded in the designer)
// give German and French for known strings and plural forms, --lang picks the language of the
// window and of Qt's own texts, a language without a catalogue falls back to English (with its
// plural forms), and every menu keeps its accelerators unique in each language.

#include "commandline.h"
#include "mainwindow.h"
#include "translations.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTranslator>

#include <map>

using namespace Netpol;

namespace {

// Installs the translators of a language for one test and removes them afterwards, so that
// the other tests of this process see the English plural catalogue the test main installs.
class Language
{
public:
    explicit Language(const QString &code) : m_installed(Translations::install(Translations::uiLocale(code))) {}
    ~Language()
    {
        qDeleteAll(m_installed); // each removes itself from the application
        QLocale::setDefault(QLocale(QLocale::English));
    }
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;

private:
    QList<QTranslator *> m_installed;
};

QString translated(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

CommandLine parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeCommandLine(parser);
    EXPECT_TRUE(parser.parse(arguments)) << parser.errorText().toStdString();
    return readCommandLine(parser);
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

// The accelerator letter of a text ("&Datei" -> 'd'), or 0.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    }
    return {};
}

// Every menu and submenu whose accelerators collide, with the texts that share a letter.
QStringList acceleratorClashes(QMenu *menu, const QString &path)
{
    QStringList clashes;
    std::map<QChar, QString> seen;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        const QChar letter = accelerator(a->text());
        if (!letter.isNull()) {
            if (const auto it = seen.find(letter); it != seen.end())
                clashes << QStringLiteral("%1: \"%2\" and \"%3\"").arg(path, it->second, a->text());
            else
                seen[letter] = a->text();
        }
        if (a->menu())
            clashes << acceleratorClashes(a->menu(), path + QStringLiteral(" > ") + a->text());
    }
    return clashes;
}

QStringList acceleratorClashes(const MainWindow &window)
{
    QStringList clashes;
    std::map<QChar, QString> seen;
    for (QAction *a : window.menuBar()->actions()) {
        const QChar letter = accelerator(a->text());
        if (const auto it = seen.find(letter); !letter.isNull() && it != seen.end())
            clashes << QStringLiteral("menu bar: \"%1\" and \"%2\"").arg(it->second, a->text());
        seen[letter] = a->text();
        clashes << acceleratorClashes(a->menu(), a->text());
    }
    return clashes;
}

} // namespace

TEST(Translations, BuiltGermanCatalogueTranslatesKnownStrings)
{
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/netpol-designer_de.qm")));
    EXPECT_EQ(german.translate("Netpol::MainWindow", "&File"), QStringLiteral("&Datei"));
    EXPECT_EQ(german.translate("Netpol::MainWindow", "&Save"), QStringLiteral("&Speichern"));
    EXPECT_EQ(german.translate("Netpol::WorkloadPage", "Pod labels"), QStringLiteral("Pod-Labels"));
    EXPECT_EQ(german.translate("Netpol::PaletteWidget", "Namespace"), QStringLiteral("Namespace"));
    EXPECT_EQ(german.translate("Netpol::MainWindow", "%n warning(s)", nullptr, 1),
              QStringLiteral("%n Warnung"));
    EXPECT_EQ(german.translate("Netpol::MainWindow", "%n warning(s)", nullptr, 3),
              QStringLiteral("%n Warnungen"));
    EXPECT_EQ(german.translate("NamespaceItem", "none", "no labels"), QStringLiteral("keine"));
}

TEST(Translations, BuiltFrenchCatalogueTranslatesKnownStrings)
{
    QTranslator french;
    ASSERT_TRUE(french.load(QStringLiteral(":/i18n/netpol-designer_fr.qm")));
    EXPECT_EQ(french.translate("Netpol::MainWindow", "&File"), QStringLiteral("&Fichier"));
    EXPECT_EQ(french.translate("Netpol::MainWindow", "&Edit"), QStringLiteral("É&dition"));
    // French typography: a non-breaking space before the colon.
    EXPECT_EQ(french.translate("Netpol::CheckConnectionDialog", "&From:"),
              QStringLiteral("&De\u00a0:"));
    // French counts 0 and 1 as singular.
    EXPECT_EQ(french.translate("Netpol::MainWindow", "%n error(s)", nullptr, 0),
              QStringLiteral("%n erreur"));
    EXPECT_EQ(french.translate("Netpol::MainWindow", "%n error(s)", nullptr, 2),
              QStringLiteral("%n erreurs"));
}

TEST(Translations, LangOptionIsRead)
{
    const CommandLine line = parse({QStringLiteral("netpol-designer"), QStringLiteral("--lang"),
                                    QStringLiteral("de"), QStringLiteral("shop.netpol.yaml")});
    EXPECT_EQ(line.language, QStringLiteral("de"));
    EXPECT_EQ(line.files, QStringList{QStringLiteral("shop.netpol.yaml")});
    EXPECT_TRUE(parse({QStringLiteral("netpol-designer")}).language.isEmpty())
        << "without --lang the system's locale is used";
}

TEST(Translations, LangDePicksGermanForTheWindowAndQt)
{
    const Language german(parse({QStringLiteral("netpol-designer"), QStringLiteral("--lang"),
                                 QStringLiteral("de")})
                              .language);
    EXPECT_EQ(QLocale().language(), QLocale::German);
    MainWindow window;
    EXPECT_EQ(menuTitles(window), (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                               QStringLiteral("&Ansicht"), QStringLiteral("E&xtras"),
                                               QStringLiteral("&Hilfe")}));
    EXPECT_EQ(translated("Netpol::MainWindow", "%n error(s)", 3), QStringLiteral("3 Fehler"));
    EXPECT_EQ(translated("Netpol::MainWindow", "%n policy(s)", 1), QStringLiteral("1 Policy"));
    // Qt's own catalogue (qtbase_de) is loaded too: its standard buttons speak German.
    EXPECT_EQ(translated("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

TEST(Translations, LangFrPicksFrench)
{
    const Language french(QStringLiteral("fr"));
    MainWindow window;
    EXPECT_EQ(menuTitles(window), (QStringList{QStringLiteral("&Fichier"), QStringLiteral("É&dition"),
                                               QStringLiteral("&Affichage"), QStringLiteral("&Outils"),
                                               QStringLiteral("Aid&e")}));
    EXPECT_EQ(translated("Netpol::MainWindow", "%n error(s)", 1), QStringLiteral("1 erreur"));
    EXPECT_EQ(translated("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
}

TEST(Translations, LanguageWithoutCatalogueStaysEnglishWithPluralForms)
{
    EXPECT_FALSE(Translations::hasCatalogue(Translations::uiLocale(QStringLiteral("es"))));
    EXPECT_TRUE(Translations::hasCatalogue(Translations::uiLocale(QStringLiteral("de_AT"))));
    const Language spanish(QStringLiteral("es"));
    MainWindow window;
    EXPECT_EQ(menuTitles(window).value(0), QStringLiteral("&File"));
    EXPECT_EQ(translated("Netpol::MainWindow", "%n error(s)", 1), QStringLiteral("1 error"));
    EXPECT_EQ(translated("Netpol::MainWindow", "%n policy(s)", 3), QStringLiteral("3 policies"));
}

TEST(Translations, AcceleratorsAreUniqueInEveryMenu)
{
    for (const char *code : {"en", "de", "fr"}) {
        const Language language(QString::fromLatin1(code));
        MainWindow window;
        EXPECT_EQ(acceleratorClashes(window), QStringList()) << code;
    }
}
