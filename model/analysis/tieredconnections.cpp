#include "model/analysis/tieredconnections_p.h"

#include "model/analysis/reachability.h"

#include <map>
#include <memory>
#include <set>

namespace Netpol {

PortSet tieredConnectionPorts(const PolicyEvaluator &evaluator, const NetworkPeer &from,
                              const NetworkPeer &to)
{
    PortSet out;
    for (Protocol protocol : kAllProtocols) {
        std::set<long long> cuts{1};
        auto span = [&](long long first, long long last) {
            cuts.insert(first);
            cuts.insert(last + 1);
        };
        auto named = [&](const std::string &name) {
            if (const auto port = to.resolveNamedPort(name, protocol))
                span(*port, *port);
        };
        for (const NetworkPolicy &policy : evaluator.policies()) {
            for (const auto *rules : {&policy.spec.ingress, &policy.spec.egress}) {
                for (const NetworkPolicyRule &rule : *rules) {
                    for (const NetworkPolicyPort &entry : rule.ports) {
                        if (!entry.port)
                            continue;
                        if (entry.port->isName)
                            named(entry.port->name);
                        else
                            span(entry.port->number, entry.endPort.value_or(entry.port->number));
                    }
                }
            }
        }
        for (const ClusterPolicy &policy : evaluator.clusterTiers().policies()) {
            for (const auto *rules : {&policy.ingress, &policy.egress}) {
                for (const ClusterPolicyRule &rule : *rules) {
                    for (const ClusterPolicyPort &entry : rule.ports) {
                        if (entry.namedPort)
                            named(*entry.namedPort);
                        else if (entry.isRange && entry.start && entry.end)
                            span(*entry.start, *entry.end);
                        else if (entry.number)
                            span(*entry.number, *entry.number);
                    }
                }
            }
        }
        for (auto it = cuts.begin(); it != cuts.end() && *it <= 65535; ++it) {
            if (*it < 1)
                continue;
            const auto next = std::next(it);
            const long long last = next == cuts.end() ? 65535 : std::min(*next - 1, 65535LL);
            if (evaluator.allowed(from, to, int(*it), protocol))
                out.unite(PortSet::range(protocol, int(*it), int(last)));
        }
    }
    return out;
}

std::vector<PeerConnection> tieredConnections(const PolicyEvaluator &evaluator,
                                              const std::vector<NetworkPeer> &peers)
{
    const ReachabilityMatrix classes(evaluator, peers, {});
    std::vector<std::size_t> first(classes.classCount(), peers.size());
    for (std::size_t i = 0; i < peers.size(); ++i) {
        std::size_t &f = first[classes.classOf(i)];
        f = std::min(f, i);
    }
    std::map<std::pair<std::size_t, std::size_t>, std::shared_ptr<const PortSet>> byClasses;
    std::vector<PeerConnection> out;
    for (std::size_t a = 0; a < peers.size(); ++a) {
        for (std::size_t b = 0; b < peers.size(); ++b) {
            if (a == b || (!peers[a].isPod && !peers[b].isPod))
                continue;
            const auto key = std::make_pair(classes.classOf(a), classes.classOf(b));
            auto it = byClasses.find(key);
            if (it == byClasses.end()) {
                it = byClasses
                         .emplace(key, std::make_shared<const PortSet>(tieredConnectionPorts(
                                           evaluator, peers[first[key.first]],
                                           peers[first[key.second]])))
                         .first;
            }
            if (!it->second->empty())
                out.push_back({a, b, it->second});
        }
    }
    return out;
}

} // namespace Netpol
