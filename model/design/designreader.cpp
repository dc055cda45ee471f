#include "model/design/designreader_p.h"
#include "model/core/quoting.h"

#include "model/core/fileio.h"
#include "model/design/designcheck.h"

#include <algorithm>
#include <utility>

namespace Netpol {

DesignReader::DesignReader(const std::string &file, DesignReadResult &result)
    : m_result(result), m_ctx(file, result.diagnostics)
{
    m_result.sourceMap.setFile(file);
}

void DesignReader::read(const std::string &text)
{
    // A design is one document: the first two are kept, a second one is an error.
    std::vector<Yaml::Document> docs;
    Yaml::DocumentCallbacks callbacks;
    callbacks.document = [&docs](const Yaml::Document &doc) {
        if (docs.size() < 2)
            docs.push_back(doc);
    };
    Yaml::readDocuments(text, m_ctx.file(), m_result.diagnostics, callbacks);
    if (hasErrors(m_result.diagnostics))
        return;
    if (docs.empty()) {
        m_result.diagnostics.push_back(makeError(
            "empty-file", "the file holds no design (expected apiVersion: netpol-designer/v1, kind: Design)",
            Location::inFile(m_ctx.file(), 1, 1)));
        return;
    }
    if (docs.size() > 1) {
        m_ctx.setDocument(docs[1]);
        m_ctx.error(docs[1].root, "multiple-documents",
                    "a design file holds one YAML document; this is a second one");
        return;
    }
    m_ctx.setDocument(docs.front());
    if (!readRoot(docs.front().root))
        return;
    // The structural check runs also when reading found errors, so that a file lists all of
    // them at once. Items that could not be read stand in the design as empty ones (each list
    // keeps its indexes, and so its positions); what the check says about a value at a place
    // where reading already reported an error (an empty name where the name was missing or not
    // a string) would repeat it in other words, and is left out.
    const Diagnostics reading = m_result.diagnostics;
    auto alreadyReported = [&reading](const Diagnostic &d) {
        return std::any_of(reading.begin(), reading.end(), [&d](const Diagnostic &r) {
            return r.severity == Severity::Error && r.location.line == d.location.line
                   && r.location.column == d.location.column;
        });
    };
    Diagnostics structural = checkDesign(m_design);
    m_result.sourceMap.locate(structural);
    for (Diagnostic &d : structural) {
        if (!alreadyReported(d))
            m_result.diagnostics.push_back(std::move(d));
    }
    // In the order of the file, as a compiler lists its errors.
    std::stable_sort(m_result.diagnostics.begin(), m_result.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return std::pair(a.location.line, a.location.column)
                                < std::pair(b.location.line, b.location.column);
                     });
    if (!hasErrors(m_result.diagnostics))
        m_result.design = std::move(m_design);
}

void DesignReader::record(const std::string &path, const YAML::Node &node)
{
    const Location at = m_ctx.at(node);
    if (at.hasPosition())
        m_result.sourceMap.add(path, at.line, at.column);
}

// Records the position of each key and value of a map under `path`.
void DesignReader::recordMap(const std::string &path, const YAML::Node &node)
{
    record(path, node);
    if (!node.IsMap())
        return;
    for (const auto &entry : node)
        record(joinPath(path, entry.first.Scalar()), entry.first);
}

