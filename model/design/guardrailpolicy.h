#pragma once

#include "model/core/diagnostic.h"
#include "model/design/guardrail.h"
#include "model/k8s/clusterpolicy.h"

#include <optional>
#include <string>
#include <vector>

namespace Netpol {

struct Design;

// The name of the Baseline-tier ClusterNetworkPolicy that `baselineDefaultDeny: true` generates
// (with v1alpha1 it is the BaselineAdminNetworkPolicy `default`).
inline constexpr const char *kBaselineDefaultDenyName = "netpol-baseline-default-deny";

// The object a guardrail is written as: a ClusterNetworkPolicy of `api` (v1beta1, v1alpha2),
// or with v1alpha1 an AdminNetworkPolicy (Admin tier) or a BaselineAdminNetworkPolicy
// (Baseline tier, named as the guardrail: the generator merges them into `default`). Ports:
// 8080/TCP a number, 30000-32767/TCP a range, http a named port, */UDP the range 1-65535.
ClusterPolicy guardrailPolicy(const Guardrail &guardrail, ClusterPolicyApi api);

// The apiVersion objects of `api` carry: "policy.networking.k8s.io/v1beta1", ...
std::string clusterPolicyApiVersion(ClusterPolicyApi api);

// A field path of the object guardrailPolicy gives ("spec.ingress[0].protocols[1].tcp") as the
// path of the guardrail's field in a design ("ingress[0].ports[1]").
std::string guardrailFieldOf(const std::string &policyPath);

// The rules of docs/cluster-policies.md section 3 applied to each guardrail through the object
// it generates, plus what the chosen API cannot express (docs/cluster-policies.md section 6):
// errors on ElementRef::design() with field "guardrails[N]....", for a SourceMap.
Diagnostics checkGuardrails(const Design &design);

// A guardrail read back from a cluster policy (import): nothing, and the reason in `why`, when
// the object holds what a guardrail cannot say (a port entry that is no FlowPort).
std::optional<Guardrail> guardrailFromPolicy(const ClusterPolicy &policy, std::string *why);

} // namespace Netpol
