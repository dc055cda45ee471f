#include "model/designreader.h"

#include "model/designcheck.h"
#include "model/fileio.h"
#include "model/yamlsupport_p.h"

#include <algorithm>

namespace Netpol {

namespace {

std::string indexed(const std::string &base, std::size_t index)
{
    return base + '[' + std::to_string(index) + ']';
}

class DesignReader
{
public:
    DesignReader(const std::string &file, DesignReadResult &result)
        : m_result(result), m_ctx(file, result.diagnostics)
    {
        m_result.sourceMap.setFile(file);
    }

    void read(const std::string &text)
    {
        const auto docs = Yaml::loadAll(text, m_ctx.file(), m_result.diagnostics);
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
        readRoot(docs.front().root);
        if (m_ctx.errorCount() > 0)
            return;
        Diagnostics structural = checkDesign(m_design);
        m_result.sourceMap.locate(structural);
        const bool failed = hasErrors(structural);
        for (Diagnostic &d : structural)
            m_result.diagnostics.push_back(std::move(d));
        if (!failed)
            m_result.design = std::move(m_design);
    }

private:
    void record(const std::string &path, const YAML::Node &node)
    {
        const Location at = m_ctx.at(node);
        if (at.hasPosition())
            m_result.sourceMap.add(path, at.line, at.column);
    }

    // Records the position of each key and value of a map under `path`.
    void recordMap(const std::string &path, const YAML::Node &node)
    {
        record(path, node);
        if (!node.IsMap())
            return;
        for (const auto &entry : node)
            record(joinPath(path, entry.first.Scalar()), entry.first);
    }

    void readRoot(const YAML::Node &root)
    {
        if (!m_ctx.checkMap(root, "the design",
                            {"apiVersion", "kind", "metadata", "options", "namespaces",
                             "workloads", "externals", "flows"}))
            return;
        record("", root);
        readHeader(root);
        if (m_ctx.errorCount() > 0)
            return; // not a design file: no point in a cascade of messages
        if (const YAML::Node meta = root["metadata"])
            readMetadata(meta);
        if (const YAML::Node options = root["options"])
            readOptions(options);
        readList(root, "namespaces", [this](const YAML::Node &n, std::size_t i) { readNamespace(n, i); });
        readList(root, "workloads", [this](const YAML::Node &n, std::size_t i) { readWorkload(n, i); });
        readList(root, "externals", [this](const YAML::Node &n, std::size_t i) { readExternal(n, i); });
        readList(root, "flows", [this](const YAML::Node &n, std::size_t i) { readFlow(n, i); });
    }

    void readHeader(const YAML::Node &root)
    {
        const YAML::Node apiVersion = root["apiVersion"];
        const YAML::Node kind = root["kind"];
        if (!apiVersion) {
            m_ctx.error(root, "wrong-api-version",
                        std::string("apiVersion is missing; a design file starts with apiVersion: ")
                            + kDesignApiVersion);
        } else if (Yaml::scalarText(apiVersion) != kDesignApiVersion) {
            m_ctx.error(apiVersion, "wrong-api-version",
                        "apiVersion \"" + Yaml::scalarText(apiVersion) + "\" is not supported; expected "
                            + kDesignApiVersion,
                        Yaml::scalarText(apiVersion).rfind("networking.k8s.io", 0) == 0
                            ? "this looks like a NetworkPolicy manifest: use `netpol import` to turn it into a design"
                            : std::string());
        }
        if (!kind) {
            m_ctx.error(root, "wrong-kind", std::string("kind is missing; expected kind: ") + kDesignKind);
        } else if (Yaml::scalarText(kind) != kDesignKind) {
            m_ctx.error(kind, "wrong-kind",
                        "kind \"" + Yaml::scalarText(kind) + "\" is not a design; expected " + kDesignKind);
        }
        record("apiVersion", apiVersion);
        record("kind", kind);
    }

    template<typename Fn>
    void readList(const YAML::Node &root, const char *key, Fn readItem)
    {
        const YAML::Node list = root[key];
        if (!list || list.IsNull())
            return;
        record(key, list);
        if (!list.IsSequence()) {
            m_ctx.error(list, "wrong-type", std::string(key) + " must be a list");
            return;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            record(indexed(key, i), list[i]);
            readItem(list[i], i);
        }
    }

    void readMetadata(const YAML::Node &meta)
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

    std::optional<Labels> readLabels(const YAML::Node &node, const std::string &path,
                                     const std::string &what)
    {
        recordMap(path, node);
        const auto entries = m_ctx.stringMap(node, what);
        if (!entries)
            return std::nullopt;
        return Labels(entries->begin(), entries->end());
    }

