#pragma once

#include "model/analysis/evaluator.h"
#include "model/analysis/portset.h"

#include <cstddef>
#include <utility>
#include <vector>

namespace Netpol {

// A peer of two evaluations: its index among the peers of the first and of the second
// (kNoPeer where that side does not have it: nothing is allowed to or from it there).
constexpr std::size_t kNoPeer = std::size_t(-1);
using JointPeer = std::pair<std::size_t, std::size_t>;

// An ordered pair of joint peers whose allowed ports differ between the two evaluations.
struct ChangedConnection
{
    std::size_t from = 0; // index into the joint peers
    std::size_t to = 0;
    PortSet before; // empty: nothing allowed
    PortSet after;
};

// Every ordered pair of joint peers (a peer and itself, and an address to an address, left
// out as connection lists leave them out) on which `before` over `beforePeers` and `after`
// over `afterPeers` allow different ports, ordered by from, then to.
//
// Found per class of peers, without listing the allowed pairs: a pair can only change where
// the source's egress side or the destination's ingress side changed, so only the pairs of
// classes with a changed side are evaluated. Where many sides change (or a side has cluster
// policies), both connection lists are computed and merged instead; either way the cost stays
// linear in the peers plus the allowed pairs.
std::vector<ChangedConnection> changedConnections(const PolicyEvaluator &before,
                                                  const std::vector<NetworkPeer> &beforePeers,
                                                  const PolicyEvaluator &after,
                                                  const std::vector<NetworkPeer> &afterPeers,
                                                  const std::vector<JointPeer> &joint);

// The same by merging both connection lists: the reference the class-level path is tested
// against, and its fallback.
std::vector<ChangedConnection> changedConnectionsByLists(const PolicyEvaluator &before,
                                                         const std::vector<NetworkPeer> &beforePeers,
                                                         const PolicyEvaluator &after,
                                                         const std::vector<NetworkPeer> &afterPeers,
                                                         const std::vector<JointPeer> &joint);

} // namespace Netpol