bool DesignReader::readRoot(const YAML::Node &root)
{
    if (!m_ctx.checkMap(root, "the design",
                        {"apiVersion", "kind", "metadata", "options", "namespaces",
                         "workloads", "externals", "flows", "expect", "guardrails"}))
        return false;
    record("", root);
    readHeader(root);
    if (m_ctx.errorCount() > 0)
        return false; // not a design file: no point in a cascade of messages
    if (const YAML::Node meta = root["metadata"])
        readMetadata(meta);
    if (const YAML::Node options = root["options"])
        readOptions(options);
    readList(root, "namespaces", [this](const YAML::Node &n, std::size_t i) { readNamespace(n, i); });
    readList(root, "workloads", [this](const YAML::Node &n, std::size_t i) { readWorkload(n, i); });
    readList(root, "externals", [this](const YAML::Node &n, std::size_t i) { readExternal(n, i); });
    readList(root, "flows", [this](const YAML::Node &n, std::size_t i) { readFlow(n, i); });
    readList(root, "expect", [this](const YAML::Node &n, std::size_t i) { readExpectation(n, i); });
    readList(root, "guardrails",
             [this](const YAML::Node &n, std::size_t i) { readGuardrail(n, i); });
    return true;
}

void DesignReader::readHeader(const YAML::Node &root)
{
    const YAML::Node apiVersion = root["apiVersion"];
    const YAML::Node kind = root["kind"];
    if (!apiVersion) {
        m_ctx.error(root, "wrong-api-version",
                    std::string("apiVersion is missing; a design file starts with apiVersion: ")
                        + kDesignApiVersion);
    } else if (Yaml::scalarText(apiVersion) != kDesignApiVersion) {
        m_ctx.error(apiVersion, "wrong-api-version",
                    "apiVersion " + quotedValue(Yaml::scalarText(apiVersion))
                        + " is not supported; expected "
                        + kDesignApiVersion,
                    Yaml::scalarText(apiVersion).rfind("networking.k8s.io", 0) == 0
                        ? "this looks like a NetworkPolicy manifest: use `netpol import` to turn it into a design"
                        : std::string());
    }
    if (!kind) {
        m_ctx.error(root, "wrong-kind", std::string("kind is missing; expected kind: ") + kDesignKind);
    } else if (Yaml::scalarText(kind) != kDesignKind) {
        m_ctx.error(kind, "wrong-kind",
                    "kind " + quotedValue(Yaml::scalarText(kind)) + " is not a design; expected "
                        + kDesignKind);
    }
    record("apiVersion", apiVersion);
    record("kind", kind);
}

void DesignReader::readMetadata(const YAML::Node &meta)
{
    if (meta.IsNull())
        return;
    if (!m_ctx.checkMap(meta, "metadata", {"name", "description"}))
        return;
    recordMap("metadata", meta);
    if (const YAML::Node n = meta["name"])
        m_design.metadata.name = m_ctx.string(n, "metadata.name").value_or("");
    if (const YAML::Node d = meta["description"])
        m_design.metadata.description = m_ctx.string(d, "metadata.description").value_or("");
}

std::optional<Labels> DesignReader::readLabels(const YAML::Node &node, const std::string &path,
                                 const std::string &what)
{
    recordMap(path, node);
    const auto entries = m_ctx.stringMap(node, what);
    if (!entries)
        return std::nullopt;
    return Labels(entries->begin(), entries->end());
}

