#pragma once

#include "model/core/diagnostic.h"
#include "model/manifests/manifestreader.h"

#include <functional>
#include <optional>
#include <string>

namespace Netpol {

// Findings on the cluster guardrails of `manifests` (the ones the API server accepts, with
// the NetworkPolicies and Namespaces beside them), placed in their files:
// - cnp-unreachable-rule: a rule that can never match (a selector that matches nothing, or an
//   earlier rule of the same policy that matches every pod on every port);
// - cnp-same-priority: two policies of one tier with the same priority whose rules can both
//   match a connection with different actions (the API leaves the outcome undefined);
// - cnp-shadows-networkpolicies: an Admin-tier Accept or Deny that decides every connection of
//   every pod of a namespace whose NetworkPolicies then never decide anything in that direction;
// - cnp-baseline-overridden: Baseline rules of a direction that no pod of the input reaches,
//   because every namespace the subject selects has a default deny for that direction.
Diagnostics lintClusterPolicies(const ManifestSet &manifests);

// The same findings placed by `place` (the policy and the field path of the finding, e.g.
// "spec.ingress[1]"), which may also drop one by returning nothing: for policies generated
// from a design, whose findings belong to the design's fields.
using ClusterFindingPlacer
    = std::function<std::optional<Location>(const ClusterPolicy &, const std::string &path)>;
Diagnostics lintClusterPolicies(const ManifestSet &manifests, const ClusterFindingPlacer &place);

} // namespace Netpol
