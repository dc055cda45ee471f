#include "model/design/designreader_p.h"
#include "model/core/quoting.h"

#include <algorithm>

namespace Netpol {

void DesignReader::readNamespace(const YAML::Node &item, std::size_t index)
{
    const std::string path = indexedPath("namespaces", index);
    Namespace ns;
    if (!m_ctx.checkMap(item, path, {"name", "labels", "managed", "defaultDeny", "geometry"})) {
        m_design.namespaces.push_back(std::move(ns)); // keeps the indexes of the others
        return;
    }
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

DirectionSet DesignReader::readDirections(const YAML::Node &node, const std::string &path)
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
                        "Unsupported value: " + quotedValue(text)
                            + ": supported values: \"Ingress\", \"Egress\"",
                        "directions are case-sensitive");
        }
    }
    return set;
}

void DesignReader::readWorkload(const YAML::Node &item, std::size_t index)
{
    const std::string path = indexedPath("workloads", index);
    Workload w;
    if (!m_ctx.checkMap(item, path, {"name", "namespace", "kind", "labels", "ports", "position"})) {
        m_design.workloads.push_back(std::move(w)); // keeps the indexes of the others
        return;
    }
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
            m_ctx.error(kind, "invalid-kind", "kind " + quotedValue(text)
                + " is not a workload kind", "use one of " + known);
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
                readContainerPort(ports[i], indexedPath(path + ".ports", i), w,
                                  indexedPath(path + ".ports", w.ports.size()));
    }
    if (const YAML::Node position = item["position"])
        w.position = readPoint(position, path + ".position");
    m_design.workloads.push_back(std::move(w));
}

void DesignReader::readContainerPort(const YAML::Node &node, const std::string &path, Workload &w,
                                     const std::string &recordedPath)
{
    record(recordedPath, node);
    ContainerPort port;
    if (node.IsScalar()) { // 8080, 8080/TCP
        std::string error;
        const auto parsed = parseFlowPort(node.Scalar(), &error);
        if (!parsed || parsed->kind != FlowPort::Kind::Number) {
            m_ctx.error(node, "invalid-port",
                        "container port " + quotedValue(node.Scalar())
                            + " must be a number, 8080/TCP or {name, port, protocol}");
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
                        "Unsupported value: " + quotedValue(text)
                            + ": supported values: \"TCP\", \"UDP\", \"SCTP\"");
    }
    w.ports.push_back(std::move(port));
}

void DesignReader::readExternal(const YAML::Node &item, std::size_t index)
{
    const std::string path = indexedPath("externals", index);
    External e;
    if (!m_ctx.checkMap(item, path, {"name", "cidr", "except", "position"})) {
        m_design.externals.push_back(std::move(e)); // keeps the indexes of the others
        return;
    }
    e.name = requiredString(item, "name", path);
    e.cidr = requiredString(item, "cidr", path);
    if (const YAML::Node except = item["except"]) {
        record(path + ".except", except);
        if (except.IsScalar()) {
            e.except.push_back(except.Scalar());
        } else if (except.IsSequence()) {
            for (std::size_t i = 0; i < except.size(); ++i) {
                // Recorded under the index the entry gets, so that the check of a file with
                // an unreadable entry still places its findings.
                record(indexedPath(path + ".except", e.except.size()), except[i]);
                if (auto text = m_ctx.string(except[i], indexedPath(path + ".except", i)))
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

std::optional<Endpoint> DesignReader::readEndpoint(const YAML::Node &node, const std::string &path)
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

std::optional<FlowPort> DesignReader::readFlowPort(const YAML::Node &node, const std::string &path)
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
                        "Unsupported value: " + quotedValue(text)
                            + ": supported values: \"TCP\", \"UDP\", \"SCTP\"");
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

void DesignReader::readFlow(const YAML::Node &item, std::size_t index)
{
    const std::string path = indexedPath("flows", index);
    // An end that cannot be read stands as */*, which the check has nothing to say about; the
    // flow stays in its place so that the other flows keep their indexes.
    Flow flow{Endpoint::allNamespaces(), Endpoint::allNamespaces(), {}};
    if (!m_ctx.checkMap(item, path, {"from", "to", "ports"})) {
        m_design.flows.push_back(std::move(flow));
        return;
    }
    const YAML::Node from = item["from"];
    const YAML::Node to = item["to"];
    if (!from)
        m_ctx.error(item, "missing-field", path + ".from is required");
    else if (auto endpoint = readEndpoint(from, path + ".from"))
        flow.from = std::move(*endpoint);
    if (!to)
        m_ctx.error(item, "missing-field", path + ".to is required");
    else if (auto endpoint = readEndpoint(to, path + ".to"))
        flow.to = std::move(*endpoint);
    if (const YAML::Node ports = item["ports"]) {
        record(path + ".ports", ports);
        if (ports.IsSequence()) {
            for (std::size_t i = 0; i < ports.size(); ++i) {
                if (auto port = readFlowPort(ports[i], indexedPath(path + ".ports", i)))
                    flow.ports.push_back(std::move(*port));
            }
        } else if (ports.IsScalar() || ports.IsMap()) {
            if (auto port = readFlowPort(ports, indexedPath(path + ".ports", 0)))
                flow.ports.push_back(std::move(*port));
        }
    }
    m_design.flows.push_back(std::move(flow));
}

} // namespace Netpol
