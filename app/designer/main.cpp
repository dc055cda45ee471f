// netpol-designer: draw a design, get its zero-trust NetworkPolicies.

#include "mainwindow.h"
#include "recoveryfile.h"
#include "themes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

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
    parser.setApplicationDescription(
        QStringLiteral("Design Kubernetes NetworkPolicies the zero-trust way."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A design to open (*.netpol.yaml)."));
    parser.process(app);

    // View > Theme, as chosen last time, before any window is drawn.
    Netpol::Themes::apply(Netpol::Themes::saved());
    Netpol::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    // Work left by a crash is offered once the window is up.
    QTimer::singleShot(0, &window, [&window] { window.offerRecovery(Netpol::Recovery::directory()); });
    return app.exec();
}
