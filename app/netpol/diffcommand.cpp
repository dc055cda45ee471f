#include "diffcommand.h"

#include "cli.h"
#include "model/analysis/connectiondiff.h"
#include "model/lint/manifestsource.h"

#include <iostream>

namespace Netpol::Cli {

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "The allowed connections that differ between OLD and NEW, per ordered pair of workloads\n"
        "and address sets outside the cluster: 'added' (allowed only in NEW), 'removed' (only in\n"
        "OLD) or 'changed' (both, other ports), with both connection sets; an endpoint on one\n"
        "side only is marked (new) or (gone). Workloads are matched by namespace, kind and name.\n"
        "Each side is a manifest file, a directory (searched for *.yaml, *.yml and *.json), a\n"
        "design (*.netpol.yaml: its generated policies with its workloads), or git:REV:PATH,\n"
        "read with git from the repository of the current directory (PATH from its top; a\n"
        "directory is listed with git ls-tree).\n"
        "Exit codes, like diff(1): 0 no difference; 1 differences; 2 usage error, an input that\n"
        "cannot be read or has errors (reported on standard error, nothing is compared).");
    const QCommandLineOption format("format", "Output format (default text).", "text|json|csv|md",
                                    "text");
    const QCommandLineOption explain("explain",
                                     "Name the policies and rules that allow each side's ports.");
    parser.addOptions({format, explain});
    parser.addPositionalArgument("OLD",
                                 "The input before: file, directory, design or git:REV:PATH.");
    parser.addPositionalArgument("NEW", "The input after, in the same forms.");

    int exitCode = ExitOk;
    if (!parseArguments(parser, "diff", "OLD NEW [--format text|json|csv|md] [--explain]",
                        arguments, &exitCode))
        return exitCode;
    const QStringList sides = parser.positionalArguments();
    if (sides.size() != 2)
        return usageError("diff", "expected OLD and NEW, got " + QString::number(sides.size())
                                      + (sides.size() == 1 ? " input" : " inputs"));
    const auto chosenFormat = parseAnalysisFormat(toStd(parser.value(format)));
    if (!chosenFormat)
        return usageError("diff", "unknown format '" + parser.value(format)
                                      + "' (expected text, json, csv or md)");

    ManifestSet inputs[2];
    bool failed = false;
    for (int i = 0; i < 2; ++i) {
        std::string error;
        inputs[i] = readManifestSource(toStd(sides[i]), &error);
        printDiagnostics(inputs[i].diagnostics);
        if (inputs[i].unreadable) {
            std::cerr << "netpol diff: " << error << '\n';
            failed = true;
        } else if (const int left = inputs[i].documentsLeftOut(); left > 0) {
            std::cerr << "netpol diff: " << toStd(sides[i]) << " has " << left
                      << (left == 1 ? " document" : " documents")
                      << " with errors (reported above)\n";
            failed = true;
        }
    }
    if (failed)
        return ExitUsage;
    // The reading diagnostics are printed; the outcome adds the clusters' warnings.
    ManifestSet before = std::move(inputs[0]);
    ManifestSet after = std::move(inputs[1]);
    before.diagnostics.clear();
    after.diagnostics.clear();
    const DiffOutcome outcome
        = runConnectionDiff(before, after, *chosenFormat, std::cout, parser.isSet(explain));
    std::cout.flush();
    printDiagnostics(outcome.diagnostics);
    if (!std::cout)
        return ExitUsage;
    return outcome.changes > 0 ? ExitInputErrors : ExitOk;
}

} // namespace Netpol::Cli
