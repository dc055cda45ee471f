#pragma once

#include "model/analysis/clustertiers.h"
#include "model/k8s/cidr.h"
#include "model/k8s/containerport.h"
#include "model/k8s/networkpolicy.h"
#include "model/k8s/protocol.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace Netpol {

// One end of a connection: a pod (namespace, labels, the namespace's labels, its container
// ports, its address when known) or an endpoint outside the pod network: an address, a node
// (`node`, with its labels) or a domain name (`domain`), the last two only matched by cluster
// guardrails' `nodes` and `domainNames` peers.
struct NetworkPeer
{
    bool isPod = true;
    std::string ns;
    Labels labels;
    Labels namespaceLabels; // including kubernetes.io/metadata.name
    std::vector<ContainerPort> ports;
    std::optional<IpAddress> ip;
    std::string node;  // a node endpoint: its name
    Labels nodeLabels;
    std::string domain; // a domain name endpoint

    static NetworkPeer pod(std::string ns, Labels labels, Labels namespaceLabels,
                           std::vector<ContainerPort> ports = {},
                           std::optional<IpAddress> ip = std::nullopt);
    static NetworkPeer address(IpAddress ip);

    // The number a named port has on this pod for `protocol`, if any.
    std::optional<int> resolveNamedPort(const std::string &name, Protocol protocol) const;
};

// A rule of a policy: `policy` indexes PolicyEvaluator::policies(), `rule` the policy's
// ingress or egress list (whichever direction the verdict is about).
struct RuleRef
{
    std::size_t policy = 0;
    std::size_t rule = 0;
    bool operator==(const RuleRef &) const = default;
};

// One side of a verdict: the source's egress or the destination's ingress, decided by the
// first tier that decides (docs/cluster-policies.md): an Admin-tier rule, the NetworkPolicies,
// a Baseline-tier rule, or the default (allowed).
struct SideVerdict
{
    bool isolated = false;                      // some policy selects the pod for this direction
    std::vector<std::size_t> isolatingPolicies; // those policies (indexes into policies())
    std::vector<RuleRef> allowingRules;         // the rules that allow the connection
    // The Admin- or Baseline-tier rule that accepted or denied (indexes into clusterTiers());
    // the NetworkPolicy fields above are empty when it was an Admin-tier rule.
    std::optional<ClusterDecision> decision;
    std::vector<ClusterRuleRef> passes; // the Pass rules that sent it on, tier by tier
    bool unknownAddress = false;        // a networks peer met a pod without a known address

    bool allowed() const
    {
        if (decision)
            return decision->action == ClusterAction::Accept;
        return !isolated || !allowingRules.empty();
    }
};

// Why a connection is allowed or denied: both sides, each with its reasons.
struct Verdict
{
    SideVerdict egress;  // of the source
    SideVerdict ingress; // of the destination

    bool allowed() const { return egress.allowed() && ingress.allowed(); }
};

// The NetworkPolicy verdict for connections, per the semantics page: a connection is allowed
// iff the source's egress side and the destination's ingress side both allow it; a side with
// no policy selecting the pod for that direction is open; rules are ORed; ports AND peers.
// ipBlocks are parsed once, when the evaluator is built.
class PolicyEvaluator
{
public:
    explicit PolicyEvaluator(std::vector<NetworkPolicy> policies,
                             std::vector<ClusterPolicy> clusterPolicies = {});

    bool allowed(const NetworkPeer &from, const NetworkPeer &to, int port, Protocol protocol) const;
    bool egressAllowed(const NetworkPeer &from, const NetworkPeer &to, int port, Protocol protocol) const;
    bool ingressAllowed(const NetworkPeer &from, const NetworkPeer &to, int port, Protocol protocol) const;

    // The verdict with every isolating policy and every allowing rule of both sides.
    Verdict explain(const NetworkPeer &from, const NetworkPeer &to, int port, Protocol protocol) const;

