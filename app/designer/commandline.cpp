#include "commandline.h"

#include <QCommandLineParser>

namespace Netpol {

namespace {

const char kLanguageOption[] = "lang";

} // namespace

void describeCommandLine(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Design Kubernetes NetworkPolicies the zero-trust way.\n"
        "\n"
        "Draw namespaces, workloads and external address blocks, and the flows allowed between\n"
        "them; the window shows the complete NetworkPolicies they generate (a default deny per\n"
        "namespace, DNS, both sides of every flow) and the design's findings as you draw, and\n"
        "exports them as kubectl applies them. Designs are *.netpol.yaml files; unsaved work is\n"
        "autosaved under ~/.local/share/netpol-designer and offered back after a crash. The\n"
        "netpol command does the same jobs on the command line.\n"
        "\n"
        "The window speaks the system's language (LANG, LC_ALL, LC_MESSAGES) when a translation\n"
        "exists (German and French besides English); --lang chooses another."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        QLatin1String(kLanguageOption),
        QStringLiteral("The language of the window instead of the system's: a code such as de, "
                       "fr or en (English)."),
        QStringLiteral("CODE")));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A design to open (*.netpol.yaml)."));
}

CommandLine readCommandLine(const QCommandLineParser &parser)
{
    return {parser.value(QLatin1String(kLanguageOption)), parser.positionalArguments()};
}

} // namespace Netpol
