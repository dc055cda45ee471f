#include "model/analysis/cluster.h"
#include "model/core/quoting.h"

#include <algorithm>
#include <map>
#include <set>

namespace Netpol {

Labels ClusterNamespace::effectiveLabels() const
{
    Labels result = labels;
    result[kNamespaceNameLabel] = name;
    return result;
}

const ClusterNamespace *Cluster::findNamespace(std::string_view name) const
{
    const auto it = std::lower_bound(namespaces.begin(), namespaces.end(), name,
                                     [](const ClusterNamespace &n, std::string_view v) { return n.name < v; });
    return it != namespaces.end() && it->name == name ? &*it : nullptr;
}

std::vector<std::size_t> Cluster::findWorkloads(std::string_view ns, std::string_view name) const
{
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < workloads.size(); ++i) {
        if (workloads[i].ns == ns && workloads[i].name == name)
            found.push_back(i);
    }
    return found;
}

NetworkPeer Cluster::peerOf(const ManifestWorkload &workload) const
{
    const ClusterNamespace *ns = findNamespace(workload.ns);
    std::optional<IpAddress> ip;
    if (!workload.ips.empty())
        ip = workload.ips.front();
    return NetworkPeer::pod(workload.ns, workload.labels, ns ? ns->effectiveLabels() : Labels{},
                            workload.ports, ip);
}

std::vector<NetworkPeer> Cluster::workloadPeers() const
{
    std::vector<NetworkPeer> peers;
    peers.reserve(workloads.size());
    for (const ManifestWorkload &w : workloads)
        peers.push_back(peerOf(w));
    return peers;
}

std::string workloadName(const ManifestWorkload &workload, bool withKind)
{
    if (withKind)
        return workload.ns + '/' + std::string(workloadKindName(workload.kind)) + '/' + workload.name;
    return workload.ns + '/' + workload.name;
}

namespace {

Diagnostic note(Severity severity, std::string code, std::string message, Location location)
{
    return Diagnostic{severity, std::move(code), std::move(message), std::move(location), {}};
}

// Namespaces a selector names through kubernetes.io/metadata.name (matchLabels or In).
void namedNamespaces(const LabelSelector &selector, std::vector<std::string> &out)
{
    if (const auto it = selector.matchLabels.find(kNamespaceNameLabel); it != selector.matchLabels.end())
        out.push_back(it->second);
    for (const LabelSelectorRequirement &r : selector.matchExpressions) {
        if (r.key == kNamespaceNameLabel && r.op == "In")
            out.insert(out.end(), r.values.begin(), r.values.end());
    }
}

class ClusterBuilder
{
public:
    explicit ClusterBuilder(const ManifestSet &set) : m_set(set) {}

    Cluster build()
    {
        addNamespaces();
        addWorkloads();
        addPolicies();
        addClusterPolicies();
        if (m_defaulted > 0)
            m_cluster.diagnostics.push_back(
                note(Severity::Info, "default-namespace",
                     std::to_string(m_defaulted) + (m_defaulted == 1 ? " object has" : " objects have")
                         + " no metadata.namespace and " + (m_defaulted == 1 ? "is" : "are")
                         + " taken to be in namespace \"default\", as kubectl apply without -n would",
                     m_firstDefaulted));
        for (auto &[name, ns] : m_namespaces)
            m_cluster.namespaces.push_back(std::move(ns));
        return std::move(m_cluster);
    }

private:
    std::string resolve(const std::string &ns, const Location &where)
    {
        if (!ns.empty())
            return ns;
        if (m_defaulted++ == 0)
            m_firstDefaulted = where;
        return kDefaultNamespace;
    }

    void reference(const std::string &ns, const Location &where, const std::string &what)
    {
        if (ns.empty() || m_namespaces.count(ns))
            return;
        ClusterNamespace implicit{ns, {}, true, where};
        m_namespaces.emplace(ns, implicit);
        m_cluster.diagnostics.push_back(
            note(Severity::Info, "implicit-namespace",
                 "namespace " + quotedValue(ns) + " is not declared (" + what
                     + " names it): taken to exist with only the label " + kNamespaceNameLabel + '='
                     + ns,
                 where));
    }

    void addNamespaces()
    {
        for (const ManifestNamespace &ns : m_set.namespaces) {
            if (m_namespaces.count(ns.name))
                duplicate("Namespace " + ns.name, ns.location);
            m_namespaces[ns.name] = ClusterNamespace{ns.name, ns.labels, false, ns.location};
        }
    }

    void duplicate(const std::string &what, const Location &where)
    {
        m_cluster.diagnostics.push_back(
            note(Severity::Warning, "duplicate-object",
                 what + " is declared more than once; the last one is used, as kubectl apply would",
                 where));
    }

