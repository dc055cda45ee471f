#include "model/analysis/reachabilitydiff.h"

#include "model/analysis/connectionchanges.h"
#include "model/analysis/connectionlist.h"

#include <set>

namespace Netpol {

std::vector<ReachabilityDifference> compareReachability(const std::vector<NetworkPolicy> &first,
                                                        const std::vector<NetworkPolicy> &second,
                                                        const std::vector<NetworkPeer> &peers,
                                                        const std::vector<TrafficPort> &ports)
{
    // The pairs whose ports differ, found per class of peers with a changed side (so that a
    // near-equal pair of sets costs about the peers, not the allowed pairs), plus each peer
    // and itself, which that leaves out.
    const PolicyEvaluator a(first);
    const PolicyEvaluator b(second);
    std::vector<JointPeer> joint(peers.size());
    for (std::size_t i = 0; i < peers.size(); ++i)
        joint[i] = {i, i};
    std::vector<ReachabilityDifference> out;
    auto compare = [&](std::size_t from, std::size_t to, const PortSet &allowedA,
                       const PortSet &allowedB) {
        if (allowedA == allowedB)
            return;
        for (const TrafficPort &port : ports) {
            const bool inA = allowedA.contains(port.port, port.protocol);
            if (inA != allowedB.contains(port.port, port.protocol))
                out.push_back({from, to, port, inA});
        }
    };
    const std::vector<ChangedConnection> changes = changedConnections(a, peers, b, peers, joint);
    std::size_t next = 0;
    for (std::size_t p = 0; p < peers.size(); ++p) {
        // Pairs from p come in order of `to`; the pair of p and itself goes among them.
        for (; next < changes.size() && changes[next].from == p && changes[next].to < p; ++next)
            compare(p, changes[next].to, changes[next].before, changes[next].after);
        if (peers[p].isPod)
            compare(p, p, connectionPorts(a, peers[p], peers[p]), connectionPorts(b, peers[p], peers[p]));
        for (; next < changes.size() && changes[next].from == p; ++next)
            compare(p, changes[next].to, changes[next].before, changes[next].after);
    }
    return out;
}
std::vector<TrafficPort> distinguishingPorts(PolicySets policySets,
                                             const std::vector<NetworkPeer> &peers)
{
    std::set<int> numbers = {1, 53, 80, 443, 8080, 12345, 65535};
    for (const NetworkPeer &peer : peers) {
        for (const ContainerPort &p : peer.ports)
            numbers.insert(p.port);
    }
    for (const std::vector<NetworkPolicy> &policies : policySets) {
        for (const NetworkPolicy &policy : policies) {
            for (const auto *rules : {&policy.spec.ingress, &policy.spec.egress}) {
                for (const NetworkPolicyRule &rule : *rules) {
                    for (const NetworkPolicyPort &entry : rule.ports) {
                        if (!entry.port || entry.port->isName)
                            continue;
                        const long long first = entry.port->number;
                        const long long last = entry.endPort.value_or(first);
                        for (long long n : {first - 1, first, first + 1, last - 1, last, last + 1})
                            numbers.insert(int(n));
                    }
                }
            }
        }
    }
    std::vector<TrafficPort> out;
    for (int n : numbers) {
        if (n < 1 || n > 65535)
            continue;
        for (Protocol protocol : kAllProtocols)
            out.push_back({n, protocol});
    }
    return out;
}

} // namespace Netpol
