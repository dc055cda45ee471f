#include "model/analysis/connectionlist.h"
#include "model/analysis/tieredconnections_p.h"

#include <algorithm>
#include <unordered_map>

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

std::vector<ConnectionEndpoint> connectionEndpoints(const Cluster &cluster,
                                                    const std::vector<AddressSet> &addresses)
{
    std::vector<ConnectionEndpoint> out;
    out.reserve(cluster.workloads.size() + addresses.size());
    std::unordered_map<std::string, int> named; // workloads per namespace and name
    auto nameKey = [](const ManifestWorkload &w) { return w.ns + '\x1f' + w.name; };
    for (const ManifestWorkload &w : cluster.workloads)
        ++named[nameKey(w)];
    for (std::size_t i = 0; i < cluster.workloads.size(); ++i) {
        const ManifestWorkload &w = cluster.workloads[i];
        const bool shared = named[nameKey(w)] > 1;
        out.push_back({workloadName(w, shared), std::string(workloadKindName(w.kind)),
                       w.ns.empty() ? kDefaultNamespace : w.ns, w.name, i, cluster.peerOf(w)});
    }
    for (const AddressSet &set : addresses)
        out.push_back(
            {set.toString(), {}, {}, {}, std::nullopt, NetworkPeer::address(set.representative())});
    return out;
}

ConnectionList::ConnectionList(const Cluster &cluster, const PolicyEvaluator &evaluator,
                               const std::vector<AddressSet> &addresses)
    : m_endpoints(connectionEndpoints(cluster, addresses))
{
    // The peers go to computeConnections in the order of their labels, so that its pairs,
    // ordered by the indexes it was given, come already sorted by label: the pairs (many more
    // than the endpoints) are renumbered, never sorted.
    std::vector<std::string> labels;
    labels.reserve(m_endpoints.size());
    for (const ConnectionEndpoint &e : m_endpoints)
        labels.push_back(e.label());
    std::vector<std::size_t> order(labels.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t x, std::size_t y) { return labels[x] < labels[y]; });
    std::vector<NetworkPeer> peers;
    peers.reserve(order.size());
    for (std::size_t i : order)
        peers.push_back(m_endpoints[i].peer);
    m_connections = computeConnections(evaluator, peers);
    for (PeerConnection &c : m_connections) {
        c.from = order[c.from];
        c.to = order[c.to];
    }
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

const PortSet *findInRow(const ClassRow &row, std::size_t c)
{
    const auto it = std::lower_bound(row.begin(), row.end(), c,
                                     [](const auto &entry, std::size_t k) { return entry.first < k; });
    return it != row.end() && it->first == c ? &it->second : nullptr;
}

PortSet ClassSides::explicitPorts(bool egress, std::size_t subject, std::size_t remote) const
{
    const Side &side = sides[egress];
    if (!side.isolated[subject])
        return PortSet::none();
    PortSet out = side.toAll[subject];
    if (const PortSet *more = findInRow(side.toSome[subject], remote))
        out.unite(*more);
    return out;
}

PortSet ClassSides::ports(bool egress, std::size_t subject, std::size_t remote) const
{
    return sides[egress].isolated[subject] ? explicitPorts(egress, subject, remote) : PortSet::all();
}

} // namespace Netpol
