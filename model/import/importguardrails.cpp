#include "model/import/importcontext_p.h"

#include "model/design/guardrailpolicy.h"

#include <algorithm>
#include <set>

namespace Netpol::Import {

namespace {

// The API the design writes its guardrails with: the input's, when it uses one; v1beta1 when
// it mixes them (an AdminNetworkPolicy or BaselineAdminNetworkPolicy then becomes a
// ClusterNetworkPolicy of its tier, with the same rules).
ClusterPolicyApi chooseApi(const std::vector<ClusterPolicy> &policies, bool *mixed)
{
    std::set<std::string> versions;
    for (const ClusterPolicy &p : policies)
        versions.insert(p.apiVersion);
    *mixed = versions.size() > 1;
    if (versions.size() == 1) {
        const std::string &v = *versions.begin();
        const std::string version = v.substr(v.find('/') + 1);
        if (const auto api = parseClusterPolicyApi(version))
            return *api;
    }
    return ClusterPolicyApi::V1beta1;
}

} // namespace

void addGuardrails(Context &ctx)
{
    const std::vector<ClusterPolicy> &policies = ctx.cluster.clusterPolicies;
    if (policies.empty())
        return;
    bool mixed = false;
    ctx.design.options.clusterPolicyApi = chooseApi(policies, &mixed);
    if (mixed)
        ctx.report(Severity::Warning, "import-cluster-policy-api",
                   "the input mixes cluster policy API versions; the design writes all its "
                   "guardrails as ClusterNetworkPolicy v1beta1 (the same tiers, priorities and "
                   "rules)");
    // The BaselineAdminNetworkPolicy is evaluated after every Baseline-tier
    // ClusterNetworkPolicy: it goes last, with the highest priority.
    std::vector<std::size_t> order(policies.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_partition(order.begin(), order.end(), [&](std::size_t i) {
        return policies[i].kind != ClusterPolicyKind::BaselineAdminNetworkPolicy;
    });
    std::set<std::string> names;
    for (std::size_t i : order) {
        const ClusterPolicy &policy = policies[i];
        const Location at = i < ctx.cluster.clusterPolicySources.size()
                                ? ctx.cluster.clusterPolicySources[i].locate("")
                                : Location{};
        std::string why;
        std::optional<Guardrail> guardrail = guardrailFromPolicy(policy, &why);
        if (guardrail) {
            while (!names.insert(guardrail->name).second)
                guardrail->name += "-2";
            Design alone;
            alone.options.clusterPolicyApi = ctx.design.options.clusterPolicyApi;
            alone.guardrails.push_back(*guardrail);
            const Diagnostics problems = checkGuardrails(alone);
            if (!problems.empty()) {
                why = problems.front().message;
                guardrail.reset();
            }
        }
        if (!guardrail) {
            ctx.report(Severity::Warning, "import-cluster-policy",
                       policy.displayName() + " cannot be a guardrail of the design (" + why
                           + ") and was left out: the cluster's verdicts may differ from the "
                             "design's",
                       at);
            continue;
        }
        ctx.design.guardrails.push_back(std::move(*guardrail));
    }
}

} // namespace Netpol::Import
