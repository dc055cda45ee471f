#include "dotcommand.h"

#include "cli.h"

#include "model/designreader.h"
#include "model/diagram.h"
#include "model/fileio.h"

#include <QFileInfo>

#include <iostream>
#include <iterator>

namespace Netpol::Cli {

int runDot(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Draw a design as a Graphviz diagram for documentation: namespaces as clusters, workloads\n"
        "as nodes, externals as hexagons, flows as edges labelled with their ports. The format\n"
        "follows the output's extension (.dot, .svg, .png, .pdf); without -o, DOT goes to\n"
        "standard output.");
    const QCommandLineOption output({"o", "output"}, "The file to write, or - for standard output.",
                                    "OUT.{dot,svg,png,pdf}", "-");
    const QCommandLineOption format("format", "Force a format instead of the extension's.", "dot|svg|png|pdf");
    const QCommandLineOption rankdir("rankdir", "Layout direction: LR (default) or TB.", "LR|TB", "LR");
    const QCommandLineOption noDns("no-dns", "Leave out the DNS edges.");
    const QCommandLineOption noLabels("no-labels", "Leave out the port labels on flow edges.");
    const QCommandLineOption noLegend("no-legend", "Leave out the legend.");
    const QCommandLineOption timeout("timeout", "Give Graphviz at most this many seconds (default 300).",
                                     "SECONDS", "300");
    for (const QCommandLineOption &o : {output, format, rankdir, noDns, noLabels, noLegend, timeout})
        parser.addOption(o);
    parser.addPositionalArgument("INPUT", "A design file (*.netpol.yaml), or - for standard input.");

    int exitCode = ExitOk;
    if (!parseArguments(parser, "dot", "INPUT -o OUT.{dot,svg,png,pdf} [--rankdir LR|TB] [--no-dns] [--no-labels]",
                        arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError("dot", positional.isEmpty() ? "missing INPUT" : "expected one INPUT");

    DiagramOptions options;
    const QString direction = parser.value(rankdir).toUpper();
    if (direction != "LR" && direction != "TB")
        return usageError("dot", "--rankdir must be LR or TB, not '" + parser.value(rankdir) + "'");
    options.rankdir = direction == "TB" ? RankDirection::TopBottom : RankDirection::LeftRight;
    options.dns = !parser.isSet(noDns);
    options.labels = !parser.isSet(noLabels);
    options.legend = !parser.isSet(noLegend);
    bool seconds = false;
    const int timeoutSeconds = parser.value(timeout).toInt(&seconds);
    if (!seconds || timeoutSeconds <= 0)
        return usageError("dot", "--timeout must be a positive number of seconds");

    const std::string target = toStd(parser.value(output));
    DiagramFormat chosen = DiagramFormat::Dot;
    if (parser.isSet(format)) {
        const auto f = parseDiagramFormat(toStd(parser.value(format)));
        if (!f)
            return usageError("dot", "unknown format '" + parser.value(format) + "' (dot, svg, png or pdf)");
        chosen = *f;
    } else if (target != "-") {
        const auto f = parseDiagramFormat(toStd(QFileInfo(parser.value(output)).suffix().toLower()));
        if (!f)
            return usageError("dot", "cannot tell the format from '" + parser.value(output)
                                         + "': name it .dot, .svg, .png or .pdf, or give --format");
        chosen = *f;
    }

    const std::string input = toStd(positional.first());
    DesignReadResult read;
    if (input == "-") {
        const std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
        read = readDesign(text, "<stdin>");
    } else {
        read = readDesignFile(input);
    }
    printDiagnostics(read.diagnostics);
    if (read.unreadable)
        return ExitUsage;
    if (!read.design)
        return ExitInputErrors;

    const Diagram diagram = buildDiagram(*read.design, options);
    printDiagnostics(diagram.notes);
    const RenderResult rendered = renderDiagram(diagram, chosen, std::chrono::seconds(timeoutSeconds));
    printDiagnostics(rendered.diagnostics);
    if (!rendered.ok)
        return ExitInputErrors;
    if (target == "-") {
        std::cout << rendered.output;
        std::cout.flush();
        return std::cout ? ExitOk : ExitUsage;
    }
    std::string error;
    if (!writeFileAtomically(target, rendered.output, &error)) {
        std::cerr << "netpol dot: cannot write " << target << ": " << error << '\n';
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace Netpol::Cli
