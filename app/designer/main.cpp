// netpol-designer: draw a design, get its zero-trust NetworkPolicies.

#include "mainwindow.h"
#include "recoveryfile.h"

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
    parser.setApplicationDescription(QStringLiteral(
        "Design Kubernetes NetworkPolicies the zero-trust way.\n"
        "\n"
        "Draw namespaces, workloads and external address blocks, and the flows allowed between\n"
        "them; the window shows the complete NetworkPolicies they generate (a default deny per\n"
        "namespace, DNS, both sides of every flow) and the design's findings as you draw, and\n"
        "exports them as kubectl applies them. Designs are *.netpol.yaml files; unsaved work is\n"
        "autosaved under ~/.local/share/netpol-designer and offered back after a crash. The\n"
        "netpol command does the same jobs on the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A design to open (*.netpol.yaml)."));
    parser.process(app);

    Netpol::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.first());
    // Work left by a crash is offered once the window is up.
    QTimer::singleShot(0, &window, [&window] { window.offerRecovery(Netpol::Recovery::directory()); });
    return app.exec();
}
