// netpol-designer: draw a design, get its zero-trust NetworkPolicies.

#include "commandline.h"
#include "mainwindow.h"
#include "recoveryfile.h"
#include "translations.h"
#include "themes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("netpol-designer"));
    QApplication::setOrganizationName(QStringLiteral("netpol-designer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Netpol Designer"));
    QApplication::setApplicationVersion(QStringLiteral(NETPOL_VERSION));
    // One application id everywhere: the desktop entry, the AppStream metadata, the icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.netpoldesigner.NetpolDesigner"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.netpoldesigner.NetpolDesigner.svg")));

    QCommandLineParser parser;
    Netpol::describeCommandLine(parser);
    parser.process(app);
    const Netpol::CommandLine commandLine = Netpol::readCommandLine(parser);

    const QLocale locale = Netpol::Translations::uiLocale(commandLine.language);
    if (!commandLine.language.isEmpty() && !Netpol::Translations::hasCatalogue(locale)) {
        std::fprintf(stderr, "netpol-designer: no translation for --lang %s; the window stays "
                             "English\n", qPrintable(commandLine.language));
    }
    Netpol::Translations::install(locale);

    // View > Theme, as chosen last time, before any window is drawn.
    Netpol::Themes::apply(Netpol::Themes::saved());
    Netpol::MainWindow window;
    window.show();
    if (!commandLine.files.isEmpty())
        window.openFile(commandLine.files.first());
    // Work left by a crash is offered once the window is up.
    QTimer::singleShot(0, &window, [&window] { window.offerRecovery(Netpol::Recovery::directory()); });
    return app.exec();
}
