#include "analyzecommand.h"

#include "cli.h"
#include "manifestinputs.h"

#include "model/analysis/analysis.h"
#include "model/core/fileio.h"

#include <iostream>

namespace Netpol::Cli {

int runAnalyze(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Who can reach whom under the NetworkPolicies in FILE... (manifests: files, directories\n"
        "searched for *.yaml, *.yml and *.json, or - for standard input), and why.\n"
        "Endpoints are NAMESPACE/NAME of a pod or workload (NAMESPACE/KIND/NAME when kinds share\n"
        "a name) or an IP address. Without probes: the allowed connections per ordered pair of\n"
        "workloads and address sets outside the cluster (those the ipBlocks tell apart), ports\n"
        "aggregated: 'shop/web[Deployment] => shop/db[StatefulSet] : TCP 5432; UDP 53', or\n"
        "'All Connections'; a workload and itself left out. --matrix prints every workload pair\n"
        "on every port in play instead; --exposure, per workload, what the policies alone open\n"
        "it to (entire cluster, namespaces and pods by selector, addresses). --focus limits any\n"
        "output to connections from or to the workloads it names.\n"
        "Items of typed lists (NetworkPolicyList, PodList, ...) take the list's kind.\n"
        "Documents with errors (and policies the API server would refuse) are reported on\n"
        "standard error and left out; the verdicts are computed on the rest and printed. A probe\n"
        "naming an endpoint or port name the input lacks is reported on its own and the other\n"
        "probes are still evaluated.\n"
        "Exit codes: 0 the analysis ran on every document (whatever the verdicts); 1 some\n"
        "document was left out (0 with --keep-going) or some probe names what the input lacks\n"
        "(1 even with --keep-going); 2 usage error, unreadable input, a malformed probe or a\n"
        "--focus the input lacks.");
    const QCommandLineOption probe("probe", "A connection to evaluate (repeatable).",
                                   "FROM:TO:PORT[/PROTOCOL]");
    const QCommandLineOption probes("probes", "A file of probes: one 'FROM TO PORT/PROTOCOL' a line, # comments.",
                                    "FILE");
    const QCommandLineOption format("format",
                                    "Output format (default text; md for connection lists).",
                                    "text|json|csv|md", "text");
    const QCommandLineOption explain("explain",
                                     "Add the reasons: which policies isolate each side and "
                                     "which rule allows (per port, on connection lists).");
    const QCommandLineOption matrix("matrix",
                                    "Without probes: every workload pair on every port in play, "
                                    "as a grid per port (text) or one row per cell.");
    const QCommandLineOption exposure(
        "exposure", "Without probes: per workload, what it accepts from and may send to by the "
                    "policies alone (entire cluster, namespaces and pods by selector, addresses).");
    const QCommandLineOption focus(
        "focus", "Only connections from or to this workload (repeatable).", "NS/NAME");
    const QCommandLineOption keepGoing("keep-going",
                                       "Exit 0 even when documents with errors were left out "
                                       "(probes naming what the input lacks still exit 1).");
    parser.addOptions({probe, probes, format, explain, matrix, exposure, focus, keepGoing});
    parser.addPositionalArgument("FILE", "Manifests: files, directories or - for standard input.",
                                 "FILE...");

    int exitCode = ExitOk;
    if (!parseArguments(
            parser, "analyze",
            "FILE... [--probe FROM:TO:PORT[/PROTOCOL]]... [--probes FILE] [--matrix|--exposure] "
            "[--focus NS/NAME]... [--format text|json|csv|md] [--explain] [--keep-going]",
            arguments, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError("analyze", "missing FILE (manifests to analyze, or - for standard input)");
    AnalysisOptions options;
    const auto chosenFormat = parseAnalysisFormat(toStd(parser.value(format)));
    if (!chosenFormat)
        return usageError("analyze", "unknown format '" + parser.value(format)
                                         + "' (expected text, json, csv or md)");
    options.format = *chosenFormat;
    options.explain = parser.isSet(explain);
    options.matrix = parser.isSet(matrix);
    options.exposure = parser.isSet(exposure);
    if (options.exposure && (options.matrix || parser.isSet(probe) || parser.isSet(probes)))
        return usageError("analyze", "--exposure goes without probes and --matrix");
    for (const QString &name : parser.values(focus))
        options.focus.push_back(toStd(name));
    const bool listing
        = !parser.isSet(probe) && !parser.isSet(probes) && !options.matrix && !options.exposure;
    if (options.format == AnalysisFormat::Markdown && !listing)
        return usageError("analyze",
                          "--format md is for connection lists (not with probes, --matrix "
                          "or --exposure)");
    if (options.matrix && (parser.isSet(probe) || parser.isSet(probes)))
        return usageError("analyze",
                          "--matrix is the output without probes; leave out --probe and --probes");
    for (const QString &text : parser.values(probe)) {
        std::string error;
        const auto spec = parseProbeArgument(toStd(text), &error);
        if (!spec)
            return usageError("analyze", "--probe " + text + ": " + QString::fromStdString(error));
        options.probes.push_back(*spec);
    }
    if (parser.isSet(probes)) {
        const std::string path = toStd(parser.value(probes));
        std::string error;
        const auto text = readTextFile(path, &error);
        if (!text) {
            std::cerr << "netpol analyze: cannot read the probes file " << path << ": " << error << '\n';
            return ExitUsage;
        }
        Diagnostics problems;
        for (ProbeSpec &spec : parseProbeFile(*text, path, problems))
            options.probes.push_back(std::move(spec));
        if (!problems.empty()) {
            printDiagnostics(problems);
            return ExitUsage;
        }
    }

    const ManifestSet manifests = readManifestArguments(files);
    if (manifests.unreadable) {
        printDiagnostics(manifests.diagnostics);
        return ExitUsage;
    }
    const AnalysisOutcome outcome = runAnalysis(manifests, options, std::cout);
    std::cout.flush();
    printDiagnostics(outcome.diagnostics);
    if (outcome.focusErrors > 0)
        return ExitUsage;
    if (const std::string skipped = skippedKindsSummary(manifests); !skipped.empty())
        std::cerr << "netpol analyze: " << skipped << '\n';
    if (const int left = outcome.documentsLeftOut; left > 0)
        std::cerr << "netpol analyze: the verdicts were computed without " << left
                  << (left == 1 ? " document" : " documents")
                  << " with errors (reported above)\n";
    if (const int failed = outcome.probeErrors; failed > 0)
        std::cerr << "netpol analyze: " << failed << (failed == 1 ? " probe" : " probes")
                  << " could not be evaluated (reported above)\n";
    if (!std::cout)
        return ExitUsage;
    if (outcome.probeErrors > 0 || (outcome.documentsLeftOut > 0 && !parser.isSet(keepGoing)))
        return ExitInputErrors;
    return ExitOk;
}

} // namespace Netpol::Cli
