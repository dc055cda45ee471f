#include "model/analysis/reachabilitydiff.h"

#include <set>

namespace Netpol {

std::vector<ReachabilityDifference> compareReachability(const std::vector<NetworkPolicy> &first,
                                                        const std::vector<NetworkPolicy> &second,
                                                        const std::vector<NetworkPeer> &peers,
                                                        const std::vector<TrafficPort> &ports)
{
    const PolicyEvaluator a(first);
    const PolicyEvaluator b(second);
    const ReachabilityMatrix ma(a, peers, ports);
    const ReachabilityMatrix mb(b, peers, ports);
    std::vector<ReachabilityDifference> out;
    for (std::size_t i = 0; i < peers.size(); ++i) {
        for (std::size_t j = 0; j < peers.size(); ++j) {
            if (!peers[i].isPod && !peers[j].isPod)
                continue;
            for (std::size_t p = 0; p < ports.size(); ++p) {
                const bool allowedA = ma.allowed(i, j, p);
                if (allowedA != mb.allowed(i, j, p))
                    out.push_back({i, j, ports[p], allowedA});
            }
        }
    }
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
