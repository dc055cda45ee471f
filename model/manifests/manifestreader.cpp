#include "model/manifests/manifestreader.h"

#include "model/core/fileio.h"
#include "model/core/quoting.h"
#include "model/manifests/clusterpolicyreader_p.h"
#include "model/manifests/policyreader_p.h"
#include "model/manifests/workloadreader_p.h"
#include "model/manifests/yamlsupport_p.h"

#include <algorithm>
#include <filesystem>
#include <string_view>

namespace Netpol {

void ManifestSet::append(ManifestSet &&other)
{
    for (auto &p : other.policies)
        policies.push_back(std::move(p));
    for (auto &s : other.policySources)
        policySources.push_back(std::move(s));
    policyErrors.insert(policyErrors.end(), other.policyErrors.begin(), other.policyErrors.end());
    for (auto &p : other.clusterPolicies)
        clusterPolicies.push_back(std::move(p));
    for (auto &s : other.clusterPolicySources)
        clusterPolicySources.push_back(std::move(s));
    clusterPolicyErrors.insert(clusterPolicyErrors.end(), other.clusterPolicyErrors.begin(),
                               other.clusterPolicyErrors.end());
    for (auto &n : other.namespaces)
        namespaces.push_back(std::move(n));
    for (auto &w : other.workloads)
        workloads.push_back(std::move(w));
    for (const auto &[kind, count] : other.skippedKinds)
        skippedKinds[kind] += count;
    documents += other.documents;
    unusable += other.unusable;
    for (auto &d : other.diagnostics)
        diagnostics.push_back(std::move(d));
    unreadable = unreadable || other.unreadable;
    expectedPairs.merge(other.expectedPairs);
}

int ManifestSet::documentsLeftOut() const
{
    const auto refused = [](int errors) { return errors > 0; };
    return unusable + int(std::count_if(policyErrors.begin(), policyErrors.end(), refused))
           + int(std::count_if(clusterPolicyErrors.begin(), clusterPolicyErrors.end(), refused));
}

namespace {

// What a typed list (`NetworkPolicyList`, `PodList`, ...) gives its items that do not say it
// themselves, as Kubernetes' decoders do: the kind the list is named after, and its apiVersion.
struct ListDefaults
{
    std::string kind;
    std::string apiVersion;
};

bool endsWith(const std::string &text, std::string_view suffix)
{
    return text.size() >= suffix.size()
           && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void readObject(const YAML::Node &node, Yaml::Context &ctx, ManifestSet &out,
                const std::string &file, const ListDefaults &defaults = {})
{
    ++out.documents;
    if (!node.IsMap()) {
        ctx.error(node, "not-an-object",
                  "the document is not a Kubernetes object: an object is a map of apiVersion, "
                  "kind, metadata and spec");
        ++out.unusable;
        return;
    }
    std::string kind = Yaml::scalarText(node["kind"]);
    if (kind.empty())
        kind = defaults.kind;
    if (kind.empty()) {
        ctx.error(node, "missing-field",
                  "the document has no `kind`: every Kubernetes object names its kind "
                  "(NetworkPolicy, Namespace, Pod, Deployment, ...)",
                  "add `kind:` and `apiVersion:` (for a NetworkPolicy: kind: NetworkPolicy, "
                  "apiVersion: networking.k8s.io/v1)");
        ++out.unusable;
        return;
    }
    if (endsWith(kind, "List")) {
        --out.documents; // the list itself is not counted, its items are
        const YAML::Node items = node["items"];
        // `List` holds objects of any kind, each naming its own; `PodList` holds Pods, which
        // the API server writes without kind and apiVersion.
        const ListDefaults itemDefaults{kind.substr(0, kind.size() - 4),
                                        Yaml::scalarText(node["apiVersion"])};
        if (items && items.IsSequence()) {
            for (const YAML::Node &item : items)
                readObject(item, ctx, out, file, itemDefaults);
        } else if (items && !items.IsNull()) {
            ctx.error(items, "wrong-type",
                      wordOrQuoted(kind)
                          + ".items must be a list of objects (- apiVersion: ..., kind: ...)");
            ++out.unusable;
        }
        return;
    }
    if (kind == "NetworkPolicy") {
        SourceMap sources(file);
        const int errorsBefore = ctx.errorCount();
        if (auto policy = readNetworkPolicy(node, ctx, sources, defaults.apiVersion)) {
            out.policies.push_back(std::move(*policy));
            out.policySources.push_back(std::move(sources));
            out.policyErrors.push_back(ctx.errorCount() - errorsBefore);
        } else {
            ++out.unusable;
        }
        return;
    }
    if (const auto clusterKind = parseClusterPolicyKind(kind)) {
        SourceMap sources(file);
        const int errorsBefore = ctx.errorCount();
        auto policy = readClusterPolicy(node, *clusterKind, ctx, sources, defaults.apiVersion);
        if (policy) {
            out.clusterPolicies.push_back(std::move(*policy));
            out.clusterPolicySources.push_back(std::move(sources));
            out.clusterPolicyErrors.push_back(ctx.errorCount() - errorsBefore);
        } else {
            ++out.unusable;
        }
        return;
    }
    if (kind == "Namespace") {
        if (auto ns = readNamespaceObject(node, ctx))
            out.namespaces.push_back(std::move(*ns));
        else
            ++out.unusable;
        return;
    }
    if (const auto workloadKind = parseWorkloadKind(kind)) {
        if (auto w = readWorkloadObject(node, *workloadKind, ctx))
            out.workloads.push_back(std::move(*w));
        else
            ++out.unusable;
        return;
    }
    ++out.skippedKinds[kind];
}

bool isManifestFile(const std::filesystem::path &path)
{
    const std::string ext = path.extension().string();
    return ext == ".yaml" || ext == ".yml" || ext == ".json";
}

// Reads the documents of a stream as they come. The items of a document's `items` list come
// before the document's `kind` (kubectl writes `kind: List` after them): they are read on the
// chance that it is a list and kept apart until it says so; the ones that need the list's kind
// or apiVersion (and all after them, to keep the order) wait for it as trees.
class StreamReader
{
public:
    StreamReader(ManifestSet &out, const std::string &file)
        : m_out(out)
        , m_file(file)
        , m_ctx(file, out.diagnostics)
        , m_itemCtx(file, m_items.diagnostics)
    {}

    void item(const Yaml::Document &item)
    {
        if (m_pending.empty() && readsAlone(item.root)) {
            m_itemCtx.setDocument(item);
            readObject(item.root, m_itemCtx, m_items, m_file);
        } else {
            m_pending.push_back(item);
        }
    }

    void document(const Yaml::Document &doc)
    {
        const std::string kind =
            doc.root.IsMap() ? Yaml::scalarText(doc.root["kind"]) : std::string();
        if (doc.itemsStreamed && endsWith(kind, "List")) {
            m_out.append(std::move(m_items));
            const ListDefaults defaults{kind.substr(0, kind.size() - 4),
                                        Yaml::scalarText(doc.root["apiVersion"])};
            for (const Yaml::Document &item : m_pending) {
                m_ctx.setDocument(item);
                readObject(item.root, m_ctx, m_out, m_file, defaults);
            }
        }
        forgetItems();
        m_ctx.setDocument(doc);
        readObject(doc.root, m_ctx, m_out, m_file); // a streamed list's `items` is empty now
    }

    void failed()
    {
        forgetItems();
        ++m_out.unusable;
    }

private:
    // An item that does not need its list's kind or apiVersion to be read.
    static bool readsAlone(const YAML::Node &item)
    {
        if (!item.IsMap())
            return true;
        const std::string kind = Yaml::scalarText(item["kind"]);
        if (kind.empty())
            return false;
        return (kind != "NetworkPolicy" && !parseClusterPolicyKind(kind)) || item["apiVersion"];
    }

    void forgetItems()
    {
        m_items = ManifestSet();
        m_pending.clear();
    }

    ManifestSet &m_out;
    const std::string &m_file;
    Yaml::Context m_ctx;
    ManifestSet m_items;
    Yaml::Context m_itemCtx;
    std::vector<Yaml::Document> m_pending;
};

} // namespace

ManifestSet readManifests(const std::string &text, const std::string &file)
{
    ManifestSet out;
    StreamReader reader(out, file);
    Yaml::DocumentCallbacks callbacks;
    callbacks.document = [&reader](const Yaml::Document &doc) { reader.document(doc); };
    callbacks.item = [&reader](const Yaml::Document &item) { reader.item(item); };
    callbacks.failed = [&reader] { reader.failed(); };
    Yaml::readDocuments(text, file, out.diagnostics, callbacks);
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
