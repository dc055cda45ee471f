#pragma once

#include "model/k8s/clusterpolicy.h"

#include <string>
#include <vector>

namespace Netpol {

// Does every remote end `inner` matches match `outer` too, whatever pods exist? Said only
// where the selectors or networks show it plainly: the same or a wider pod and namespace
// selector (none is every one), networks each inside one of the other's, every node. False
// where that is not shown, never where it does not hold.
bool clusterPeerWithin(const ClusterPolicyPeer &inner, const ClusterPolicyPeer &outer);

// Networks that hold every address of both families (0.0.0.0/0 and ::/0), and of either.
bool holdsBothSpaces(const std::vector<std::string> &networks);
bool holdsWholeSpace(const std::vector<std::string> &networks);

} // namespace Netpol
