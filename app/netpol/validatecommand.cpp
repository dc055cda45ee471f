#include "validatecommand.h"

#include "cli.h"
#include "sarifreport.h"

#include "model/core/directorywalk.h"
#include "model/core/fileio.h"
#include "model/lint/validator.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>
#include <iterator>

namespace Netpol::Cli {

namespace {

const char kStdinName[] = "<stdin>";

// The files an argument stands for: itself, or the manifest files under a directory (as
// `netpol analyze` and `kubectl apply -f DIR` take them; designs among them are found by
// content), read here. An unreadable directory is one unreadable source; what cannot be read
// inside one (link loops, dangling links, unreadable entries) is a warning in `warnings`.
std::vector<ValidationSource> expandArgument(const std::string &argument, Diagnostics &warnings)
{
    if (!QFileInfo(QString::fromStdString(argument)).isDir()) {
        ValidationSource source{argument, std::nullopt, {}};
        source.text = readTextFile(argument, &source.error);
        return {std::move(source)};
    }
    DirectoryWalk walk = walkDirectory(argument, [](const std::filesystem::path &path) {
        const std::string ext = path.extension().string();
        return ext == ".yaml" || ext == ".yml" || ext == ".json";
    });
    if (!walk.error.empty())
        return {{argument, std::nullopt, walk.error}};
    for (Diagnostic &d : walk.warnings)
        warnings.push_back(std::move(d));
    std::vector<ValidationSource> out;
    for (const std::string &file : walk.files) {
        std::string error;
        std::optional<std::string> text = readTextFile(file, &error);
        if (text) {
            out.push_back({file, std::move(text), {}});
            continue;
        }
        warnings.push_back({Severity::Warning, "unreadable-entry",
                            "cannot read the file: " + error + "; skipped",
                            Location::inFile(file), {}});
    }
    return out;
}

std::string plural(int n, const char *word)
{
    return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
}

std::string summaryLine(const ValidationReport &report)
{
    std::string out = plural(int(report.files.size()), "file") + " checked ("
                      + plural(report.designs(), "design") + ", "
                      + std::to_string(report.policies()) + " NetworkPolic"
                      + (report.policies() == 1 ? "y" : "ies")
                      + (report.clusterPolicies() > 0
                             ? ", " + std::to_string(report.clusterPolicies()) + " cluster polic"
                                   + (report.clusterPolicies() == 1 ? "y" : "ies")
                             : std::string())
                      + "): ";
    out += plural(report.count(Severity::Error), "error") + ", "
           + plural(report.count(Severity::Warning), "warning") + ", "
           + plural(report.count(Severity::Info), "info");
    return out;
}

QJsonObject toJson(const Diagnostic &d)
{
    QJsonObject o;
    o["file"] = QString::fromStdString(d.location.file);
    o["line"] = d.location.line;
    o["column"] = d.location.column;
    o["severity"] = QString::fromStdString(std::string(severityName(d.severity)));
    o["code"] = QString::fromStdString(d.code);
    o["message"] = QString::fromStdString(d.message);
    o["hint"] = QString::fromStdString(d.hint);
    if (!d.location.element.isNull())
        o["element"] = QString::fromStdString(d.location.element.toString());
    if (!d.location.field.empty())
        o["field"] = QString::fromStdString(d.location.field);
    return o;
}

void printJson(const ValidationReport &report, int exitCode)
{
    QJsonArray files;
    for (const ValidatedFile &f : report.files) {
        QJsonObject o;
        o["file"] = QString::fromStdString(f.name);
        o["kind"] = f.kind == ValidatedFile::Kind::Design      ? "design"
                    : f.kind == ValidatedFile::Kind::Manifests ? "manifests"
                                                               : "unreadable";
        if (f.kind == ValidatedFile::Kind::Manifests) {
            o["policies"] = f.policies;
            o["otherObjects"] = f.otherObjects;
        }
        files.append(o);
    }
    QJsonArray diagnostics;
    for (const Diagnostic &d : report.diagnostics)
        diagnostics.append(toJson(d));
    QJsonObject summary;
    summary["files"] = int(report.files.size());
    summary["designs"] = report.designs();
    summary["policies"] = report.policies();
    summary["errors"] = report.count(Severity::Error);
    summary["warnings"] = report.count(Severity::Warning);
    summary["infos"] = report.count(Severity::Info);
    summary["exitCode"] = exitCode;
    summary["ok"] = exitCode == ExitOk;
    QJsonObject root;
    root["files"] = files;
    root["diagnostics"] = diagnostics;
    root["summary"] = summary;
    std::cout << QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

void printText(const ValidationReport &report, bool hints, bool strict)
{
    for (const Diagnostic &d : report.diagnostics) {
        std::cout << d.format() << '\n';
        if (hints && !d.hint.empty())
            std::cout << "    hint: " << d.hint << '\n';
    }
    std::string summary = summaryLine(report);
    if (strict && report.count(Severity::Error) == 0 && report.count(Severity::Warning) > 0)
        summary += " (--strict: warnings fail)";
    std::cout << summary << '\n';
}

} // namespace

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Check designs and NetworkPolicy manifests before kubectl does: the API server's rules\n"
        "with its messages, reading errors, and the zero-trust lint (docs/diagnostics.md lists\n"
        "every code). Designs and manifests are told apart by content; directories are searched\n"
        "for *.yaml, *.yml and *.json. Manifests are linted together.\n"
        "\n"
        "Prints one line per finding, file:line:column: error|warning|info: CODE: message,\n"
        "then a summary. --format json prints them for tools, --format sarif as SARIF 2.1.0\n"
        "for code scanning (GitHub and others), with every code's documentation as its rule.\n"
        "Exit 0 when there is no error, 1 when there is one (or, with --strict, a warning),\n"
        "2 on a usage error or unreadable input.");
    const QCommandLineOption strict("strict", "Fail (exit 1) on warnings too.");
    const QCommandLineOption format("format", "text (default), json or sarif.", "text|json|sarif",
                                    "text");
    const QCommandLineOption hints("hints",
                                   "Print each finding's fix hint under it (text format).");
    parser.addOption(strict);
    parser.addOption(format);
    parser.addOption(hints);
    parser.addPositionalArgument(
        "FILE", "Designs, manifests or directories; - reads standard input.", "FILE...");

