#include "model/lint/designlint_p.h"

#include "model/design/guardrailpolicy.h"
#include "model/generate/designmanifests.h"
#include "model/lint/clusterlint.h"

namespace Netpol::DesignLint {

// The cluster-policy lint (cnp-unreachable-rule, cnp-same-priority,
// cnp-shadows-networkpolicies, cnp-baseline-overridden) on the policies the design generates,
// each finding placed at its guardrail's field. Findings on what the generator adds by itself
// (the Baseline policy of baselineDefaultDeny) concern no guardrail and are left out; with
// v1alpha1 the Baseline guardrails share one object, so its findings go to the first of them
// as a whole.
Diagnostics guardrailFindings(const Design &design)
{
    if (design.guardrails.empty())
        return {};
    const ManifestSet generated = designManifests(design, "design");
    const auto place = [&design](const ClusterPolicy &policy,
                                 const std::string &path) -> std::optional<Location> {
        const bool merged = policy.kind == ClusterPolicyKind::BaselineAdminNetworkPolicy;
        for (std::size_t i = 0; i < design.guardrails.size(); ++i) {
            const Guardrail &g = design.guardrails[i];
            if (merged ? g.tier != ClusterTier::Baseline : g.name != policy.metadata.name)
                continue;
            Location location;
            location.element = ElementRef::design();
            location.field = "guardrails[" + std::to_string(i) + ']';
            const std::string field = merged ? std::string() : guardrailFieldOf(path);
            if (!field.empty())
                location.field += '.' + field;
            return location;
        }
        return std::nullopt;
    };
    return lintClusterPolicies(generated, place);
}

} // namespace Netpol::DesignLint