    void addWorkloads()
    {
        std::map<std::tuple<WorkloadKind, std::string, std::string>, std::size_t> seen;
        for (ManifestWorkload w : m_set.workloads) {
            w.ns = resolve(w.ns, w.location);
            const auto key = std::make_tuple(w.kind, w.ns, w.name);
            if (const auto it = seen.find(key); it != seen.end()) {
                duplicate(std::string(workloadKindName(w.kind)) + ' ' + workloadName(w), w.location);
                m_cluster.workloads[it->second] = std::move(w);
                continue;
            }
            reference(w.ns, w.location, std::string(workloadKindName(w.kind)) + ' ' + w.name);
            seen.emplace(key, m_cluster.workloads.size());
            m_cluster.workloads.push_back(std::move(w));
        }
    }

    void addPolicies()
    {
        std::map<std::pair<std::string, std::string>, std::size_t> seen;
        for (std::size_t i = 0; i < m_set.policies.size(); ++i) {
            NetworkPolicy p = m_set.policies[i];
            const SourceMap &sources = m_set.policySources[i];
            const Location where = sources.locate("");
            p.metadata.ns = resolve(p.metadata.ns, where);
            const std::string name = p.metadata.ns + '/' + p.metadata.name;
            if (i < m_set.policyErrors.size() && m_set.policyErrors[i] > 0) {
                m_cluster.diagnostics.push_back(
                    note(Severity::Warning, "left-out",
                         "NetworkPolicy " + name + " is left out because of the errors above "
                             + "(kubectl apply would refuse it)",
                         where));
                continue;
            }
            reference(p.metadata.ns, where, "NetworkPolicy " + name);
            std::vector<std::string> named;
            for (const auto *rules : {&p.spec.ingress, &p.spec.egress}) {
                for (const NetworkPolicyRule &rule : *rules) {
                    for (const NetworkPolicyPeer &peer : rule.peers) {
                        if (peer.namespaceSelector)
                            namedNamespaces(*peer.namespaceSelector, named);
                    }
                }
            }
            for (const std::string &ns : named)
                reference(ns, where, "a namespaceSelector of NetworkPolicy " + name);
            const auto key = std::make_pair(p.metadata.ns, p.metadata.name);
            if (const auto it = seen.find(key); it != seen.end()) {
                duplicate("NetworkPolicy " + name, where);
                m_cluster.policies[it->second] = std::move(p);
                m_cluster.policySources[it->second] = sources;
                continue;
            }
            seen.emplace(key, m_cluster.policies.size());
            m_cluster.policies.push_back(std::move(p));
            m_cluster.policySources.push_back(sources);
        }
    }

    void addClusterPolicies()
    {
        std::map<std::pair<ClusterPolicyKind, std::string>, std::size_t> seen;
        for (std::size_t i = 0; i < m_set.clusterPolicies.size(); ++i) {
            const ClusterPolicy &p = m_set.clusterPolicies[i];
            const SourceMap &sources = m_set.clusterPolicySources[i];
            const Location where = sources.locate("");
            if (i < m_set.clusterPolicyErrors.size() && m_set.clusterPolicyErrors[i] > 0) {
                m_cluster.diagnostics.push_back(
                    note(Severity::Warning, "left-out",
                         p.displayName() + " is left out because of the errors above "
                             + "(the API server would refuse it)",
                         where));
                continue;
            }
            const auto key = std::make_pair(p.kind, p.metadata.name);
            if (const auto it = seen.find(key); it != seen.end()) {
                duplicate(p.displayName(), where);
                m_cluster.clusterPolicies[it->second] = p;
                m_cluster.clusterPolicySources[it->second] = sources;
                continue;
            }
            seen.emplace(key, m_cluster.clusterPolicies.size());
            m_cluster.clusterPolicies.push_back(p);
            m_cluster.clusterPolicySources.push_back(sources);
        }
    }

    const ManifestSet &m_set;
    Cluster m_cluster;
    std::map<std::string, ClusterNamespace> m_namespaces;
    int m_defaulted = 0;
    Location m_firstDefaulted;
};

} // namespace

NetworkPolicy guardrailNetworks(const Cluster &cluster)
{
    NetworkPolicy networks;
    for (const ClusterPolicy &p : cluster.clusterPolicies) {
        for (const ClusterPolicyRule &rule : p.egress) {
            for (const ClusterPolicyPeer &peer : rule.peers) {
                if (!peer.networks)
                    continue;
                for (const std::string &cidr : *peer.networks) {
                    NetworkPolicyPeer block;
                    block.ipBlock = IPBlock{cidr, {}};
                    networks.spec.egress.push_back(NetworkPolicyRule{{}, {block}});
                }
            }
        }
    }
    return networks;
}

Cluster buildCluster(const ManifestSet &manifests)
{
    Cluster cluster = ClusterBuilder(manifests).build();
    cluster.expectedPairs = manifests.expectedPairs;
    return cluster;
}

} // namespace Netpol