    void readOptions(const YAML::Node &options)
    {
        if (options.IsNull())
            return;
        if (!m_ctx.checkMap(options, "options", {"dns", "policyGranularity", "nodeCIDR"}))
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
                            "policyGranularity \"" + text + "\" must be per-flow or per-workload");
        }
        if (const YAML::Node c = options["nodeCIDR"]) {
            if (!c.IsNull())
                o.nodeCidr = m_ctx.string(c, "options.nodeCIDR").value_or("");
        }
    }

    // A pod selector in a design is a plain label map; the long form {matchLabels: {...}} is
    // accepted too.
    static YAML::Node matchLabelsOf(const YAML::Node &selector)
    {
        if (selector.IsMap() && selector.size() == 1 && selector["matchLabels"])
            return selector["matchLabels"];
        return selector;
    }

    Rect readRect(const YAML::Node &node, const std::string &path)
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

    Point readPoint(const YAML::Node &node, const std::string &path)
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

    std::string requiredString(const YAML::Node &item, const char *key, const std::string &path)
    {
        const YAML::Node node = item[key];
        if (!node || node.IsNull()) {
            m_ctx.error(item, "missing-field", path + '.' + key + " is required");
            return {};
        }
        record(path + '.' + key, node);
        return m_ctx.string(node, path + '.' + key).value_or("");
    }

    void readNamespace(const YAML::Node &item, std::size_t index)
    {
        const std::string path = indexed("namespaces", index);
        if (!m_ctx.checkMap(item, path, {"name", "labels", "managed", "defaultDeny", "geometry"}))
            return;
        Namespace ns;
        ns.name = requiredString(item, "name", path);
        if (const YAML::Node labels = item["labels"]) {
            if (auto parsed = readLabels(labels, path + ".labels", "the labels of namespace " + ns.name))
                ns.labels = std::move(*parsed);
            const auto own = ns.labels.find(kNamespaceNameLabel);
            if (own != ns.labels.end() && own->second == ns.name)
                ns.labels.erase(own); // implied; the writer never writes it
        }
        if (const YAML::Node managed = item["managed"])
            ns.managed = m_ctx.boolean(managed, path + ".managed").value_or(true);
        if (const YAML::Node deny = item["defaultDeny"]) {
            record(path + ".defaultDeny", deny);
            ns.defaultDeny = readDirections(deny, path + ".defaultDeny");
        }
        if (const YAML::Node geometry = item["geometry"])
            ns.geometry = readRect(geometry, path + ".geometry");
        m_design.namespaces.push_back(std::move(ns));
    }

    DirectionSet readDirections(const YAML::Node &node, const std::string &path)
    {
        DirectionSet set;
        if (node.IsNull())
            return set;
        if (node.IsMap()) { // long form {ingress: true, egress: false}
            if (m_ctx.checkMap(node, path, {"ingress", "egress"})) {
                if (const YAML::Node v = node["ingress"])
                    set.ingress = m_ctx.boolean(v, path + ".ingress").value_or(false);
                if (const YAML::Node v = node["egress"])
                    set.egress = m_ctx.boolean(v, path + ".egress").value_or(false);
            }
            return set;
        }
        std::vector<YAML::Node> items;
        if (node.IsScalar())
            items.push_back(node);
        else if (node.IsSequence())
            for (const YAML::Node &entry : node)
                items.push_back(entry);
        else
            m_ctx.error(node, "wrong-type", path + " must be a list of Ingress and Egress");
        for (const YAML::Node &entry : items) {
            const std::string text = Yaml::scalarText(entry);
            if (text == "Ingress") {
                set.ingress = true;
            } else if (text == "Egress") {
                set.egress = true;
            } else {
                m_ctx.error(entry, "invalid-direction",
                            "Unsupported value: \"" + text + "\": supported values: \"Ingress\", \"Egress\"",
                            "directions are case-sensitive");
            }
        }
        return set;
    }

