#pragma once

#include "model/design/design.h"
#include "model/k8s/clusterpolicy.h"
#include "model/manifests/manifestreader.h"

#include <vector>

namespace Netpol {

// A design's guardrails as the ClusterNetworkPolicy objects (v1beta1) the analysis evaluates:
// what the designer's Check Connection and matrix judge a design by while the design's
// generated manifests carry no cluster policies. One object per guardrail, its rules in order;
// a port `*/PROTO` is the range 1-65535 of that protocol.
ClusterPolicy guardrailClusterPolicy(const Guardrail &guardrail);
std::vector<ClusterPolicy> guardrailClusterPolicies(const Design &design);

// Adds the design's guardrails to its generated `manifests` as cluster policies, unless the
// generator already wrote some (then they are the design's guardrails already).
void addGuardrailPolicies(const Design &design, ManifestSet &manifests);

} // namespace Netpol
