#pragma once

#include "model/core/diagnostic.h"
#include "model/design/design.h"
#include "model/k8s/networkpolicy.h"

#include <vector>

namespace Netpol {

// The label every generated policy carries, so `kubectl get netpol -l` and
// `kubectl apply --prune -l` can find them.
inline constexpr const char *kManagedByLabel = "app.kubernetes.io/managed-by";
inline constexpr const char *kManagedByValue = "netpol-designer";

struct GeneratedPolicy
{
    enum class Origin { DefaultDeny, Dns, Nodes, Flow, Workload };

    NetworkPolicy policy;
    Origin origin = Origin::Flow;
    std::vector<int> flows; // indexes of the flows this policy carries (Flow, Workload)
};

struct GenerateResult
{
    std::vector<GeneratedPolicy> policies;
    Diagnostics diagnostics; // flows skipped because they reference undeclared elements
};

// Design -> NetworkPolicies, as the design format's "complete zero-trust" section defines:
// per managed namespace (by name) its default deny, allow-dns where egress is denied, ingress
// from the node CIDR when set, then both sides of every flow in design order. The result
// allows exactly what the design draws.
GenerateResult generatePolicies(const Design &design);

} // namespace Netpol
