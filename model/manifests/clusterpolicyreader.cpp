#include "model/manifests/clusterpolicyreader_p.h"

#include "model/core/quoting.h"
#include "model/manifests/policyreader_p.h"

namespace Netpol {

namespace {

// A field present with a value: the API server drops nulls of a CRD's non-nullable fields.
YAML::Node present(const YAML::Node &map, const char *key)
{
    const YAML::Node value = map[key];
    return value && !value.IsNull() ? value : YAML::Node(YAML::NodeType::Undefined);
}

class ClusterReader
{
public:
    ClusterReader(ClusterPolicy &policy, Yaml::Context &ctx, SourceMap &sources)
        : m_policy(policy)
        , m_ctx(ctx)
        , m_sources(sources)
        , m_cnp(policy.kind == ClusterPolicyKind::ClusterNetworkPolicy)
    {}

    void readSpec(const YAML::Node &spec)
    {
        recordField(m_sources, "spec", spec, m_ctx);
        m_policy.hasSpec = true;
        const bool baseline = m_policy.kind == ClusterPolicyKind::BaselineAdminNetworkPolicy;
        using Fields = std::vector<std::string_view>;
        const Fields fields = m_cnp ? Fields{"tier", "priority", "subject", "ingress", "egress"}
                              : baseline ? Fields{"subject", "ingress", "egress"}
                                         : Fields{"priority", "subject", "ingress", "egress"};
        if (!m_ctx.checkMap(spec, "spec", fields))
            return;
        if (const YAML::Node t = present(spec, "tier"))
            m_policy.tier = string(t, "spec.tier");
        if (const YAML::Node p = present(spec, "priority"))
            m_policy.priority = integer(p, "spec.priority");
        if (const YAML::Node s = present(spec, "subject")) {
            m_policy.hasSubject = true;
            m_policy.subject = readPeer(s, "spec.subject", {"namespaces", "pods"});
        }
        if (const YAML::Node i = present(spec, "ingress"))
            m_policy.ingress = readRules(i, "spec.ingress", false);
        if (const YAML::Node e = present(spec, "egress"))
            m_policy.egress = readRules(e, "spec.egress", true);
    }

private:
    std::string string(const YAML::Node &node, const std::string &path)
    {
        recordField(m_sources, path, node, m_ctx);
        return readK8sString(node, path, m_ctx).value_or("");
    }

    std::optional<long long> integer(const YAML::Node &node, const std::string &path)
    {
        recordField(m_sources, path, node, m_ctx);
        if (const auto value = plainInteger(node))
            return value;
        m_ctx.error(node, "wrong-type",
                    path + " must be an integer"
                        + (Yaml::isQuoted(node)
                               ? ", not the string " + quotedValue(Yaml::scalarText(node))
                               : std::string()),
                    "write the number without quotes");
        return std::nullopt;
    }

    LabelSelector selector(const YAML::Node &node, const std::string &path)
    {
        return readLabelSelector(node, path, m_ctx, m_sources);
    }

    ClusterPodSelector pods(const YAML::Node &node, const std::string &path)
    {
        ClusterPodSelector out;
        recordField(m_sources, path, node, m_ctx);
        if (!m_ctx.checkMap(node, path, {"namespaceSelector", "podSelector"}))
            return out;
        if (const YAML::Node n = present(node, "namespaceSelector"))
            out.namespaceSelector = selector(n, path + ".namespaceSelector");
        if (const YAML::Node p = present(node, "podSelector"))
            out.podSelector = selector(p, path + ".podSelector");
        return out;
    }

    ClusterPolicyPeer readPeer(const YAML::Node &node, const std::string &path,
                               const std::vector<std::string_view> &fields)
    {
        ClusterPolicyPeer peer;
        recordField(m_sources, path, node, m_ctx);
        if (!m_ctx.checkMap(node, path, fields))
            return peer;
        for (std::string_view field : fields) {
            const std::string key(field);
            const YAML::Node value = present(node, key.c_str());
            if (!value)
                continue;
            peer.written.push_back(key);
            const std::string at = path + '.' + key;
            if (key == "namespaces")
                peer.namespaces = selector(value, at);
            else if (key == "pods")
                peer.pods = pods(value, at);
            else if (key == "nodes")
                peer.nodes = selector(value, at);
            else if (key == "networks")
                peer.networks = readStringList(value, at, m_ctx, m_sources);
            else if (key == "domainNames")
                peer.domainNames = readStringList(value, at, m_ctx, m_sources);
        }
        return peer;
    }

