#include "model/lint/podinventory_p.h"

#include "model/analysis/tieredexplain.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace Netpol::ManifestLint {

namespace {

constexpr int kDnsPort = 53;

std::vector<NetworkPolicy> policiesInTheirNamespaces(const ManifestSet &set)
{
    std::vector<NetworkPolicy> out = set.policies;
    for (NetworkPolicy &p : out) {
        if (p.metadata.ns.empty())
            p.metadata.ns = kDefaultNamespace;
    }
    return out;
}

// The name a class takes from its members: a controller before what it created.
int nameRank(WorkloadKind kind)
{
    switch (kind) {
    case WorkloadKind::Pod:
        return 2;
    case WorkloadKind::ReplicaSet:
    case WorkloadKind::Job:
        return 1;
    default:
        return 0;
    }
}

std::string labelKey(const std::string &ns, const std::string &key, const std::string &value)
{
    return ns + '\n' + key + '=' + value;
}

} // namespace

PodInventory::PodInventory(const ManifestSet &set)
    : m_cluster(buildCluster(set))
    , m_evaluator(policiesInTheirNamespaces(set), m_cluster.clusterPolicies)
{
    addClasses();
    indexPolicies();
}

void PodInventory::addClasses()
{
    std::map<std::tuple<std::string, Labels, std::vector<std::tuple<std::string, int, int>>>,
             std::size_t>
        seen;
    for (std::size_t w = 0; w < m_cluster.workloads.size(); ++w) {
        const ManifestWorkload &workload = m_cluster.workloads[w];
        std::vector<std::tuple<std::string, int, int>> ports;
        for (const ContainerPort &p : workload.ports)
            ports.emplace_back(p.name, p.port, int(p.protocol));
        std::sort(ports.begin(), ports.end());
        const auto [it, added] = seen.emplace(std::make_tuple(workload.ns, workload.labels, ports),
                                              m_classes.size());
        if (added) {
            PodClass c;
            c.peer = m_cluster.peerOf(workload);
            c.peer.ip.reset(); // addresses are per pod, not per class
            c.name = workload.name;
            m_byNamespace[workload.ns].push_back(m_classes.size());
            for (const auto &[key, value] : workload.labels)
                m_byLabel[labelKey(workload.ns, key, value)].push_back(m_classes.size());
            m_classes.push_back(std::move(c));
        }
        PodClass &c = m_classes[it->second];
        c.ips.insert(c.ips.end(), workload.ips.begin(), workload.ips.end());
        const ManifestWorkload &named = m_cluster.workloads[c.members.empty() ? w : c.members[0]];
        c.members.push_back(w);
        if (nameRank(workload.kind) < nameRank(named.kind)) {
            std::rotate(c.members.begin(), c.members.end() - 1, c.members.end());
            c.name = workload.name;
        }
        c.singlePod = c.members.size() == 1 && workload.kind == WorkloadKind::Pod;
    }
    for (std::size_t i : classesIn("kube-system")) {
        const PodClass &c = m_classes[i];
        const auto app = c.peer.labels.find("k8s-app");
        if ((app != c.peer.labels.end() && app->second == "kube-dns")
            || std::any_of(c.peer.ports.begin(), c.peer.ports.end(), [](const ContainerPort &p) {
                   return p.port == kDnsPort && p.protocol == Protocol::UDP;
               }))
            m_dns.push_back(i);
    }
}

void PodInventory::indexPolicies()
{
    for (std::size_t index = 0; index < m_evaluator.policies().size(); ++index) {
        for (std::size_t c : selectedBy(index)) {
            PodClass &podClass = m_classes[c];
            for (const bool egress : {false, true}) {
                if (m_evaluator.selects(index, podClass.peer, egress))
                    (egress ? podClass.egressPolicies : podClass.ingressPolicies).push_back(index);
            }
        }
    }
}

const std::vector<std::size_t> &PodInventory::classesIn(const std::string &ns) const
{
    static const std::vector<std::size_t> none;
    const auto it = m_byNamespace.find(ns);
    return it == m_byNamespace.end() ? none : it->second;
}

