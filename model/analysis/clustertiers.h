#pragma once

#include "model/k8s/cidr.h"
#include "model/k8s/clusterpolicy.h"
#include "model/k8s/protocol.h"

#include <optional>
#include <vector>

namespace Netpol {

struct NetworkPeer;

// A rule of a cluster policy: `policy` indexes ClusterTiers::policies(), `rule` its ingress or
// egress list (whichever direction the verdict is about).
struct ClusterRuleRef
{
    std::size_t policy = 0;
    std::size_t rule = 0;
    bool operator==(const ClusterRuleRef &) const = default;
};

// The rule of a tier that acts on a connection, and how.
struct ClusterDecision
{
    ClusterAction action = ClusterAction::Pass;
    ClusterRuleRef rule;
};

// The Admin and Baseline tiers of docs/cluster-policies.md: the guardrails in the order they
// are evaluated (priority, then input order; the BaselineAdminNetworkPolicy after the
// Baseline-tier ClusterNetworkPolicies), with their CIDRs parsed once.
class ClusterTiers
{
public:
    ClusterTiers() = default;
    explicit ClusterTiers(std::vector<ClusterPolicy> policies);

    bool empty() const { return m_policies.empty(); }
    const std::vector<ClusterPolicy> &policies() const { return m_policies; }
    // Policy indexes of a tier in evaluation order.
    const std::vector<std::size_t> &order(ClusterTier tier) const
    {
        return m_order[tier == ClusterTier::Admin ? 0 : 1];
    }

    // The first rule of `tier`, in evaluation order, among the policies whose subject selects
    // `subject`, that matches the connection for that side (egress: the rule's `to` matches
    // `remote`; ingress: its `from` does; and its ports match `destination`'s port). Nothing
    // when no rule of the tier matches.
    std::optional<ClusterDecision> decide(ClusterTier tier, const NetworkPeer &subject,
                                          bool egress, const NetworkPeer &remote,
                                          const NetworkPeer &destination, int port,
                                          Protocol protocol) const;

    bool subjectSelects(std::size_t policy, const NetworkPeer &pod) const;
    bool rulePeersMatch(std::size_t policy, bool egress, std::size_t rule,
                        const NetworkPeer &remote) const;
    // Does the peer `peer` of that rule match `remote`?
    bool peerMatchesAt(std::size_t policy, bool egress, std::size_t rule, std::size_t peer,
                       const NetworkPeer &remote) const;
    bool rulePortsMatch(std::size_t policy, bool egress, std::size_t rule,
                        const NetworkPeer &destination, int port, Protocol protocol) const;
    // Whether a `networks` peer of that rule was matched against an endpoint whose address the
    // input does not give (a Deployment's pod, a node, a domain name: then only a /0 matches
    // it): for explanations.
    bool unknownAddressMatters(std::size_t policy, bool egress, std::size_t rule,
                               const NetworkPeer &remote) const;

    const ClusterPolicyRule &ruleAt(std::size_t policy, bool egress, std::size_t rule) const;

private:
    struct CompiledPeer
    {
        std::vector<Cidr> networks;
        bool wholeSpace = false; // some network is a /0
    };
    using CompiledRule = std::vector<CompiledPeer>; // parallel to the rule's peers
    struct CompiledPolicy
    {
        std::vector<CompiledRule> ingress;
        std::vector<CompiledRule> egress;
    };

    bool peerMatches(const ClusterPolicyPeer &peer, const CompiledPeer &compiled,
                     const NetworkPeer &remote) const;

    std::vector<ClusterPolicy> m_policies;
    std::vector<CompiledPolicy> m_compiled;
    std::vector<std::size_t> m_order[2]; // [0] Admin, [1] Baseline
};

// Does a domain name pattern of a `domainNames` peer match `host` (case-insensitive, trailing
// dots ignored, `*.` for one or more leading labels)?
bool domainPatternMatches(const std::string &pattern, const std::string &host);

} // namespace Netpol
