#pragma once

#include "model/analysis/evaluator.h"
#include "model/analysis/reachability.h"

#include <functional>
#include <initializer_list>
#include <vector>

namespace Netpol {

// A connection two policy sets disagree on.
struct ReachabilityDifference
{
    std::size_t from = 0; // index into the peers
    std::size_t to = 0;
    TrafficPort port;
    bool allowedByFirst = false; // the second set gives the opposite verdict
};

// Every ordered pair of peers (address to address left out, since no policy sees it) on every
// port where the two policy sets give different verdicts, in order.
std::vector<ReachabilityDifference> compareReachability(const std::vector<NetworkPolicy> &first,
                                                        const std::vector<NetworkPolicy> &second,
                                                        const std::vector<NetworkPeer> &peers,
                                                        const std::vector<TrafficPort> &ports);

// The policy sets to look at, without copies of them ({first, second}).
using PolicySets = std::initializer_list<std::reference_wrapper<const std::vector<NetworkPolicy>>>;

// Ports that tell policy sets apart: every container port of the peers, every numbered port
// and both ends of every range in the policies with their neighbours, DNS, and a few others,
// for each protocol the policies or containers use.
std::vector<TrafficPort> distinguishingPorts(PolicySets policySets,
                                             const std::vector<NetworkPeer> &peers);

} // namespace Netpol
