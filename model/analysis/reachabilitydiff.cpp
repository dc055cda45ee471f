#include "model/analysis/reachabilitydiff.h"

#include "model/analysis/connectionlist.h"

#include <set>

namespace Netpol {

std::vector<ReachabilityDifference> compareReachability(const std::vector<NetworkPolicy> &first,
                                                        const std::vector<NetworkPolicy> &second,
                                                        const std::vector<NetworkPeer> &peers,
                                                        const std::vector<TrafficPort> &ports)
{
    // On the connection lists of both sets (computed per class of peers, sparse in the pairs
    // with something allowed), plus each peer and itself, which the lists leave out.
    const PolicyEvaluator a(first);
    const PolicyEvaluator b(second);
    const std::vector<PeerConnection> listA = computeConnections(a, peers);
    const std::vector<PeerConnection> listB = computeConnections(b, peers);
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
    const PortSet none;
    std::size_t i = 0, j = 0;
    std::size_t self = 0; // the next peer whose pair with itself is still to compare
    auto compareSelf = [&](std::size_t upTo) {
        // Self pairs of peers before `upTo`, and of `upTo` when the next pair is past it.
        for (; self < upTo; ++self) {
            if (peers[self].isPod)
                compare(self, self, connectionPorts(a, peers[self], peers[self]),
                        connectionPorts(b, peers[self], peers[self]));
        }
    };
    while (i < listA.size() || j < listB.size()) {
        const PeerConnection *x = i < listA.size() ? &listA[i] : nullptr;
        const PeerConnection *y = j < listB.size() ? &listB[j] : nullptr;
        const bool takeX = x && (!y || std::tie(x->from, x->to) <= std::tie(y->from, y->to));
        const bool takeY = y && (!x || std::tie(y->from, y->to) <= std::tie(x->from, x->to));
        const PeerConnection &c = takeX ? *x : *y;
        // Self pairs of earlier peers, and of this one when this pair comes after it.
        compareSelf(c.from);
        if (self == c.from && c.to > c.from)
            compareSelf(c.from + 1);
        compare(c.from, c.to, takeX ? x->ports() : none, takeY ? y->ports() : none);
        i += takeX;
        j += takeY;
    }
    compareSelf(peers.size());
    return out;
}
std::vector<TrafficPort> distinguishingPorts(const std::vector<std::vector<NetworkPolicy>> &policySets,
                                             const std::vector<NetworkPeer> &peers)
{
    std::set<int> numbers = {1, 53, 80, 443, 8080, 12345, 65535};
    for (const NetworkPeer &peer : peers) {
        for (const ContainerPort &p : peer.ports)
            numbers.insert(p.port);
    }
    for (const auto &policies : policySets) {
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