void DesignReader::readOptions(const YAML::Node &options)
{
    if (options.IsNull())
        return;
    if (!m_ctx.checkMap(options, "options", {"dns", "policyGranularity", "nodeCIDR",
                                             "clusterPolicyApi", "baselineDefaultDeny"}))
        return;
    recordMap("options", options);
    Options &o = m_design.options;
    if (const YAML::Node dns = options["dns"]) {
        if (dns.IsScalar()) {
            o.dns.enabled = m_ctx.boolean(dns, "options.dns").value_or(true);
        } else if (m_ctx.checkMap(dns, "options.dns", {"enabled", "namespace", "podSelector"})) {
            recordMap("options.dns", dns);
            if (const YAML::Node e = dns["enabled"])
                o.dns.enabled = m_ctx.boolean(e, "options.dns.enabled").value_or(true);
            if (const YAML::Node n = dns["namespace"])
                o.dns.ns = m_ctx.string(n, "options.dns.namespace").value_or("");
            if (const YAML::Node s = dns["podSelector"]) {
                if (auto labels = readLabels(matchLabelsOf(s), "options.dns.podSelector",
                                             "options.dns.podSelector"))
                    o.dns.podSelector = std::move(*labels);
            }
        }
    }
    if (const YAML::Node g = options["policyGranularity"]) {
        const std::string text = m_ctx.string(g, "options.policyGranularity").value_or("");
        if (const auto parsed = parseGranularity(text))
            o.granularity = *parsed;
        else if (g.IsScalar())
            m_ctx.error(g, "invalid-option",
                        "policyGranularity " + quotedValue(text)
                            + " must be per-flow or per-workload");
    }
    if (const YAML::Node c = options["nodeCIDR"]) {
        if (!c.IsNull())
            o.nodeCidr = m_ctx.string(c, "options.nodeCIDR").value_or("");
    }
    if (const YAML::Node a = options["clusterPolicyApi"]) {
        const std::string text = m_ctx.string(a, "options.clusterPolicyApi").value_or("");
        if (const auto parsed = parseClusterPolicyApi(text))
            o.clusterPolicyApi = *parsed;
        else if (a.IsScalar())
            m_ctx.error(a, "invalid-option",
                        "clusterPolicyApi " + quotedValue(text)
                            + " must be v1beta1, v1alpha2 or v1alpha1");
    }
    if (const YAML::Node b = options["baselineDefaultDeny"])
        o.baselineDefaultDeny = m_ctx.boolean(b, "options.baselineDefaultDeny").value_or(false);
}

// A pod selector in a design is a plain label map; the long form {matchLabels: {...}} is
// accepted too.
YAML::Node DesignReader::matchLabelsOf(const YAML::Node &selector)
{
    if (selector.IsMap() && selector.size() == 1 && selector["matchLabels"])
        return selector["matchLabels"];
    return selector;
}

Rect DesignReader::readRect(const YAML::Node &node, const std::string &path)
{
    Rect r;
    if (!m_ctx.checkMap(node, path, {"x", "y", "width", "height"}))
        return r;
    recordMap(path, node);
    auto get = [&](const char *key, double &out) {
        if (const YAML::Node v = node[key])
            out = m_ctx.number(v, path + '.' + key).value_or(0);
    };
    get("x", r.x);
    get("y", r.y);
    get("width", r.width);
    get("height", r.height);
    if (r.width < 0 || r.height < 0)
        m_ctx.error(node, "invalid-geometry", path + " must not have a negative width or height");
    return r;
}

Point DesignReader::readPoint(const YAML::Node &node, const std::string &path)
{
    Point p;
    if (!m_ctx.checkMap(node, path, {"x", "y"}))
        return p;
    recordMap(path, node);
    if (const YAML::Node v = node["x"])
        p.x = m_ctx.number(v, path + ".x").value_or(0);
    if (const YAML::Node v = node["y"])
        p.y = m_ctx.number(v, path + ".y").value_or(0);
    return p;
}

std::string DesignReader::requiredString(const YAML::Node &item, const char *key,
                                         const std::string &path)
{
    const YAML::Node node = item[key];
    if (!node || node.IsNull()) {
        m_ctx.error(item, "missing-field", path + '.' + key + " is required");
        return {};
    }
    record(path + '.' + key, node);
    return m_ctx.string(node, path + '.' + key).value_or("");
}

DesignReadResult readDesign(const std::string &text, const std::string &file)
{
    DesignReadResult result;
    DesignReader(file, result).read(text);
    if (hasErrors(result.diagnostics))
        result.design.reset();
    return result;
}

DesignReadResult readDesignFile(const std::string &path)
{
    std::string error;
    const auto text = readTextFile(path, &error);
    if (!text) {
        DesignReadResult result;
        result.unreadable = true;
        result.diagnostics.push_back(makeError("unreadable", "cannot read the file: " + error,
                                               Location::inFile(path, 0, 0)));
        return result;
    }
    return readDesign(*text, path);
}

} // namespace Netpol
