#include "generatecommand.h"

#include "cli.h"

#include "model/core/fileio.h"
#include "model/design/designreader.h"
#include "model/generate/exporter.h"
#include "model/generate/generator.h"

#include <iostream>
#include <iterator>
#include <set>

namespace Netpol::Cli {

namespace {

DesignReadResult readDesignArgument(const std::string &path)
{
    if (path != "-")
        return readDesignFile(path);
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return readDesign(text, "<stdin>");
}

} // namespace

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Generate the complete zero-trust NetworkPolicies of a design: a default deny per managed\n"
        "namespace, allow-dns where egress is denied, and both sides of every flow.");
    const QCommandLineOption output({"o", "output"},
                                    "Where to write: a FILE (single layout), a DIR (per-namespace and "
                                    "kustomize layouts), or - for standard output (the default).",
                                    "FILE|DIR|-", "-");
    const QCommandLineOption layout("layout",
                                    "single: one multi-document file (default); per-namespace: one file "
                                    "per namespace in DIR; kustomize: per-namespace files plus a "
                                    "kustomization.yaml.",
                                    "single|per-namespace|kustomize", "single");
    parser.addOption(output);
    parser.addOption(layout);
    parser.addPositionalArgument("DESIGN", "The design file (*.netpol.yaml), or - for standard input.");

    int exitCode = ExitOk;
    if (!parseArguments(parser, "generate", "DESIGN [-o FILE|DIR|-] [--layout single|per-namespace|kustomize]",
                        arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError("generate", positional.isEmpty() ? "missing DESIGN" : "expected one DESIGN file");
    const auto chosenLayout = parseExportLayout(toStd(parser.value(layout)));
    if (!chosenLayout)
        return usageError("generate", "unknown layout '" + parser.value(layout)
                                          + "' (expected single, per-namespace or kustomize)");
    const std::string target = toStd(parser.value(output));
    if (*chosenLayout != ExportLayout::Single && (target == "-" || !parser.isSet(output)))
        return usageError("generate", "the " + parser.value(layout) + " layout writes a directory: give it with -o DIR");

    const std::string designPath = toStd(positional.first());
    const DesignReadResult read = readDesignArgument(designPath);
    printDiagnostics(read.diagnostics);
    if (read.unreadable)
        return ExitUsage;
    if (!read.design)
        return ExitInputErrors;

    const GenerateResult generated = generatePolicies(*read.design);
    printDiagnostics(generated.diagnostics);
    if (hasErrors(generated.diagnostics))
        return ExitInputErrors;

    std::vector<NetworkPolicy> policies;
    policies.reserve(generated.policies.size());
    for (const GeneratedPolicy &g : generated.policies)
        policies.push_back(g.policy);

    ExportOptions options;
    options.layout = *chosenLayout;
    options.designName = read.design->metadata.name;
    options.designSource = designPath == "-" ? std::string() : designPath;
    const std::vector<ExportFile> files =
        buildExport(policies, options, generated.clusterPolicies);

    std::set<std::string> namespaces;
    for (const NetworkPolicy &p : policies)
        namespaces.insert(p.metadata.ns);
    std::string summary = std::to_string(policies.size()) + " policies in "
                          + std::to_string(namespaces.size()) + " namespaces";
    if (!generated.clusterPolicies.empty())
        summary += " and " + std::to_string(generated.clusterPolicies.size())
                   + " cluster policies";

    if (*chosenLayout == ExportLayout::Single) {
        if (target == "-") {
            std::cout << files.front().content;
            std::cout.flush();
            return std::cout ? ExitOk : ExitUsage;
        }
        std::string error;
        if (!writeFileAtomically(target, files.front().content, &error)) {
            std::cerr << "netpol generate: cannot write " << target << ": " << error << '\n';
            return ExitUsage;
        }
        std::cerr << "netpol generate: wrote " << summary << " to " << target << '\n';
        return ExitOk;
    }
    std::string error;
    if (!writeExport(target, files, &error)) {
        std::cerr << "netpol generate: " << error << '\n';
        return ExitUsage;
    }
    std::cerr << "netpol generate: wrote " << summary << " to " << target << "/ (" << files.size()
              << " files)\n";
    return ExitOk;
}

} // namespace Netpol::Cli