std::vector<std::size_t> PodInventory::matching(const std::string &ns,
                                                const LabelSelector &selector) const
{
    // Candidates: the classes carrying the selector's rarest matchLabels entry, or all of ns.
    const std::vector<std::size_t> *candidates = &classesIn(ns);
    for (const auto &[key, value] : selector.matchLabels) {
        const auto it = m_byLabel.find(labelKey(ns, key, value));
        if (it == m_byLabel.end())
            return {};
        if (it->second.size() < candidates->size())
            candidates = &it->second;
    }
    std::vector<std::size_t> out;
    for (std::size_t c : *candidates) {
        if (selector.matches(m_classes[c].peer.labels))
            out.push_back(c);
    }
    return out;
}

std::vector<std::size_t> PodInventory::selectedBy(std::size_t index) const
{
    const NetworkPolicy &p = policy(index);
    return matching(p.metadata.ns, p.spec.podSelector);
}

std::vector<std::string> PodInventory::namespacesMatching(const LabelSelector &selector) const
{
    std::vector<std::string> out;
    for (const ClusterNamespace &ns : m_cluster.namespaces) {
        if (selector.matches(ns.effectiveLabels()))
            out.push_back(ns.name);
    }
    return out;
}

PortSet PodInventory::sidePorts(std::size_t subject, bool egress, std::size_t remote) const
{
    const PodClass &s = m_classes[subject];
    const PodClass &r = m_classes[remote];
    if (!s.isolated(egress))
        return PortSet::all();
    const NetworkPeer &destination = egress ? r.peer : s.peer;
    PortSet out;
    for (std::size_t index : s.policies(egress)) {
        const NetworkPolicySpec &spec = policy(index).spec;
        const auto &rules = egress ? spec.egress : spec.ingress;
        for (std::size_t rule = 0; rule < rules.size(); ++rule) {
            if (rulePeersMatch(index, egress, rule, r))
                out.unite(PortSet::ofRule(rules[rule], destination));
        }
    }
    return out;
}

PortSet PodInventory::tieredSidePorts(std::size_t subject, bool egress, std::size_t remote,
                                      const PortSet *within) const
{
    const PodClass &r = m_classes[remote];
    std::vector<NetworkPeer> variants{r.peer};
    for (const IpAddress &ip : r.ips) {
        variants.push_back(r.peer);
        variants.back().ip = ip;
    }
    PortSet out;
    for (const NetworkPeer &peer : variants)
        out.unite(Netpol::tieredSidePorts(m_evaluator, m_classes[subject].peer, egress, peer,
                                          within, &m_intervals));
    return out;
}

std::vector<std::string> PodInventory::guardrailsSelecting(const std::string &ns) const
{
    const ClusterTiers &tiers = m_evaluator.clusterTiers();
    std::vector<std::string> out;
    for (std::size_t i = 0; i < tiers.policies().size(); ++i) {
        const std::vector<std::size_t> &classes = classesIn(ns);
        if (std::any_of(classes.begin(), classes.end(), [&](std::size_t c) {
                return tiers.subjectSelects(i, m_classes[c].peer);
            }))
            out.push_back(tiers.policies()[i].displayName());
    }
    return out;
}

bool PodInventory::rulePeersMatch(std::size_t index, bool egress, std::size_t rule,
                                  const PodClass &remote) const
{
    if (m_evaluator.rulePeersMatch(index, egress, rule, remote.peer))
        return true;
    const NetworkPolicySpec &spec = policy(index).spec;
    const auto &peers = (egress ? spec.egress : spec.ingress)[rule].peers;
    NetworkPeer addressed = remote.peer;
    for (std::size_t k = 0; k < peers.size(); ++k) {
        if (!peers[k].ipBlock)
            continue;
        for (const IpAddress &ip : remote.ips) {
            addressed.ip = ip;
            if (m_evaluator.peerMatchesAt(index, egress, rule, k, addressed))
                return true;
        }
    }
    return false;
}

std::string PodInventory::describe(std::size_t index, const std::string &ns) const
{
    const PodClass &c = m_classes[index];
    return c.peer.ns == ns ? c.name : c.peer.ns + '/' + c.name;
}

} // namespace Netpol::ManifestLint
