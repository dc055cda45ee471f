#pragma once

// Connections with cluster guardrails (private to model/analysis): computeConnections when
// the evaluator has ClusterNetworkPolicies or AdminNetworkPolicies.

#include "model/analysis/connectionlist.h"

namespace Netpol {

// The intervals of one protocol's ports (1-65535, ascending, adjacent) on which no rule of the
// evaluator (NetworkPolicy or guardrail) changes its answer: cut at every number a rule names
// and at the numbers named ports resolve to on `destination` (none when it is null).
std::vector<std::pair<int, int>> tierPortIntervals(const PolicyEvaluator &evaluator,
                                                   const NetworkPeer *destination,
                                                   Protocol protocol);

// The same for one connection, from the rules that can decide it only: those of the
// NetworkPolicies and guardrails that select `from` for egress or `to` for ingress.
std::vector<std::pair<int, int>> pairPortIntervals(const PolicyEvaluator &evaluator,
                                                   const NetworkPeer &from, const NetworkPeer &to,
                                                   Protocol protocol);

// The ports on which PolicyEvaluator::allowed says yes from `from` to `to`, exactly: the
// port numbers the rules that can decide it (pairPortIntervals) name, and the numbers named
// ports resolve to on `to`, cut each protocol's range into intervals on which no rule changes
// its answer, and each interval is evaluated once through the tiers.
PortSet tieredConnectionPorts(const PolicyEvaluator &evaluator, const NetworkPeer &from,
                              const NetworkPeer &to);

// computeConnections through the tiers: per pair of the classes ReachabilityMatrix forms
// (which tell apart whatever a NetworkPolicy or a guardrail looks at), tieredConnectionPorts
// of their first members, given to every pair of members.
std::vector<PeerConnection> tieredConnections(const PolicyEvaluator &evaluator,
                                              const std::vector<NetworkPeer> &peers);

} // namespace Netpol
