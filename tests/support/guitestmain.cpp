// main() for the GUI tests: a QApplication on the offscreen platform (unless the environment
// chose one), in English with the designer's plural forms, settings and application data
// (recovery files) kept away from the user's and from other test processes, then GoogleTest.

#include "support/testsupport.h"

#include "translations.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // In test mode the standard locations live below $HOME/.qttest; a home of this process's
    // own makes AppDataLocation a fresh temporary folder.
    qputenv("HOME", QByteArray::fromStdString(Netpol::Test::makeTempDir()));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("netpol-designer-tests"));
    QApplication::setApplicationName(QStringLiteral("netpol-designer-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       QString::fromStdString(Netpol::Test::makeTempDir()));
    // English as the window speaks it whatever the test machine's locale: with its plural forms
    // ("1 flow", "3 flows").
    Netpol::Translations::install(QLocale(QLocale::English));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
