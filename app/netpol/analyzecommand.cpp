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
        "a name) or an IP address. Without probes: every workload pair on every port in play.\n"
        "Documents with errors are reported on standard error and left out; the analysis runs on\n"
        "the rest. Exit codes: 0 the analysis ran (whatever the verdicts), 2 usage error,\n"
        "unreadable input or a probe naming something the input does not have.");
    const QCommandLineOption probe("probe", "A connection to evaluate (repeatable).",
                                   "FROM:TO:PORT[/PROTOCOL]");
    const QCommandLineOption probes("probes", "A file of probes: one 'FROM TO PORT/PROTOCOL' a line, # comments.",
                                    "FILE");
    const QCommandLineOption format("format", "Output format (default text).", "text|json|csv", "text");
    const QCommandLineOption explain("explain", "Add the reasons: which policies isolate each side and "
                                                "which rule allows.");
    parser.addOptions({probe, probes, format, explain});
    parser.addPositionalArgument("FILE", "Manifests: files, directories or - for standard input.", "FILE...");

    int exitCode = ExitOk;
    if (!parseArguments(parser, "analyze",
                        "FILE... [--probe FROM:TO:PORT[/PROTOCOL]]... [--probes FILE] "
                        "[--format text|json|csv] [--explain]",
                        arguments, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError("analyze", "missing FILE (manifests to analyze, or - for standard input)");
    AnalysisOptions options;
    const auto chosenFormat = parseAnalysisFormat(toStd(parser.value(format)));
    if (!chosenFormat)
        return usageError("analyze", "unknown format '" + parser.value(format) + "' (expected text, json or csv)");
    options.format = *chosenFormat;
    options.explain = parser.isSet(explain);
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
    if (const std::string skipped = skippedKindsSummary(manifests); !skipped.empty())
        std::cerr << "netpol analyze: " << skipped << '\n';
    if (outcome.probeErrors)
        return ExitUsage;
    return std::cout ? ExitOk : ExitUsage;
}

} // namespace Netpol::Cli
