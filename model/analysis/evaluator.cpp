#include "model/analysis/evaluator.h"

namespace Netpol {

NetworkPeer NetworkPeer::pod(std::string ns, Labels labels, Labels namespaceLabels,
                             std::vector<ContainerPort> ports, std::optional<IpAddress> ip)
{
    NetworkPeer p;
    p.isPod = true;
    namespaceLabels[kNamespaceNameLabel] = ns;
    p.ns = std::move(ns);
    p.labels = std::move(labels);
    p.namespaceLabels = std::move(namespaceLabels);
    p.ports = std::move(ports);
    p.ip = ip;
    return p;
}

NetworkPeer NetworkPeer::address(IpAddress ip)
{
    NetworkPeer p;
    p.isPod = false;
    p.ip = ip;
    return p;
}

std::optional<int> NetworkPeer::resolveNamedPort(const std::string &name, Protocol protocol) const
{
    for (const ContainerPort &p : ports) {
        if (p.name == name && p.protocol == protocol)
            return p.port;
    }
    return std::nullopt;
}

PolicyEvaluator::PolicyEvaluator(std::vector<NetworkPolicy> policies,
                                 std::vector<ClusterPolicy> clusterPolicies)
    : m_policies(std::move(policies))
    , m_tiers(std::move(clusterPolicies))
{
    m_compiled.reserve(m_policies.size());
    for (std::size_t i = 0; i < m_policies.size(); ++i) {
        const NetworkPolicy &p = m_policies[i];
        m_byNamespace[p.metadata.ns].push_back(i);
        CompiledPolicy compiled;
        compiled.types = p.effectiveTypes();
        for (const auto &[rules, out] : {std::pair{&p.spec.ingress, &compiled.ingress},
                                         std::pair{&p.spec.egress, &compiled.egress}}) {
            for (const NetworkPolicyRule &rule : *rules) {
                CompiledRule r;
                for (const NetworkPolicyPeer &peer : rule.peers)
                    r.peers.push_back(compilePeer(peer));
                out->push_back(std::move(r));
            }
        }
        m_compiled.push_back(std::move(compiled));
    }
}

PolicyEvaluator::CompiledPeer PolicyEvaluator::compilePeer(const NetworkPolicyPeer &peer)
{
    CompiledPeer out;
    if (!peer.ipBlock)
        return out;
    out.cidr = parseCidr(peer.ipBlock->cidr).cidr;
    out.valid = out.cidr.has_value();
    for (const std::string &text : peer.ipBlock->except) {
        if (const auto except = parseCidr(text).cidr)
            out.except.push_back(*except);
    }
    return out;
}

bool PolicyEvaluator::compiledPeerMatches(const NetworkPolicyPeer &peer, const CompiledPeer &compiled,
                                          const std::string &policyNamespace, const NetworkPeer &remote)
{
    if (peer.ipBlock) {
        if (!compiled.valid || !remote.ip || !compiled.cidr->contains(*remote.ip))
            return false;
        for (const Cidr &except : compiled.except) {
            if (except.contains(*remote.ip))
                return false;
        }
        return true;
    }
    if (!peer.podSelector && !peer.namespaceSelector)
        return false; // invalid: selects nothing
    if (!remote.isPod)
        return false;
    if (peer.namespaceSelector) {
        if (!peer.namespaceSelector->matches(remote.namespaceLabels))
            return false;
    } else if (remote.ns != policyNamespace) {
        return false; // podSelector alone: the policy's own namespace
    }
    return !peer.podSelector || peer.podSelector->matches(remote.labels);
}

bool PolicyEvaluator::portMatches(const NetworkPolicyPort &entry, const NetworkPeer &destination,
                                  int port, Protocol protocol)
{
    if (entry.effectiveProtocol() != protocolName(protocol))
        return false;
    if (!entry.port)
        return true;
    if (entry.port->isName) {
        if (!destination.isPod)
            return false;
        const auto resolved = destination.resolveNamedPort(entry.port->name, protocol);
        return resolved && *resolved == port;
    }
    if (entry.endPort)
        return port >= entry.port->number && port <= *entry.endPort;
    return port == entry.port->number;
}

bool PolicyEvaluator::peerMatches(const NetworkPolicyPeer &peer, const std::string &policyNamespace,
                                  const NetworkPeer &remote)
{
    return compiledPeerMatches(peer, compilePeer(peer), policyNamespace, remote);
}

bool PolicyEvaluator::ruleMatches(const NetworkPolicyRule &rule, const std::string &policyNamespace,
                                  const NetworkPeer &remote, const NetworkPeer &destination,
                                  int port, Protocol protocol)
{
    bool portOk = rule.ports.empty();
    for (const NetworkPolicyPort &entry : rule.ports) {
        if (portMatches(entry, destination, port, protocol)) {
            portOk = true;
            break;
        }
    }
    if (!portOk)
        return false;
    if (rule.peers.empty())
        return true;
    for (const NetworkPolicyPeer &peer : rule.peers) {
        if (peerMatches(peer, policyNamespace, remote))
            return true;
    }
    return false;
}

const std::vector<std::size_t> &PolicyEvaluator::policiesIn(const std::string &ns) const
{
    static const std::vector<std::size_t> none;
    const auto it = m_byNamespace.find(ns);
    return it == m_byNamespace.end() ? none : it->second;
}

bool PolicyEvaluator::selects(std::size_t index, const NetworkPeer &pod, bool egress) const
{
    const NetworkPolicy &p = m_policies[index];
    const PolicyTypes &types = m_compiled[index].types;
    return pod.isPod && (egress ? types.egress : types.ingress) && p.metadata.ns == pod.ns
           && p.spec.podSelector.matches(pod.labels);
}

const NetworkPolicyRule &PolicyEvaluator::ruleAt(std::size_t index, bool egress, std::size_t rule) const
{
    const NetworkPolicySpec &spec = m_policies[index].spec;
    return egress ? spec.egress[rule] : spec.ingress[rule];
}

bool PolicyEvaluator::peerMatchesAt(std::size_t index, bool egress, std::size_t rule,
                                    std::size_t peer, const NetworkPeer &remote) const
{
    const CompiledPolicy &c = m_compiled[index];
    return compiledPeerMatches(ruleAt(index, egress, rule).peers[peer],
                               (egress ? c.egress : c.ingress)[rule].peers[peer],
                               m_policies[index].metadata.ns, remote);
}

bool PolicyEvaluator::rulePeersMatch(std::size_t index, bool egress, std::size_t rule,
                                     const NetworkPeer &remote) const
{
    const NetworkPolicyRule &r = ruleAt(index, egress, rule);
    if (r.peers.empty())
        return true;
    for (std::size_t i = 0; i < r.peers.size(); ++i) {
        if (peerMatchesAt(index, egress, rule, i, remote))
            return true;
    }
    return false;
}

bool PolicyEvaluator::rulePortsMatch(std::size_t index, bool egress, std::size_t rule,
                                     const NetworkPeer &destination, int port, Protocol protocol) const
{
    const NetworkPolicyRule &r = ruleAt(index, egress, rule);
    if (r.ports.empty())
        return true;
    for (const NetworkPolicyPort &entry : r.ports) {
        if (portMatches(entry, destination, port, protocol))
            return true;
    }
    return false;
}

bool PolicyEvaluator::ruleAllows(std::size_t index, bool egress, std::size_t rule,
                                 const NetworkPeer &remote, const NetworkPeer &destination, int port,
                                 Protocol protocol) const
{
    return rulePortsMatch(index, egress, rule, destination, port, protocol)
           && rulePeersMatch(index, egress, rule, remote);
}

bool PolicyEvaluator::isolated(const NetworkPeer &pod, bool egress) const
{
    if (!pod.isPod)
        return false;
    for (std::size_t index : policiesIn(pod.ns)) {
        if (selects(index, pod, egress))
            return true;
    }
    return false;
}

bool PolicyEvaluator::sideAllows(const NetworkPeer &subject, bool egress, const NetworkPeer &remote,
                                 const NetworkPeer &destination, int port, Protocol protocol) const
{
    if (m_tiers.empty() || !subject.isPod)
        return networkPolicySideAllows(subject, egress, remote, destination, port, protocol);
    const auto admin = m_tiers.decide(ClusterTier::Admin, subject, egress, remote, destination,
                                      port, protocol);
    if (admin && admin->action != ClusterAction::Pass)
        return admin->action == ClusterAction::Accept;
    if (isolated(subject, egress))
        return networkPolicySideAllows(subject, egress, remote, destination, port, protocol);
    const auto baseline = m_tiers.decide(ClusterTier::Baseline, subject, egress, remote,
                                         destination, port, protocol);
    return !baseline || baseline->action != ClusterAction::Deny;
}

bool PolicyEvaluator::networkPolicySideAllows(const NetworkPeer &subject, bool egress,
                                              const NetworkPeer &remote,
                                              const NetworkPeer &destination, int port,
                                              Protocol protocol) const
{
    if (!subject.isPod)
        return true; // addresses outside the cluster are not subject to NetworkPolicy
    bool isolatedSide = false;
    for (std::size_t index : policiesIn(subject.ns)) {
        if (!selects(index, subject, egress))
            continue;
        isolatedSide = true;
        const std::size_t rules = (egress ? m_compiled[index].egress : m_compiled[index].ingress).size();
        for (std::size_t rule = 0; rule < rules; ++rule) {
            if (ruleAllows(index, egress, rule, remote, destination, port, protocol))
                return true;
        }
    }
    return !isolatedSide;
}

SideVerdict PolicyEvaluator::explainSide(const NetworkPeer &subject, bool egress,
                                         const NetworkPeer &remote, const NetworkPeer &destination,
                                         int port, Protocol protocol) const
{
    SideVerdict side;
    if (!subject.isPod)
        return side;
    auto note = [&](const ClusterDecision &d) {
        side.unknownAddress = side.unknownAddress
                              || m_tiers.unknownAddressMatters(d.rule.policy, egress, d.rule.rule,
                                                               remote);
    };
    if (!m_tiers.empty()) {
        if (auto admin = m_tiers.decide(ClusterTier::Admin, subject, egress, remote, destination,
                                        port, protocol)) {
            note(*admin);
            if (admin->action != ClusterAction::Pass) {
                side.decision = admin;
                return side;
            }
            side.passes.push_back(admin->rule);
        }
        if (!isolated(subject, egress)) {
            if (auto baseline = m_tiers.decide(ClusterTier::Baseline, subject, egress, remote,
                                               destination, port, protocol)) {
                note(*baseline);
                if (baseline->action == ClusterAction::Pass)
                    side.passes.push_back(baseline->rule);
                else
                    side.decision = baseline;
            }
            return side;
        }
    }
    for (std::size_t index : policiesIn(subject.ns)) {
        if (!selects(index, subject, egress))
            continue;
        side.isolated = true;
        side.isolatingPolicies.push_back(index);
        const std::size_t rules = (egress ? m_compiled[index].egress : m_compiled[index].ingress).size();
        for (std::size_t rule = 0; rule < rules; ++rule) {
            if (ruleAllows(index, egress, rule, remote, destination, port, protocol))
                side.allowingRules.push_back({index, rule});
        }
    }
    return side;
}

bool PolicyEvaluator::egressAllowed(const NetworkPeer &from, const NetworkPeer &to, int port,
                                    Protocol protocol) const
{
    return sideAllows(from, true, to, to, port, protocol);
}

bool PolicyEvaluator::ingressAllowed(const NetworkPeer &from, const NetworkPeer &to, int port,
                                     Protocol protocol) const
{
    return sideAllows(to, false, from, to, port, protocol);
}

bool PolicyEvaluator::allowed(const NetworkPeer &from, const NetworkPeer &to, int port,
                              Protocol protocol) const
{
    return egressAllowed(from, to, port, protocol) && ingressAllowed(from, to, port, protocol);
}

Verdict PolicyEvaluator::explain(const NetworkPeer &from, const NetworkPeer &to, int port,
                                 Protocol protocol) const
{
    return Verdict{explainSide(from, true, to, to, port, protocol),
                   explainSide(to, false, from, to, port, protocol)};
}

} // namespace Netpol
