#include "importcommand.h"

#include "cli.h"
#include "manifestinputs.h"

#include "model/core/fileio.h"
#include "model/design/designwriter.h"
#include "model/import/importer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <filesystem>
#include <iostream>

namespace Netpol::Cli {

namespace {

std::string designNameFor(const std::string &output)
{
    if (output == "-")
        return "imported";
    std::string name = std::filesystem::path(output).filename().string();
    for (const char *suffix : {".netpol.yaml", ".netpol.yml", ".yaml", ".yml"}) {
        const std::string s = suffix;
        if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0) {
            name.resize(name.size() - s.size());
            break;
        }
    }
    return name.empty() ? std::string("imported") : name;
}

QJsonValue text(const std::string &s)
{
    return QString::fromStdString(s);
}

// What the designer keeps after an import: every finding with its place, and each half-open
// connection as the flow the user may add. JSON, for the designer (which runs this command as
// its helper) and for other tools.
std::string findingsJson(const ImportResult &result)
{
    QJsonArray diagnostics;
    for (const Diagnostic &d : result.diagnostics) {
        QJsonObject o;
        o.insert("severity", text(std::string(severityName(d.severity))));
        o.insert("code", text(d.code));
        o.insert("message", text(d.message));
        o.insert("file", text(d.location.file));
        o.insert("line", d.location.line);
        o.insert("column", d.location.column);
        diagnostics.append(o);
    }
    QJsonArray halfOpen;
    for (const HalfOpenConnection &open : result.halfOpen) {
        QJsonArray ports;
        for (const FlowPort &port : open.flow.ports)
            ports.append(text(port.toString()));
        QJsonObject o;
        o.insert("from", text(open.flow.from.toString()));
        o.insert("to", text(open.flow.to.toString()));
        o.insert("ports", ports);
        o.insert("allowed", open.egressAllowed ? "egress" : "ingress");
        o.insert("finding", int(open.finding));
        halfOpen.append(o);
    }
    QJsonObject root;
    root.insert("diagnostics", diagnostics);
    root.insert("halfOpen", halfOpen);
    return QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Build an editable design from existing manifests: NetworkPolicies with the Namespaces,\n"
        "Pods and workloads (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob) they\n"
        "act on. Flows are what the policies actually allow. Whatever the design cannot express\n"
        "exactly is reported on standard error (warnings, codes import-...), never dropped or\n"
        "widened silently. Input with errors is reported and no design is written.\n"
        "Exit codes: 0 written, 1 the input has errors, 2 usage error or unreadable input.");
    const QCommandLineOption output({"o", "output"}, "Where to write the design, or - for standard output "
                                                     "(the default).",
                                    "DESIGN.netpol.yaml", "-");
    const QCommandLineOption grid("grid", "Lay namespaces out in a simple grid instead of running Graphviz.");
    const QCommandLineOption findings(
        "findings", "Also write what the import reports as JSON: {diagnostics: [{severity, code, "
                    "message, file, line, column}], halfOpen: [{from, to, ports, allowed: "
                    "egress|ingress, finding}]} (finding: the index of its warning).",
        "FILE.json");
    parser.addOption(output);
    parser.addOption(grid);
    parser.addOption(findings);
    parser.addPositionalArgument("FILE", "Manifests: files, directories or - for standard input.", "FILE...");
    int exitCode = ExitOk;
    if (!parseArguments(parser, "import", "FILE... [-o DESIGN.netpol.yaml|-]", arguments, &exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError("import", "missing FILE (manifests to import, or - for standard input)");
    const std::string target = toStd(parser.value(output));

    const ManifestSet manifests = readManifestArguments(files);
    if (manifests.unreadable) {
        printDiagnostics(manifests.diagnostics);
        return ExitUsage;
    }
    if (hasErrors(manifests.diagnostics)) {
        printDiagnostics(manifests.diagnostics);
        std::cerr << "netpol import: the input has errors; no design was written\n";
        return ExitInputErrors;
    }
    ImportOptions options;
    options.designName = designNameFor(target);
    options.description = "Imported by netpol import from " + toStd(files.join(", "));
    options.arrange = !parser.isSet(grid);
    const ImportResult result = importDesign(manifests, options);
    printDiagnostics(result.diagnostics);
    if (const std::string skipped = skippedKindsSummary(manifests); !skipped.empty())
        std::cerr << "netpol import: " << skipped << '\n';
    if (!result.design) {
        std::cerr << "netpol import: no design was written\n";
        return ExitInputErrors;
    }
    const Design &design = *result.design;
    const std::string text = writeDesign(design);
    if (target == "-") {
        std::cout << text;
        std::cout.flush();
        if (!std::cout)
            return ExitUsage;
    } else {
        std::string error;
        if (!writeFileAtomically(target, text, &error)) {
            std::cerr << "netpol import: cannot write " << target << ": " << error << '\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(findings)) {
        std::string error;
        const std::string path = toStd(parser.value(findings));
        if (!writeFileAtomically(path, findingsJson(result), &error)) {
            std::cerr << "netpol import: cannot write " << path << ": " << error << '\n';
            return ExitUsage;
        }
    }
    int inexact = 0;
    for (const Diagnostic &d : result.diagnostics)
        inexact += d.severity == Severity::Warning && d.code.rfind("import-", 0) == 0;
    std::cerr << "netpol import: wrote " << (target == "-" ? std::string("the design") : target) << ": "
              << design.namespaces.size() << " namespaces, " << design.workloads.size() << " workloads, "
              << design.externals.size() << " externals, " << design.flows.size() << " flows";
    if (inexact > 0)
        std::cerr << "; see the " << (inexact == 1 ? "warning" : std::to_string(inexact) + " warnings")
                  << " above for what the design cannot express exactly";
    std::cerr << '\n';
    return ExitOk;
}

} // namespace Netpol::Cli
