#include "cli.h"

#include "analyzecommand.h"
#include "arrangecommand.h"
#include "diffcommand.h"
#include "dotcommand.h"
#include "generatecommand.h"
#include "importcommand.h"
#include "testcommand.h"
#include "validatecommand.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <iostream>

namespace Netpol::Cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {
        {"generate", "Generate the zero-trust NetworkPolicies of a design", runGenerate},
        {"analyze", "Who can reach whom under existing NetworkPolicies, and why", runAnalyze},
        {"diff", "The allowed connections that differ between two inputs (files, designs, git)",
         runDiff},
        {"import", "Build an editable design from existing manifests", runImport},
        {"validate", "Check designs and NetworkPolicy manifests (API rules and lint)", runValidate},
        {"test", "Run a design's expect: checks on its generated policies", runTest},
        {"dot", "Draw a design as a Graphviz diagram (DOT, SVG, PNG, PDF)", runDot},
        {"arrange", "Lay a design out with Graphviz (positions and frames only)", runArrange},
    };
    return list;
}

std::string toStd(const QString &s)
{
    return s.toStdString();
}

std::string invocation()
{
    const QStringList args = QCoreApplication::arguments();
    if (!args.isEmpty() && QFileInfo(args.first()).fileName() == QLatin1String("kubectl-netpol"))
        return "kubectl netpol";
    return "netpol";
}

int usageError(const QString &command, const QString &message)
{
    std::cerr << "netpol " << toStd(command) << ": " << toStd(message) << '\n'
              << "Try '" << invocation() << ' ' << toStd(command)
              << " --help' for more information.\n";
    return ExitUsage;
}

bool parseArguments(QCommandLineParser &parser, const QString &command, const QString &synopsis,
                    const QStringList &arguments, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    parser.addOption(help);
    QStringList args = arguments;
    args.prepend("netpol " + command);
    if (!parser.parse(args)) {
        *exitCode = usageError(command, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt prints "Usage: netpol generate [options]"; show the real synopsis instead.
        const qsizetype firstNewline = text.indexOf('\n');
        text = "Usage: " + QString::fromStdString(invocation()) + ' ' + command + ' ' + synopsis
               + text.mid(firstNewline);
        std::cout << toStd(text);
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

void printDiagnostics(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        std::cerr << d.format() << '\n';
        if (!d.hint.empty())
            std::cerr << "    hint: " << d.hint << '\n';
    }
}

} // namespace Netpol::Cli
