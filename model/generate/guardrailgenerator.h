#pragma once

#include "model/design/design.h"
#include "model/k8s/clusterpolicy.h"

#include <vector>

namespace Netpol {

// A design's cluster-scoped objects (docs/cluster-policies.md section 6): each guardrail as a
// ClusterNetworkPolicy of options.clusterPolicyApi (v1beta1, v1alpha2), or with v1alpha1 each
// Admin guardrail as an AdminNetworkPolicy and the Baseline guardrails merged (by priority,
// then design order) into the one BaselineAdminNetworkPolicy `default`. With
// baselineDefaultDeny, a Baseline-tier policy (kBaselineDefaultDenyName, or the BANP `default`)
// refuses the egress of the managed namespaces that deny egress, before every other Baseline
// rule (it comes first); generatePolicies then leaves their default-deny NetworkPolicies out. All carry the
// managed-by label.
std::vector<ClusterPolicy> generateClusterPolicies(const Design &design);

} // namespace Netpol