    void readWorkload(const YAML::Node &item, std::size_t index)
    {
        const std::string path = indexed("workloads", index);
        if (!m_ctx.checkMap(item, path, {"name", "namespace", "kind", "labels", "ports", "position"}))
            return;
        Workload w;
        w.name = requiredString(item, "name", path);
        w.ns = requiredString(item, "namespace", path);
        if (const YAML::Node kind = item["kind"]) {
            record(path + ".kind", kind);
            const std::string text = m_ctx.string(kind, path + ".kind").value_or("");
            if (const auto parsed = parseWorkloadKind(text)) {
                w.kind = *parsed;
            } else if (kind.IsScalar()) {
                std::string known;
                for (WorkloadKind k : kAllWorkloadKinds)
                    known += (known.empty() ? "" : ", ") + std::string(workloadKindName(k));
                m_ctx.error(kind, "invalid-kind", "kind \"" + text + "\" is not a workload kind", "use one of " + known);
            }
        }
        if (const YAML::Node labels = item["labels"]) {
            if (auto parsed = readLabels(labels, path + ".labels", "the labels of workload " + w.name))
                w.labels = std::move(*parsed);
        }
        if (const YAML::Node ports = item["ports"]) {
            record(path + ".ports", ports);
            if (!ports.IsSequence() && !ports.IsNull())
                m_ctx.error(ports, "wrong-type", path + ".ports must be a list");
            else
                for (std::size_t i = 0; i < ports.size(); ++i)
                    readContainerPort(ports[i], indexed(path + ".ports", i), w);
        }
        if (const YAML::Node position = item["position"])
            w.position = readPoint(position, path + ".position");
        m_design.workloads.push_back(std::move(w));
    }

    void readContainerPort(const YAML::Node &node, const std::string &path, Workload &w)
    {
        record(path, node);
        ContainerPort port;
        if (node.IsScalar()) { // 8080, 8080/TCP
            std::string error;
            const auto parsed = parseFlowPort(node.Scalar(), &error);
            if (!parsed || parsed->kind != FlowPort::Kind::Number) {
                m_ctx.error(node, "invalid-port",
                            "container port \"" + node.Scalar() + "\" must be a number, 8080/TCP or {name, port, protocol}");
                return;
            }
            port.port = parsed->port;
            port.protocol = parsed->protocol;
            w.ports.push_back(port);
            return;
        }
        if (!m_ctx.checkMap(node, path, {"name", "port", "containerPort", "protocol"}))
            return;
        if (const YAML::Node n = node["name"])
            port.name = m_ctx.string(n, path + ".name").value_or("");
        YAML::Node number = node["port"] ? node["port"] : node["containerPort"];
        if (!number) {
            m_ctx.error(node, "missing-field", path + ".port is required");
            return;
        }
        const auto value = m_ctx.integer(number, path + ".port");
        if (!value)
            return;
        if (*value < 1 || *value > 65535) {
            m_ctx.error(number, "invalid-port", "container port " + std::to_string(*value)
                                                    + " must be between 1 and 65535, inclusive");
            return;
        }
        port.port = int(*value);
        if (const YAML::Node p = node["protocol"]) {
            const std::string text = m_ctx.string(p, path + ".protocol").value_or("");
            if (const auto proto = parseProtocol(text))
                port.protocol = *proto;
            else if (p.IsScalar())
                m_ctx.error(p, "invalid-protocol",
                            "Unsupported value: \"" + text + "\": supported values: \"TCP\", \"UDP\", \"SCTP\"");
        }
        w.ports.push_back(std::move(port));
    }

    void readExternal(const YAML::Node &item, std::size_t index)
    {
        const std::string path = indexed("externals", index);
        if (!m_ctx.checkMap(item, path, {"name", "cidr", "except", "position"}))
            return;
        External e;
        e.name = requiredString(item, "name", path);
        e.cidr = requiredString(item, "cidr", path);
        if (const YAML::Node except = item["except"]) {
            record(path + ".except", except);
            if (except.IsScalar()) {
                e.except.push_back(except.Scalar());
            } else if (except.IsSequence()) {
                for (std::size_t i = 0; i < except.size(); ++i) {
                    record(indexed(path + ".except", i), except[i]);
                    if (auto text = m_ctx.string(except[i], indexed(path + ".except", i)))
                        e.except.push_back(*text);
                }
            } else if (!except.IsNull()) {
                m_ctx.error(except, "wrong-type", path + ".except must be a list of CIDRs");
            }
        }
        if (const YAML::Node position = item["position"])
            e.position = readPoint(position, path + ".position");
        m_design.externals.push_back(std::move(e));
    }

    std::optional<Endpoint> readEndpoint(const YAML::Node &node, const std::string &path)
    {
        record(path, node);
        if (node.IsScalar()) {
            std::string error;
            auto endpoint = parseEndpoint(node.Scalar(), &error);
            if (!endpoint)
                m_ctx.error(node, "invalid-endpoint", error);
            return endpoint;
        }
        // Long forms: {namespace: NS, workload: NAME}, {namespace: NS}, {namespace: "*"},
        // {external: NAME}.
        if (!m_ctx.checkMap(node, path, {"namespace", "workload", "external"}))
            return std::nullopt;
        const YAML::Node ns = node["namespace"];
        const YAML::Node workload = node["workload"];
        const YAML::Node external = node["external"];
        if (external && !ns && !workload)
            return Endpoint::external(Yaml::scalarText(external));
        if (ns && !external) {
            const std::string nsName = Yaml::scalarText(ns);
            if (workload)
                return Endpoint::workload(nsName, Yaml::scalarText(workload));
            return nsName == "*" ? Endpoint::allNamespaces() : Endpoint::namespaceAll(nsName);
        }
        m_ctx.error(node, "invalid-endpoint",
                    path + " must be NS/NAME, NS/*, */*, external/NAME or {namespace, workload} / {external}");
        return std::nullopt;
    }

