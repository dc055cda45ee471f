#include "model/analysis/tieredconnections_p.h"

#include "model/analysis/reachability.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace Netpol {

namespace {

// The cuts of the port entries of `rules`; named ports resolve on `destination` (none when it is
// null).
struct Cuts
{
    const NetworkPeer *destination = nullptr;
    Protocol protocol = Protocol::TCP;
    std::set<long long> at{1};

    void span(long long first, long long last)
    {
        at.insert(first);
        at.insert(last + 1);
    }
    void named(const std::string &name)
    {
        if (!destination)
            return;
        if (const auto port = destination->resolveNamedPort(name, protocol))
            span(*port, *port);
    }
    void add(const std::vector<NetworkPolicyRule> &rules)
    {
        for (const NetworkPolicyRule &rule : rules) {
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
    void add(const std::vector<ClusterPolicyRule> &rules)
    {
        for (const ClusterPolicyRule &rule : rules) {
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
    std::vector<std::pair<int, int>> intervals() const
    {
        std::vector<std::pair<int, int>> out;
        for (auto it = at.begin(); it != at.end() && *it <= 65535; ++it) {
            if (*it < 1)
                continue;
            const auto next = std::next(it);
            const long long last = next == at.end() ? 65535 : std::min(*next - 1, 65535LL);
            out.emplace_back(int(*it), int(last));
        }
        return out;
    }
};

} // namespace

std::vector<std::pair<int, int>> tierPortIntervals(const PolicyEvaluator &evaluator,
                                                   const NetworkPeer *destination,
                                                   Protocol protocol)
{
    Cuts cuts{destination, protocol};
    for (const NetworkPolicy &policy : evaluator.policies()) {
        cuts.add(policy.spec.ingress);
        cuts.add(policy.spec.egress);
    }
    for (const ClusterPolicy &policy : evaluator.clusterTiers().policies()) {
        cuts.add(policy.ingress);
        cuts.add(policy.egress);
    }
    return cuts.intervals();
}

std::vector<std::pair<int, int>> pairPortIntervals(const PolicyEvaluator &evaluator,
                                                   const NetworkPeer &from, const NetworkPeer &to,
                                                   Protocol protocol)
{
    Cuts cuts{&to, protocol};
    for (const auto &[subject, egress] : {std::pair{&from, true}, std::pair{&to, false}}) {
        if (!subject->isPod)
            continue;
        for (std::size_t index : evaluator.policiesIn(subject->ns)) {
            if (evaluator.selects(index, *subject, egress)) {
                const NetworkPolicySpec &spec = evaluator.policies()[index].spec;
                cuts.add(egress ? spec.egress : spec.ingress);
            }
        }
        const ClusterTiers &tiers = evaluator.clusterTiers();
        for (std::size_t index = 0; index < tiers.policies().size(); ++index) {
            if (tiers.subjectSelects(index, *subject)) {
                const ClusterPolicy &policy = tiers.policies()[index];
                cuts.add(egress ? policy.egress : policy.ingress);
            }
        }
    }
    return cuts.intervals();
}

PortSet tieredConnectionPorts(const PolicyEvaluator &evaluator, const NetworkPeer &from,
                              const NetworkPeer &to)
{
    PortSet out;
    for (Protocol protocol : kAllProtocols) {
        for (const auto &[first, last] : pairPortIntervals(evaluator, from, to, protocol)) {
            if (evaluator.allowed(from, to, first, protocol))
                out.unite(PortSet::range(protocol, first, last));
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
