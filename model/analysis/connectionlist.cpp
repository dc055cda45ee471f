#include "model/analysis/connectionlist.h"
#include "model/analysis/tieredconnections_p.h"

#include <algorithm>
#include <cstdint>
#include <map>

namespace Netpol {

namespace {

const std::vector<NetworkPolicyRule> &rulesOf(const NetworkPolicy &policy, bool egress)
{
    return egress ? policy.spec.egress : policy.spec.ingress;
}

SideReasons explainSide(const PolicyEvaluator &evaluator, const NetworkPeer &subject, bool egress,
                        const NetworkPeer &remote, const NetworkPeer &destination,
                        const PortSet &ports)
{
    SideReasons side;
    if (!subject.isPod) {
        side.address = true;
        return side;
    }
    for (std::size_t index : evaluator.policiesIn(subject.ns)) {
        if (!evaluator.selects(index, subject, egress))
            continue;
        side.isolated = true;
        const auto &rules = rulesOf(evaluator.policies()[index], egress);
        for (std::size_t r = 0; r < rules.size(); ++r) {
            if (!evaluator.rulePeersMatch(index, egress, r, remote))
                continue;
            PortSet allowed = PortSet::ofRule(rules[r], destination).intersect(ports);
            if (!allowed.empty())
                side.rules.push_back({RuleRef{index, r}, std::move(allowed)});
        }
    }
    return side;
}

PortSet sidePorts(const PolicyEvaluator &evaluator, const NetworkPeer &subject, bool egress,
                  const NetworkPeer &remote, const NetworkPeer &destination)
{
    if (!subject.isPod)
        return PortSet::all();
    bool isolated = false;
    PortSet out;
    for (std::size_t index : evaluator.policiesIn(subject.ns)) {
        if (!evaluator.selects(index, subject, egress))
            continue;
        isolated = true;
        const auto &rules = rulesOf(evaluator.policies()[index], egress);
        for (std::size_t r = 0; r < rules.size(); ++r) {
            if (evaluator.rulePeersMatch(index, egress, r, remote))
                out.unite(PortSet::ofRule(rules[r], destination));
        }
    }
    return isolated ? out : PortSet::all();
}

} // namespace

PortSet connectionPorts(const PolicyEvaluator &evaluator, const NetworkPeer &from,
                        const NetworkPeer &to)
{
    if (evaluator.hasClusterPolicies())
        return tieredConnectionPorts(evaluator, from, to);
    return sidePorts(evaluator, from, true, to, to).intersect(sidePorts(evaluator, to, false, from, to));
}

ConnectionReasons explainConnection(const PolicyEvaluator &evaluator, const NetworkPeer &from,
                                    const NetworkPeer &to, const PortSet &ports)
{
    return {explainSide(evaluator, from, true, to, to, ports),
            explainSide(evaluator, to, false, from, to, ports)};
}

std::string ConnectionEndpoint::label() const
{
    return kind.empty() ? name : ns + '/' + workloadName + '[' + kind + ']';
}

std::string ConnectionEndpoint::key() const
{
    return kind.empty() ? name : ns + '/' + kind + '/' + workloadName;
}

ConnectionList::ConnectionList(const Cluster &cluster, const PolicyEvaluator &evaluator,
                               const std::vector<AddressSet> &addresses)
{
    std::map<std::pair<std::string, std::string>, int> named; // workloads per namespace and name
    for (const ManifestWorkload &w : cluster.workloads)
        ++named[{w.ns, w.name}];
    for (std::size_t i = 0; i < cluster.workloads.size(); ++i) {
        const ManifestWorkload &w = cluster.workloads[i];
        const bool shared = named[{w.ns, w.name}] > 1;
        m_endpoints.push_back({workloadName(w, shared), std::string(workloadKindName(w.kind)),
                               w.ns.empty() ? kDefaultNamespace : w.ns, w.name, i,
                               cluster.peerOf(w)});
    }
    for (const AddressSet &set : addresses)
        m_endpoints.push_back(
            {set.toString(), {}, {}, {}, std::nullopt, NetworkPeer::address(set.representative())});
    std::vector<NetworkPeer> peers;
    for (const ConnectionEndpoint &e : m_endpoints)
        peers.push_back(e.peer);
    m_connections = computeConnections(evaluator, peers);
    // Sorted by the labels of the ends: the labels are ranked once, so the pairs (many more
    // than the endpoints) compare as integers.
    std::vector<std::string> labels;
    for (const ConnectionEndpoint &e : m_endpoints)
        labels.push_back(e.label());
    std::vector<std::size_t> order(labels.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t x, std::size_t y) { return labels[x] < labels[y]; });
    std::vector<std::size_t> rank(labels.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        rank[order[i]] = i;
    // The pairs come ordered by index; sorting their positions and moving each pair once costs
    // far less than sorting the pairs themselves, each with its port set.
    std::vector<std::pair<std::uint64_t, std::size_t>> keyed;
    keyed.reserve(m_connections.size());
    for (std::size_t i = 0; i < m_connections.size(); ++i)
        keyed.emplace_back(std::uint64_t(rank[m_connections[i].from]) << 32
                               | std::uint64_t(rank[m_connections[i].to]),
                           i);
    std::sort(keyed.begin(), keyed.end());
    std::vector<PeerConnection> sorted;
    sorted.reserve(m_connections.size());
    for (const auto &[key, i] : keyed)
        sorted.push_back(std::move(m_connections[i]));
    m_connections = std::move(sorted);
}

std::string protocolPortsText(const PortSet &ports, Protocol protocol)
{
    std::string out;
    for (const auto &[first, last] : ports.ranges(protocol)) {
        out += out.empty() ? "" : ",";
        out += first == last ? std::to_string(first)
                             : std::to_string(first) + '-' + std::to_string(last);
    }
    return out;
}

std::string connectionPortsText(const PortSet &ports)
{
    if (ports.isAll())
        return "All Connections";
    std::string out;
    for (Protocol protocol : kAllProtocols) {
        const std::string list = protocolPortsText(ports, protocol);
        if (!list.empty())
            out += (out.empty() ? "" : "; ") + std::string(protocolName(protocol)) + ' ' + list;
    }
    return out;
}

} // namespace Netpol
