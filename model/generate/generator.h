#pragma once

#include "model/core/diagnostic.h"
#include "model/design/design.h"
#include "model/k8s/clusterpolicy.h"
#include "model/k8s/networkpolicy.h"

#include <string>
#include <unordered_map>
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
    // The guardrails and the baselineDefaultDeny policy (generateClusterPolicies), after the
    // NetworkPolicies in every export.
    std::vector<ClusterPolicy> clusterPolicies;
    Diagnostics diagnostics; // flows skipped because they reference undeclared elements
};

// Design -> NetworkPolicies, as the design format's "complete zero-trust" section defines:
// per managed namespace (by name) its default deny, allow-dns where egress is denied, ingress
// from the node CIDR when set, then both sides of every flow in design order. The result
// allows exactly what the design draws.
GenerateResult generatePolicies(const Design &design);

// Generation for a design that keeps changing (the live preview): each update gives exactly
// what generatePolicies gives for the design, but generates again only the managed namespaces
// whose inputs changed since the last update (the namespace itself, the options, and per flow
// side it holds the flow with the labels and addresses of its ends); the others' policies are
// taken from the last update, their flow indexes carried over to the design's.
class IncrementalGenerator
{
public:
    const GenerateResult &update(const Design &design);

    const GenerateResult &result() const { return m_result; }
    // The namespaces the last update generated again.
    const std::vector<std::string> &regenerated() const { return m_regenerated; }

    struct Part
    {
        std::string inputs;                    // what the namespace's policies are made of
        std::vector<int> sideFlows;            // the flow of each side it holds, in order
        std::vector<GeneratedPolicy> policies; // as generated then
    };

private:
    std::unordered_map<std::string, Part> m_parts; // by namespace name
    GenerateResult m_result;
    std::vector<std::string> m_regenerated;
};

} // namespace Netpol