    std::optional<FlowPort> readFlowPort(const YAML::Node &node, const std::string &path)
    {
        record(path, node);
        if (node.IsScalar()) {
            std::string error;
            auto port = parseFlowPort(node.Scalar(), &error);
            if (!port)
                m_ctx.error(node, "invalid-port", error,
                            "write 8080/TCP, 30000-32767/TCP, http/TCP or */UDP");
            return port;
        }
        if (!m_ctx.checkMap(node, path, {"port", "endPort", "protocol"}))
            return std::nullopt;
        Protocol protocol = Protocol::TCP;
        if (const YAML::Node p = node["protocol"]) {
            const std::string text = Yaml::scalarText(p);
            const auto parsed = parseProtocol(text);
            if (!parsed) {
                m_ctx.error(p, "invalid-protocol",
                            "Unsupported value: \"" + text + "\": supported values: \"TCP\", \"UDP\", \"SCTP\"");
                return std::nullopt;
            }
            protocol = *parsed;
        }
        const YAML::Node portNode = node["port"];
        const YAML::Node endNode = node["endPort"];
        FlowPort port = FlowPort::allPorts(protocol);
        if (!portNode) {
            if (endNode) {
                m_ctx.error(endNode, "invalid-port", "endPort may not be specified when `port` is not specified");
                return std::nullopt;
            }
        } else if (portNode.IsScalar() && !Yaml::isQuoted(portNode)
                   && portNode.Scalar().find_first_not_of("-0123456789") == std::string::npos) {
            const auto number = m_ctx.integer(portNode, path + ".port");
            if (!number)
                return std::nullopt;
            port = FlowPort::number(int(std::clamp<long long>(*number, -1, 1 << 30)), protocol);
            if (endNode) {
                const auto end = m_ctx.integer(endNode, path + ".endPort");
                if (!end)
                    return std::nullopt;
                port = FlowPort::range(port.port, int(std::clamp<long long>(*end, -1, 1 << 30)), protocol);
            }
        } else {
            const auto name = m_ctx.string(portNode, path + ".port");
            if (!name)
                return std::nullopt;
            if (endNode) {
                m_ctx.error(endNode, "invalid-port", "endPort may not be specified when `port` is non-numeric");
                return std::nullopt;
            }
            port = FlowPort::named(*name, protocol);
        }
        if (const std::string message = flowPortError(port); !message.empty()) {
            m_ctx.error(portNode ? portNode : node, "invalid-port", message);
            return std::nullopt;
        }
        return port;
    }

    void readFlow(const YAML::Node &item, std::size_t index)
    {
        const std::string path = indexed("flows", index);
        if (!m_ctx.checkMap(item, path, {"from", "to", "ports"}))
            return;
        Flow flow;
        const YAML::Node from = item["from"];
        const YAML::Node to = item["to"];
        if (!from)
            m_ctx.error(item, "missing-field", path + ".from is required");
        if (!to)
            m_ctx.error(item, "missing-field", path + ".to is required");
        if (!from || !to)
            return;
        const auto fromEndpoint = readEndpoint(from, path + ".from");
        const auto toEndpoint = readEndpoint(to, path + ".to");
        if (!fromEndpoint || !toEndpoint)
            return;
        flow.from = *fromEndpoint;
        flow.to = *toEndpoint;
        if (const YAML::Node ports = item["ports"]) {
            record(path + ".ports", ports);
            if (ports.IsSequence()) {
                for (std::size_t i = 0; i < ports.size(); ++i) {
                    if (auto port = readFlowPort(ports[i], indexed(path + ".ports", i)))
                        flow.ports.push_back(std::move(*port));
                }
            } else if (ports.IsScalar() || ports.IsMap()) {
                if (auto port = readFlowPort(ports, indexed(path + ".ports", 0)))
                    flow.ports.push_back(std::move(*port));
            }
        }
        m_design.flows.push_back(std::move(flow));
    }

    DesignReadResult &m_result;
    Yaml::Context m_ctx;
    Design m_design;
};

} // namespace

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
