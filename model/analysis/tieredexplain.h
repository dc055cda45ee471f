#pragma once

#include "model/analysis/cluster.h"
#include "model/analysis/evaluator.h"
#include "model/analysis/portset.h"

#include <iosfwd>
#include <map>
#include <tuple>
#include <string>
#include <vector>

namespace Netpol {

// Explanations of connections through the tiers of docs/cluster-policies.md, for the outputs
// that group ports (the connection list, netpol diff): which tier and rule decided each side.

// "a", "a and b", "a, b and c".
std::string joinedWithAnd(const std::vector<std::string> &items);

// A guardrail rule as explanations name it: `ClusterNetworkPolicy/x spec.ingress[0] "name"
// (f.yaml:12)`.
std::string explainedClusterRule(const Cluster &cluster, const PolicyEvaluator &evaluator,
                                 const ClusterRuleRef &rule, bool egress);
// "Admin tier" or "Baseline tier".
std::string clusterRuleTier(const PolicyEvaluator &evaluator, const ClusterRuleRef &rule);

// What decided one side, whatever the port: "allowed by the Admin tier: ... (Accept)", "passed
// on by ... (Admin tier, Pass); allowed by shop/p spec.egress[0] (f.yaml:9)", "denied: isolated
// by ..., and none of its egress rules allows it", "open (no NetworkPolicy ...)".
std::string tieredSideReason(const Cluster &cluster, const PolicyEvaluator &evaluator,
                             const SideVerdict &side, const std::string &subjectNs, bool egress);

// The ports of one side that the same tier and rules decided.
struct TieredSideGroup
{
    PortSet ports;
    bool allowed = false;
    SideVerdict verdict; // of the group's first port
    std::string reason;  // tieredSideReason
    std::string key;     // the reason without file locations: equal across two inputs
};

// Every port of every protocol from `from` to `to`, per side ([0] the egress of `from`, [1] the
// ingress of `to`), grouped by what decided it, in order of protocol and port. A side that is
// not a pod has no groups.
struct TieredSides
{
    std::vector<TieredSideGroup> sides[2];
};
TieredSides tieredSides(const Cluster &cluster, const PolicyEvaluator &evaluator,
                        const NetworkPeer &from, const NetworkPeer &to);

// The port intervals of the evaluator's rules (see tieredconnections_p.h) toward a destination,
// computed once per set of container ports the destinations have (named ports resolve there).
class TierIntervals
{
public:
    explicit TierIntervals(const PolicyEvaluator &evaluator) : m_evaluator(evaluator) {}

    const std::vector<std::pair<int, int>> &of(const NetworkPeer &destination,
                                               Protocol protocol) const;

private:
    using Key = std::pair<std::vector<std::tuple<std::string, int, int>>, int>;
    const PolicyEvaluator &m_evaluator;
    mutable std::map<Key, std::vector<std::pair<int, int>>> m_cache;
};

// The ports on which the egress side of `subject` toward `remote` (or its ingress side from
// `remote`) allows a connection, through the tiers; only among `within` when it is given.
PortSet tieredSidePorts(const PolicyEvaluator &evaluator, const NetworkPeer &subject, bool egress,
                        const NetworkPeer &remote, const PortSet *within = nullptr,
                        const TierIntervals *intervals = nullptr);

// The reason lines of a connection list entry with guardrails: per side, the groups of the
// allowed `ports` ("egress of shop/web (TCP 5432): allowed by ..."); with `withDenied`, and
// when not every port is allowed, also each side's refusals ("ingress of shop/db (TCP 1-5431,
// ...): denied: ..."). `fromName`/`toName` name the ends.
std::vector<std::string> tieredConnectionLines(const Cluster &cluster,
                                               const PolicyEvaluator &evaluator,
                                               const NetworkPeer &from, const std::string &fromName,
                                               const NetworkPeer &to, const std::string &toName,
                                               const PortSet &ports, bool withDenied);

// The JSON of both sides of a connection with guardrails: `, "egress": {...}, "ingress": {...}`,
// each {"isolated", "decisions": [{"ports", "allowed", "decidedBy" (Admin, NetworkPolicy,
// Baseline or default), "rule", "passedBy", "allowedBy", "reason"}]} over every port.
void writeTieredSidesJson(std::ostream &out, const Cluster &cluster,
                          const PolicyEvaluator &evaluator, const NetworkPeer &from,
                          const NetworkPeer &to);

} // namespace Netpol
