#include "model/manifestreader.h"

#include "model/fileio.h"
#include "model/policyreader_p.h"
#include "model/yamlsupport_p.h"

namespace Netpol {

void ManifestSet::append(ManifestSet &&other)
{
    for (auto &p : other.policies)
        policies.push_back(std::move(p));
    for (auto &s : other.policySources)
        policySources.push_back(std::move(s));
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
        if (auto policy = readNetworkPolicy(node, ctx, sources)) {
            out.policies.push_back(std::move(*policy));
            out.policySources.push_back(std::move(sources));
        }
        return;
    }
    ++out.skippedKinds[kind];
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

} // namespace Netpol