    // destinationPort of a CNP protocol entry: {number} or {range: {start, end}}.
    void destinationPort(const YAML::Node &node, const std::string &path, ClusterPolicyPort &out)
    {
        recordField(m_sources, path, node, m_ctx);
        if (!m_ctx.checkMap(node, path, {"number", "range"}))
            return;
        if (const YAML::Node n = present(node, "number")) {
            out.portWritten.push_back("number");
            out.number = integer(n, path + ".number");
        }
        if (const YAML::Node r = present(node, "range")) {
            out.portWritten.push_back("range");
            range(r, path + ".range", false, out);
        }
    }

    void range(const YAML::Node &node, const std::string &path, bool withProtocol,
               ClusterPolicyPort &out)
    {
        out.isRange = true;
        recordField(m_sources, path, node, m_ctx);
        using Fields = std::vector<std::string_view>;
        const Fields fields =
            withProtocol ? Fields{"protocol", "start", "end"} : Fields{"start", "end"};
        if (!m_ctx.checkMap(node, path, fields))
            return;
        if (withProtocol) {
            if (const YAML::Node p = present(node, "protocol"))
                out.protocol = string(p, path + ".protocol");
        }
        if (const YAML::Node s = present(node, "start"))
            out.start = integer(s, path + ".start");
        if (const YAML::Node e = present(node, "end"))
            out.end = integer(e, path + ".end");
    }

    ClusterPolicyPort readPort(const YAML::Node &node, const std::string &path)
    {
        ClusterPolicyPort port;
        recordField(m_sources, path, node, m_ctx);
        if (m_cnp) {
            if (!m_ctx.checkMap(node, path, {"tcp", "udp", "sctp", "destinationNamedPort"}))
                return port;
            for (const char *protocol : {"tcp", "udp", "sctp"}) {
                const YAML::Node p = present(node, protocol);
                if (!p)
                    continue;
                port.written.push_back(protocol);
                const std::string at = path + '.' + protocol;
                recordField(m_sources, at, p, m_ctx);
                if (port.written.size() == 1) {
                    port.protocol = protocol == std::string("tcp")   ? "TCP"
                                    : protocol == std::string("udp") ? "UDP"
                                                                     : "SCTP";
                }
                if (!m_ctx.checkMap(p, at, {"destinationPort"}))
                    continue;
                if (const YAML::Node d = present(p, "destinationPort"))
                    destinationPort(d, at + ".destinationPort", port);
            }
            if (const YAML::Node n = present(node, "destinationNamedPort")) {
                port.written.push_back("destinationNamedPort");
                port.namedPort = string(n, path + ".destinationNamedPort");
            }
            return port;
        }
        if (!m_ctx.checkMap(node, path, {"portNumber", "portRange", "namedPort"}))
            return port;
        port.protocol = "TCP"; // the CRD's default
        if (const YAML::Node n = present(node, "portNumber")) {
            port.written.push_back("portNumber");
            const std::string at = path + ".portNumber";
            recordField(m_sources, at, n, m_ctx);
            if (m_ctx.checkMap(n, at, {"protocol", "port"})) {
                if (const YAML::Node p = present(n, "protocol"))
                    port.protocol = string(p, at + ".protocol");
                if (const YAML::Node p = present(n, "port"))
                    port.number = integer(p, at + ".port");
            }
        }
        if (const YAML::Node r = present(node, "portRange")) {
            port.written.push_back("portRange");
            range(r, path + ".portRange", true, port);
        }
        if (const YAML::Node n = present(node, "namedPort")) {
            port.written.push_back("namedPort");
            port.namedPort = string(n, path + ".namedPort");
        }
        return port;
    }