    int exitCode = ExitOk;
    if (!parseArguments(parser, "validate", "FILE... [--strict] [--format text|json|sarif] [--hints]",
                        arguments, &exitCode))
        return exitCode;
    const QString chosenFormat = parser.value(format);
    if (chosenFormat != "text" && chosenFormat != "json" && chosenFormat != "sarif")
        return usageError("validate", "unknown format '" + chosenFormat
                                          + "' (expected text, json or sarif)");
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError("validate", "missing FILE");

    std::vector<ValidationSource> sources;
    Diagnostics walkWarnings; // what the walks of directories could not read
    bool stdinUsed = false;
    for (const QString &argument : positional) {
        if (argument == "-") {
            if (stdinUsed)
                return usageError("validate", "standard input (-) can be read only once");
            stdinUsed = true;
            std::string text((std::istreambuf_iterator<char>(std::cin)),
                             std::istreambuf_iterator<char>());
            sources.push_back({kStdinName, std::move(text), {}});
            continue;
        }
        const std::size_t warningsBefore = walkWarnings.size();
        std::vector<ValidationSource> files = expandArgument(toStd(argument), walkWarnings);
        if (files.empty() && walkWarnings.size() == warningsBefore)
            return usageError("validate",
                              "no *.yaml, *.yml or *.json file in directory '" + argument + "'");
        for (ValidationSource &source : files)
            sources.push_back(std::move(source));
    }

    ValidationReport report = validateSources(sources);
    report.diagnostics.insert(report.diagnostics.begin(), walkWarnings.begin(), walkWarnings.end());
    const bool failed = report.count(Severity::Error) > 0
                        || (parser.isSet(strict) && report.count(Severity::Warning) > 0);
    exitCode = report.unreadable ? ExitUsage : failed ? ExitInputErrors : ExitOk;
    if (chosenFormat == "json")
        printJson(report, exitCode);
    else if (chosenFormat == "sarif")
        std::cout << QJsonDocument(sarifLog(report.diagnostics, diagnosticRules(), QDir::current()))
                         .toJson(QJsonDocument::Indented)
                         .toStdString();
    else
        printText(report, parser.isSet(hints), parser.isSet(strict));
    std::cout.flush();
    return exitCode;
}

} // namespace Netpol::Cli
