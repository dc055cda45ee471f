#pragma once

#include "model/design/design.h"

#include <vector>

namespace Netpol {

// What a guardrail's subject or peer stands for among the elements a design draws, so that the
// designer can show a rule on the canvas. Indexes are the design's namespaces, workloads and
// externals. Nodes and domain names have no element: they select nothing here.
struct GuardrailSelection
{
    std::vector<int> namespaces; // namespace-wide: every pod of these namespaces
    std::vector<int> workloads;  // the workloads selected one by one (a pod selector)
    std::vector<int> externals;  // externals whose whole range lies inside a `networks` CIDR

    bool empty() const { return namespaces.empty() && workloads.empty() && externals.empty(); }
    bool operator==(const GuardrailSelection &) const = default;
};

// Namespaces peers select namespaces by their effective labels; Pods peers with an empty pod
// selector are namespace-wide too, otherwise they select the workloads of the matching
// namespaces whose labels match.
GuardrailSelection selectGuardrailPeer(const Design &design, const GuardrailPeer &peer);

} // namespace Netpol