    std::vector<ClusterPolicyRule> readRules(const YAML::Node &node, const std::string &path,
                                             bool egress)
    {
        const char *peersKey = egress ? "to" : "from";
        const char *portsKey = m_cnp ? "protocols" : "ports";
        std::vector<std::string_view> peerFields = {"namespaces", "pods"};
        if (egress) {
            peerFields.insert(peerFields.end(), {"nodes", "networks"});
            if (m_policy.kind != ClusterPolicyKind::BaselineAdminNetworkPolicy)
                peerFields.push_back("domainNames");
        }
        std::vector<ClusterPolicyRule> rules;
        readList(node, path, m_ctx, m_sources,
                 [&](const YAML::Node &item, const std::string &rulePath) {
                     ClusterPolicyRule rule;
                     const std::initializer_list<std::string_view> keys = {"name", "action",
                                                                           peersKey, portsKey};
                     if (!item.IsNull() && !m_ctx.checkMap(item, rulePath, keys))
                         return;
                     if (const YAML::Node n = present(item, "name"))
                         rule.name = string(n, rulePath + ".name");
                     if (const YAML::Node a = present(item, "action"))
                         rule.action = string(a, rulePath + ".action");
                     if (const YAML::Node peers = present(item, peersKey)) {
                         rule.hasPeers = true;
                         readList(peers, rulePath + '.' + peersKey, m_ctx, m_sources,
                                  [&](const YAML::Node &p, const std::string &peerPath) {
                                      rule.peers.push_back(readPeer(p, peerPath, peerFields));
                                  });
                     }
                     if (const YAML::Node ports = present(item, portsKey)) {
                         rule.hasPorts = true;
                         readList(ports, rulePath + '.' + portsKey, m_ctx, m_sources,
                                  [&](const YAML::Node &p, const std::string &portPath) {
                                      rule.ports.push_back(readPort(p, portPath));
                                  });
                     }
                     rules.push_back(std::move(rule));
                 });
        return rules;
    }

    ClusterPolicy &m_policy;
    Yaml::Context &m_ctx;
    SourceMap &m_sources;
    const bool m_cnp;
};

} // namespace

std::optional<ClusterPolicy> readClusterPolicy(const YAML::Node &node, ClusterPolicyKind kind,
                                               Yaml::Context &ctx, SourceMap &sources,
                                               const std::string &listApiVersion)
{
    const std::string kindName = clusterPolicyKindName(kind);
    if (!ctx.checkMap(node, kindName, {"apiVersion", "kind", "metadata", "spec", "status"}))
        return std::nullopt;
    recordField(sources, "", node, ctx);
    ClusterPolicy policy;
    policy.kind = kind;
    const YAML::Node apiVersion = node["apiVersion"];
    recordField(sources, "apiVersion", apiVersion, ctx);
    policy.apiVersion = apiVersion ? Yaml::scalarText(apiVersion) : listApiVersion;
    const bool cnp = kind == ClusterPolicyKind::ClusterNetworkPolicy;
    const bool known = cnp ? policy.apiVersion == "policy.networking.k8s.io/v1beta1"
                                 || policy.apiVersion == "policy.networking.k8s.io/v1alpha2"
                           : policy.apiVersion == "policy.networking.k8s.io/v1alpha1";
    const std::string versions = cnp ? "policy.networking.k8s.io/v1beta1 or v1alpha2"
                                     : "policy.networking.k8s.io/v1alpha1";
    if (!known)
        ctx.error(apiVersion ? apiVersion : node, "wrong-api-version",
                  kindName + " apiVersion must be " + versions + ", not "
                      + quotedValue(policy.apiVersion)
                      + (apiVersion || policy.apiVersion.empty()
                             ? ""
                             : " (the apiVersion of its list)"),
                  cnp ? "write apiVersion: policy.networking.k8s.io/v1beta1"
                      : "write apiVersion: policy.networking.k8s.io/v1alpha1");
    recordField(sources, "kind", node["kind"], ctx);
    if (const YAML::Node meta = node["metadata"]; meta && !meta.IsNull())
        readObjectMeta(meta, ctx, sources, policy.metadata);
    if (const YAML::Node spec = node["spec"]; spec && !spec.IsNull())
        ClusterReader(policy, ctx, sources).readSpec(spec);
    return policy;
}

} // namespace Netpol
