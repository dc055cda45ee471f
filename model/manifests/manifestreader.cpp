#include "model/manifests/manifestreader.h"

#include "model/core/fileio.h"
#include "model/manifests/policyreader_p.h"
#include "model/manifests/workloadreader_p.h"
#include "model/manifests/yamlsupport_p.h"

#include <algorithm>
#include <filesystem>

namespace Netpol {

void ManifestSet::append(ManifestSet &&other)
{
    for (auto &p : other.policies)
        policies.push_back(std::move(p));
    for (auto &s : other.policySources)
        policySources.push_back(std::move(s));
    policyErrors.insert(policyErrors.end(), other.policyErrors.begin(), other.policyErrors.end());
    for (auto &n : other.namespaces)
        namespaces.push_back(std::move(n));
    for (auto &w : other.workloads)
        workloads.push_back(std::move(w));
    for (const auto &[kind, count] : other.skippedKinds)
        skippedKinds[kind] += count;
    documents += other.documents;
    for (auto &d : other.diagnostics)
        diagnostics.push_back(std::move(d));
    unreadable = unreadable || other.unreadable;
}

namespace {

void readObject(const YAML::Node &node, Yaml::Context &ctx, ManifestSet &out, const std::string &file)
{
    ++out.documents;
    if (!node.IsMap()) {
        ctx.error(node, "not-an-object", "a manifest document must be a map with apiVersion and kind");
        return;
    }
    const std::string kind = Yaml::scalarText(node["kind"]);
    if (kind.empty()) {
        ctx.error(node, "missing-field", "the document has no kind");
        return;
    }
    if (kind == "List" || (kind.size() > 4 && kind.compare(kind.size() - 4, 4, "List") == 0)) {
        --out.documents; // the list itself is not counted, its items are
        const YAML::Node items = node["items"];
        if (items && items.IsSequence()) {
            for (const YAML::Node &item : items)
                readObject(item, ctx, out, file);
        } else if (items && !items.IsNull()) {
            ctx.error(items, "wrong-type", kind + ".items must be a list");
        }
        return;
    }
    if (kind == "NetworkPolicy") {
        SourceMap sources(file);
        const int errorsBefore = ctx.errorCount();
        if (auto policy = readNetworkPolicy(node, ctx, sources)) {
            out.policies.push_back(std::move(*policy));
            out.policySources.push_back(std::move(sources));
            out.policyErrors.push_back(ctx.errorCount() - errorsBefore);
        }
        return;
    }
    if (kind == "Namespace") {
        if (auto ns = readNamespaceObject(node, ctx))
            out.namespaces.push_back(std::move(*ns));
        return;
    }
    if (const auto workloadKind = parseWorkloadKind(kind)) {
        if (auto w = readWorkloadObject(node, *workloadKind, ctx))
            out.workloads.push_back(std::move(*w));
        return;
    }
    ++out.skippedKinds[kind];
}

bool isManifestFile(const std::filesystem::path &path)
{
    const std::string ext = path.extension().string();
    return ext == ".yaml" || ext == ".yml" || ext == ".json";
}

} // namespace

ManifestSet readManifests(const std::string &text, const std::string &file)
{
    ManifestSet out;
    const auto docs = Yaml::loadAll(text, file, out.diagnostics);
    Yaml::Context ctx(file, out.diagnostics);
    for (const Yaml::Document &doc : docs) {
        ctx.setDocument(doc);
        readObject(doc.root, ctx, out, file);
    }
    return out;
}

ManifestSet readManifestFile(const std::string &path)
{
    std::string error;
    const auto text = readTextFile(path, &error);
    if (!text) {
        ManifestSet out;
        out.unreadable = true;
        out.diagnostics.push_back(makeError("unreadable", "cannot read the file: " + error,
                                            Location::inFile(path, 0, 0)));
        return out;
    }
    return readManifests(*text, path);
}

std::vector<std::string> listManifestFiles(const std::string &directory, std::string *error)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<fs::path> files;
    auto it = fs::recursive_directory_iterator(directory,
                                               fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.empty() && name.front() == '.') {
            if (it->is_directory(ec))
                it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file(ec) && isManifestFile(it->path()))
            files.push_back(it->path());
    }
    if (ec) {
        if (error)
            *error = ec.message();
        return {};
    }
    std::sort(files.begin(), files.end());
    std::vector<std::string> out;
    out.reserve(files.size());
    for (const fs::path &file : files)
        out.push_back(file.string());
    return out;
}

ManifestSet readManifestPath(const std::string &path)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec))
        return readManifestFile(path);

    ManifestSet out;
    std::string error;
    const std::vector<std::string> files = listManifestFiles(path, &error);
    if (!error.empty()) {
        out.unreadable = true;
        out.diagnostics.push_back(makeError("unreadable", "cannot read the directory: " + error,
                                            Location::inFile(path, 0, 0)));
        return out;
    }
    for (const std::string &file : files)
        out.append(readManifestFile(file));
    if (files.empty()) {
        Diagnostic d{Severity::Warning, "no-manifests",
                     "the directory holds no *.yaml, *.yml or *.json file",
                     Location::inFile(path), {}};
        out.diagnostics.push_back(std::move(d));
    }
    return out;
}

} // namespace Netpol
