// main() for the GUI tests: a QApplication on the offscreen platform (unless the environment
// chose one), settings kept away from the user's, then GoogleTest.

#include "support/testsupport.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("netpol-designer-tests"));
    QApplication::setApplicationName(QStringLiteral("netpol-designer-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       QString::fromStdString(Netpol::Test::makeTempDir()));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
