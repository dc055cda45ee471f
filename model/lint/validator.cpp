#include "model/lint/validator.h"

#include "model/core/fileio.h"
#include "model/design/designreader.h"
#include "model/lint/clusterlint.h"
#include "model/lint/designlint.h"
#include "model/lint/manifestlint.h"
#include "model/manifests/manifestreader.h"
#include "model/manifests/manifestvalidation.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace Netpol {

namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

bool startsWithDesignVersion(std::string_view value)
{
    value = trimmed(value);
    if (!value.empty() && (value.front() == '"' || value.front() == '\''))
        value.remove_prefix(1);
    return value.rfind("netpol-designer/", 0) == 0;
}

} // namespace

int ValidationReport::policies() const
{
    int n = 0;
    for (const ValidatedFile &f : files)
        n += f.policies;
    return n;
}

int ValidationReport::clusterPolicies() const
{
    int n = 0;
    for (const ValidatedFile &f : files)
        n += f.clusterPolicies;
    return n;
}

int ValidationReport::designs() const
{
    return int(std::count_if(files.begin(), files.end(), [](const ValidatedFile &f) {
        return f.kind == ValidatedFile::Kind::Design;
    }));
}

bool isDesignText(std::string_view text)
{
    // YAML: a top-level `apiVersion:` line. JSON: an "apiVersion" member.
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        if (line.rfind("apiVersion:", 0) == 0)
            return startsWithDesignVersion(line.substr(11));
        pos = end + 1;
    }
    const std::size_t key = text.find("\"apiVersion\"");
    if (key == std::string_view::npos)
        return false;
    const std::size_t colon = text.find(':', key);
    return colon != std::string_view::npos && startsWithDesignVersion(text.substr(colon + 1, 40));
}

ValidationReport validateSources(const std::vector<ValidationSource> &sources)
{
    ValidationReport report;
    ManifestSet manifests;
    std::unordered_map<std::string, std::size_t> order; // file name -> input position
    for (const ValidationSource &source : sources) {
        if (!order.emplace(source.name, order.size()).second)
            continue; // the same file named twice (a file and its directory) is read once
        ValidatedFile file{source.name, ValidatedFile::Kind::Manifests, 0, 0};
        if (!source.text) {
            file.kind = ValidatedFile::Kind::Unreadable;
            report.unreadable = true;
            report.diagnostics.push_back(makeError("unreadable",
                                                   "cannot read the file: " + source.error,
                                                   Location::inFile(source.name, 0, 0)));
        } else if (isDesignText(*source.text)) {
            file.kind = ValidatedFile::Kind::Design;
            DesignReadResult read = readDesign(*source.text, source.name);
            report.diagnostics.insert(report.diagnostics.end(), read.diagnostics.begin(),
                                      read.diagnostics.end());
            if (read.design) {
                Diagnostics lint = lintDesign(*read.design);
                read.sourceMap.locate(lint);
                report.diagnostics.insert(report.diagnostics.end(), lint.begin(), lint.end());
            }
        } else {
            ManifestSet set = readManifests(*source.text, source.name);
            file.policies = int(set.policies.size());
            file.clusterPolicies = int(set.clusterPolicies.size());
            for (const auto &[kind, count] : set.skippedKinds)
                file.otherObjects += count;
            report.diagnostics.insert(report.diagnostics.end(), set.diagnostics.begin(),
                                      set.diagnostics.end());
            // The reader's and the API server's errors per policy, in set.policyErrors: the
            // lint leaves out the policies kubectl would refuse.
            const Diagnostics api = validateAndMarkRefused(set);
            report.diagnostics.insert(report.diagnostics.end(), api.begin(), api.end());
            if (set.policies.empty() && set.clusterPolicies.empty() && set.namespaces.empty()
                && set.workloads.empty()
                && !hasErrors(set.diagnostics)) {
                Diagnostic d{Severity::Info, "no-policies",
                             "no NetworkPolicy in this file"
                                 + (file.otherObjects == 1
                                        ? std::string(" (1 other object skipped)")
                                    : file.otherObjects ? " (" + std::to_string(file.otherObjects)
                                                              + " other objects skipped)"
                                                        : std::string()),
                             Location::inFile(source.name, 1, 1),
                             "netpol validate checks NetworkPolicies and designs"};
                report.diagnostics.push_back(std::move(d));
            }
            set.diagnostics.clear(); // reported above
            manifests.append(std::move(set));
        }
        report.files.push_back(std::move(file));
    }
    Diagnostics lint = lintManifests(manifests);
    report.diagnostics.insert(report.diagnostics.end(), lint.begin(), lint.end());
    Diagnostics guardrails = lintClusterPolicies(manifests);
    report.diagnostics.insert(report.diagnostics.end(), guardrails.begin(), guardrails.end());

    // The network plugin note is about the cluster, not a file: once is enough.
    bool notedPlugin = false;
    Diagnostics kept;
    for (Diagnostic &d : report.diagnostics) {
        if (d.code == "network-plugin") {
            if (notedPlugin)
                continue;
            notedPlugin = true;
        }
        kept.push_back(std::move(d));
    }
    std::stable_sort(kept.begin(), kept.end(), [&](const Diagnostic &a, const Diagnostic &b) {
        const auto position = [&](const Diagnostic &d) {
            const auto it = order.find(d.location.file);
            return std::make_tuple(it == order.end() ? order.size() : it->second, d.location.line,
                                   d.location.column);
        };
        return position(a) < position(b);
    });
    report.diagnostics = std::move(kept);
    return report;
}

ValidationReport validateFiles(const std::vector<std::string> &paths)
{
    std::vector<ValidationSource> sources;
    sources.reserve(paths.size());
    for (const std::string &path : paths) {
        ValidationSource source{path, std::nullopt, {}};
        source.text = readTextFile(path, &source.error);
        sources.push_back(std::move(source));
    }
    return validateSources(sources);
}

} // namespace Netpol
