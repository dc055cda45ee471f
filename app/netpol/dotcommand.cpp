#include "dotcommand.h"

#include "cli.h"
#include "manifestinputs.h"

#include "model/core/fileio.h"
#include "model/design/designreader.h"
#include "model/graphviz/diagram.h"
#include "model/import/importer.h"
#include "model/lint/validator.h"

#include <QFileInfo>

#include <iostream>
#include <optional>
#include <iterator>

namespace Netpol::Cli {

namespace {

std::optional<Design> importManifests(const ManifestSet &manifests, const std::string &name, int *exitCode)
{
    printDiagnostics(manifests.diagnostics);
    if (manifests.unreadable) {
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    if (hasErrors(manifests.diagnostics)) {
        *exitCode = ExitInputErrors;
        return std::nullopt;
    }
    ImportOptions options;
    options.designName = name;
    ImportResult imported = importDesign(manifests, options);
    printDiagnostics(imported.diagnostics);
    if (!imported.design)
        *exitCode = ExitInputErrors;
    return std::move(imported.design);
}

std::optional<Design> readDesignText(const std::string &text, const std::string &name, int *exitCode)
{
    const DesignReadResult read = readDesign(text, name);
    printDiagnostics(read.diagnostics);
    if (!read.design)
        *exitCode = ExitInputErrors;
    return read.design;
}

// A design file, or manifests (files, directories, -) turned into a design by import.
int loadInput(const QStringList &inputs, std::optional<Design> *design)
{
    int exitCode = ExitOk;
    const std::string first = toStd(inputs.first());
    if (inputs.size() == 1 && first == "-") {
        const std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
        *design = isDesignText(text) ? readDesignText(text, "<stdin>", &exitCode)
                                     : importManifests(readManifests(text, "<stdin>"), "imported", &exitCode);
        return exitCode;
    }
    if (inputs.size() == 1 && !QFileInfo(inputs.first()).isDir()) {
        std::string error;
        const auto text = readTextFile(first, &error);
        if (!text) {
            printDiagnostics({makeError("unreadable", "cannot read the file: " + error, Location::inFile(first))});
            return ExitUsage;
        }
        if (isDesignText(*text)) {
            *design = readDesignText(*text, first, &exitCode);
            return exitCode;
        }
    }
    std::string name = QFileInfo(inputs.first()).completeBaseName().toStdString();
    *design = importManifests(readManifestArguments(inputs), name.empty() ? "imported" : name, &exitCode);
    return exitCode;
}

} // namespace

int runDot(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Draw a design as a Graphviz diagram for documentation: namespaces as clusters, workloads\n"
        "as nodes, externals as hexagons, flows as edges labelled with their ports. Manifests are\n"
        "imported first (as netpol import does) and drawn as the design they make. The format\n"
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
    parser.addPositionalArgument("INPUT", "A design file (*.netpol.yaml), or manifests (files, directories) that "
                                          "are imported first; - reads standard input.",
                                 "INPUT...");

    int exitCode = ExitOk;
    if (!parseArguments(parser, "dot", "INPUT -o OUT.{dot,svg,png,pdf} [--rankdir LR|TB] [--no-dns] [--no-labels]",
                        arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError("dot", "missing INPUT");

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

    std::optional<Design> design;
    exitCode = loadInput(positional, &design);
    if (!design)
        return exitCode;

    const Diagram diagram = buildDiagram(*design, options);
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