    // Is the pod isolated for that direction (some policy of its namespace selects it)?
    bool isolated(const NetworkPeer &pod, bool egress) const;

    const std::vector<NetworkPolicy> &policies() const { return m_policies; }
    // The cluster guardrails. When there are any, only allowed(), egressAllowed(),
    // ingressAllowed() and explain() take them into account: the finer queries below are the
    // NetworkPolicy tier alone, and the class-based computations built on them must not be
    // used (hasClusterPolicies() says so).
    const ClusterTiers &clusterTiers() const { return m_tiers; }
    bool hasClusterPolicies() const { return !m_tiers.empty(); }

    // Finer queries, for the class-based matrix and the importer.
    // Policies of a namespace (indexes into policies()), in input order.
    const std::vector<std::size_t> &policiesIn(const std::string &ns) const;
    // Does policy `index` select `pod` for that direction (namespace, types and podSelector)?
    bool selects(std::size_t index, const NetworkPeer &pod, bool egress) const;
    // Do the peers of a rule of policy `index` match `remote` (an empty peer list matches all)?
    bool rulePeersMatch(std::size_t index, bool egress, std::size_t rule, const NetworkPeer &remote) const;
    // Does the peer `peer` of that rule match `remote`?
    bool peerMatchesAt(std::size_t index, bool egress, std::size_t rule, std::size_t peer,
                       const NetworkPeer &remote) const;
    // Do the ports of that rule match traffic to `destination` on port/protocol?
    bool rulePortsMatch(std::size_t index, bool egress, std::size_t rule,
                        const NetworkPeer &destination, int port, Protocol protocol) const;

    // The building blocks on uncompiled values (the ipBlock is parsed on every call).
    static bool ruleMatches(const NetworkPolicyRule &rule, const std::string &policyNamespace,
                            const NetworkPeer &remote, const NetworkPeer &destination, int port,
                            Protocol protocol);
    static bool peerMatches(const NetworkPolicyPeer &peer, const std::string &policyNamespace,
                            const NetworkPeer &remote);
    static bool portMatches(const NetworkPolicyPort &entry, const NetworkPeer &destination, int port,
                            Protocol protocol);

private:
    struct CompiledPeer
    {
        bool valid = true;          // an ipBlock whose cidr does not parse matches nothing
        std::optional<Cidr> cidr;   // set for ipBlock peers
        std::vector<Cidr> except;
    };
    struct CompiledRule
    {
        std::vector<CompiledPeer> peers; // parallel to the rule's peers
    };
    struct CompiledPolicy
    {
        PolicyTypes types;
        std::vector<CompiledRule> ingress;
        std::vector<CompiledRule> egress;
    };

    static CompiledPeer compilePeer(const NetworkPolicyPeer &peer);
    static bool compiledPeerMatches(const NetworkPolicyPeer &peer, const CompiledPeer &compiled,
                                    const std::string &policyNamespace, const NetworkPeer &remote);
    const NetworkPolicyRule &ruleAt(std::size_t index, bool egress, std::size_t rule) const;
    bool ruleAllows(std::size_t index, bool egress, std::size_t rule, const NetworkPeer &remote,
                    const NetworkPeer &destination, int port, Protocol protocol) const;
    bool sideAllows(const NetworkPeer &subject, bool egress, const NetworkPeer &remote,
                    const NetworkPeer &destination, int port, Protocol protocol) const;
    bool networkPolicySideAllows(const NetworkPeer &subject, bool egress,
                                 const NetworkPeer &remote, const NetworkPeer &destination,
                                 int port, Protocol protocol) const;
    SideVerdict explainSide(const NetworkPeer &subject, bool egress, const NetworkPeer &remote,
                            const NetworkPeer &destination, int port, Protocol protocol) const;

    std::vector<NetworkPolicy> m_policies;
    std::vector<CompiledPolicy> m_compiled; // parallel to m_policies
    ClusterTiers m_tiers;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byNamespace;
};

} // namespace Netpol
