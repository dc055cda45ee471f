#pragma once

// The design's meaning without guardrails, written out independently of the generator
// (design-format.md, "complete zero-trust"), and the probes the exactness tests evaluate: a
// pod per workload (with an address) and addresses outside the cluster.

#include "model/analysis/evaluator.h"
#include "model/design/design.h"

#include <string>
#include <vector>

namespace Netpol::Test {

struct Probe
{
    NetworkPeer peer;
    const Workload *workload = nullptr; // null for addresses
    std::string label;
};

// Does a flow of the design cover a -> b on port/proto?
bool anyFlowCovers(const Design &d, const Probe &a, const Probe &b, int port, Protocol proto);
// One side as the design draws it: the source's egress (`egress`) or the destination's
// ingress; a side that is not a pod is open.
bool expectedSideOpen(const Design &d, const Probe &a, const Probe &b, int port, Protocol proto,
                      bool egress);
bool expectedAllowed(const Design &d, const Probe &a, const Probe &b, int port, Protocol proto);
std::vector<Probe> probesFor(const Design &d);

} // namespace Netpol::Test
