#include "model/analysis/clustertiers.h"

#include "model/analysis/evaluator.h"

#include <algorithm>
#include <cctype>

namespace Netpol {

namespace {

std::string lowerWithoutDot(std::string text)
{
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    for (char &c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool podSelectorMatches(const ClusterPodSelector &pods, const NetworkPeer &pod)
{
    if (pods.namespaceSelector && !pods.namespaceSelector->matches(pod.namespaceLabels))
        return false;
    return !pods.podSelector || pods.podSelector->matches(pod.labels);
}

// Evaluation order within a tier: priority, then input order; the BaselineAdminNetworkPolicy,
// which has none, after every Baseline-tier ClusterNetworkPolicy.
long long precedence(const ClusterPolicy &p)
{
    return p.priority.value_or(1001);
}

} // namespace

bool domainPatternMatches(const std::string &pattern, const std::string &host)
{
    const std::string p = lowerWithoutDot(pattern);
    const std::string h = lowerWithoutDot(host);
    if (p.size() > 2 && p.compare(0, 2, "*.") == 0) {
        const std::string suffix = p.substr(1); // ".example.com"
        return h.size() > suffix.size()
               && h.compare(h.size() - suffix.size(), suffix.size(), suffix) == 0
               && h[h.size() - suffix.size() - 1] != '.';
    }
    return !h.empty() && p == h;
}

ClusterTiers::ClusterTiers(std::vector<ClusterPolicy> policies) : m_policies(std::move(policies))
{
    for (std::size_t i = 0; i < m_policies.size(); ++i) {
        const ClusterPolicy &p = m_policies[i];
        CompiledPolicy compiled;
        for (const auto &[rules, out] : {std::pair{&p.ingress, &compiled.ingress},
                                         std::pair{&p.egress, &compiled.egress}}) {
            for (const ClusterPolicyRule &rule : *rules) {
                CompiledRule r;
                for (const ClusterPolicyPeer &peer : rule.peers) {
                    CompiledPeer c;
                    const auto networks = peer.networks.value_or(std::vector<std::string>{});
                    for (const std::string &text : networks) {
                        if (const auto cidr = parseCidr(text).cidr) {
                            c.networks.push_back(*cidr);
                            c.wholeSpace = c.wholeSpace || cidr->prefix == 0;
                        }
                    }
                    r.push_back(std::move(c));
                }
                out->push_back(std::move(r));
            }
        }
        m_compiled.push_back(std::move(compiled));
        if (const auto tier = p.effectiveTier())
            m_order[*tier == ClusterTier::Admin ? 0 : 1].push_back(i);
    }
    for (auto &order : m_order) {
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return precedence(m_policies[a]) < precedence(m_policies[b]);
        });
    }
}

const ClusterPolicyRule &ClusterTiers::ruleAt(std::size_t policy, bool egress,
                                              std::size_t rule) const
{
    const ClusterPolicy &p = m_policies[policy];
    return egress ? p.egress[rule] : p.ingress[rule];
}

bool ClusterTiers::subjectSelects(std::size_t policy, const NetworkPeer &pod) const
{
    if (!pod.isPod)
        return false;
    const ClusterPolicyPeer &subject = m_policies[policy].subject;
    if (subject.namespaces)
        return subject.namespaces->matches(pod.namespaceLabels);
    if (subject.pods)
        return podSelectorMatches(*subject.pods, pod);
    return false;
}

bool ClusterTiers::peerMatches(const ClusterPolicyPeer &peer, const CompiledPeer &compiled,
                               const NetworkPeer &remote) const
{
    if (peer.namespaces)
        return remote.isPod && peer.namespaces->matches(remote.namespaceLabels);
    if (peer.pods)
        return remote.isPod && podSelectorMatches(*peer.pods, remote);
    if (peer.nodes)
        return !remote.node.empty() && peer.nodes->matches(remote.nodeLabels);
    if (peer.networks) {
        // An endpoint whose address the input does not give (a Deployment's pod, a node, a
        // domain name) has one all the same, and it is in a /0.
        if (!remote.ip)
            return compiled.wholeSpace;
        return std::any_of(compiled.networks.begin(), compiled.networks.end(),
                           [&](const Cidr &c) { return c.contains(*remote.ip); });
    }
    if (peer.domainNames) {
        return !remote.domain.empty()
               && std::any_of(peer.domainNames->begin(), peer.domainNames->end(),
                              [&](const std::string &d) {
                                  return domainPatternMatches(d, remote.domain);
                              });
    }
    return false;
}

bool ClusterTiers::rulePeersMatch(std::size_t policy, bool egress, std::size_t rule,
                                  const NetworkPeer &remote) const
{
    const ClusterPolicyRule &r = ruleAt(policy, egress, rule);
    const CompiledPolicy &compiled = m_compiled[policy];
    const CompiledRule &c = (egress ? compiled.egress : compiled.ingress)[rule];
    for (std::size_t i = 0; i < r.peers.size(); ++i) {
        if (peerMatches(r.peers[i], c[i], remote))
            return true;
    }
    return false;
}

bool ClusterTiers::peerMatchesAt(std::size_t policy, bool egress, std::size_t rule,
                                 std::size_t peer, const NetworkPeer &remote) const
{
    const CompiledPolicy &compiled = m_compiled[policy];
    const CompiledRule &c = (egress ? compiled.egress : compiled.ingress)[rule];
    return peerMatches(ruleAt(policy, egress, rule).peers[peer], c[peer], remote);
}

bool ClusterTiers::unknownAddressMatters(std::size_t policy, bool egress, std::size_t rule,
                                         const NetworkPeer &remote) const
{
    if (remote.ip)
        return false;
    for (const ClusterPolicyPeer &peer : ruleAt(policy, egress, rule).peers) {
        if (peer.networks)
            return true;
    }
    return false;
}

bool ClusterTiers::rulePortsMatch(std::size_t policy, bool egress, std::size_t rule,
                                  const NetworkPeer &destination, int port,
                                  Protocol protocol) const
{
    const ClusterPolicyRule &r = ruleAt(policy, egress, rule);
    if (!r.hasPorts)
        return true;
    for (const ClusterPolicyPort &entry : r.ports) {
        if (entry.namedPort) {
            if (!destination.isPod)
                continue;
            const auto resolved = destination.resolveNamedPort(*entry.namedPort, protocol);
            if (resolved && *resolved == port)
                return true;
            continue;
        }
        if (entry.protocol != protocolName(protocol))
            continue;
        if (entry.isRange) {
            if (entry.start && entry.end && port >= *entry.start && port <= *entry.end)
                return true;
        } else if (entry.number && port == *entry.number) {
            return true;
        }
    }
    return false;
}

std::optional<ClusterDecision> ClusterTiers::decide(ClusterTier tier, const NetworkPeer &subject,
                                                    bool egress, const NetworkPeer &remote,
                                                    const NetworkPeer &destination, int port,
                                                    Protocol protocol) const
{
    if (!subject.isPod)
        return std::nullopt;
    for (std::size_t index : order(tier)) {
        if (!subjectSelects(index, subject))
            continue;
        const ClusterPolicy &p = m_policies[index];
        const auto &rules = egress ? p.egress : p.ingress;
        for (std::size_t r = 0; r < rules.size(); ++r) {
            const auto action = p.ruleAction(rules[r]);
            if (!action)
                continue; // refused by validation; not in a cluster
            if (rulePortsMatch(index, egress, r, destination, port, protocol)
                && rulePeersMatch(index, egress, r, remote))
                return ClusterDecision{*action, {index, r}};
        }
    }
    return std::nullopt;
}

} // namespace Netpol
