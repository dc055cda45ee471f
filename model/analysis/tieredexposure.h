#pragma once

#include "model/analysis/exposure.h"

#include <vector>

namespace Netpol {

// computeExposure through the tiers of docs/cluster-policies.md, from the policies alone: per
// workload and direction, the port intervals on which no rule changes its answer, each decided
// like the evaluator does: Admin Accept rules open their peers (less the peers of Pass and Deny
// rules before them), NetworkPolicy rules of an isolated side and, on a side no NetworkPolicy
// isolates, Baseline Accept rules and the default open theirs, less what an Admin Deny (and for
// the Baseline tier's, a Baseline Deny) takes before them, unless a Pass before that Deny
// matched first. Entries with the same description are merged over their ports.
std::vector<WorkloadExposure> computeTieredExposure(const Cluster &cluster,
                                                   const PolicyEvaluator &evaluator);
// The entries of one side of one pod, sorted by description.
std::vector<ExposureEntry> tieredSideExposure(const PolicyEvaluator &evaluator,
                                              const NetworkPeer &pod, bool egress);

} // namespace Netpol
