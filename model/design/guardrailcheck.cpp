#include "model/design/guardrailpolicy.h"

#include "model/core/quoting.h"
#include "model/design/design.h"
#include "model/k8s/clusterpolicyvalidation.h"
#include "model/k8s/k8snames.h"

#include <set>

namespace Netpol {

namespace {

std::string guardrailPath(std::size_t index)
{
    return "guardrails[" + std::to_string(index) + ']';
}

Diagnostic finding(std::string code, const std::string &field, std::string message,
                          std::string hint = {})
{
    Diagnostic d = makeError(std::move(code), std::move(message));
    d.location.element = ElementRef::design();
    d.location.field = field;
    d.hint = std::move(hint);
    return d;
}

// What a v1alpha1 cluster cannot hold of the design: the Baseline guardrails become one
// BaselineAdminNetworkPolicy named `default`, so they must share one subject, and their rules
// fit in its limits; with baselineDefaultDeny that object is the default deny's alone.
void checkV1alpha1(const Design &design, Diagnostics &out)
{
    const Guardrail *first = nullptr;
    std::size_t ingress = 0;
    std::size_t egress = 0;
    for (std::size_t i = 0; i < design.guardrails.size(); ++i) {
        const Guardrail &g = design.guardrails[i];
        if (g.tier != ClusterTier::Baseline)
            continue;
        ingress += g.ingress.size();
        egress += g.egress.size();
        if (design.options.baselineDefaultDeny) {
            out.push_back(finding(
                "guardrail-v1alpha1", guardrailPath(i) + ".tier",
                "guardrail " + quotedValue(g.name)
                    + " is Baseline-tier, and with clusterPolicyApi v1alpha1 the one "
                      "BaselineAdminNetworkPolicy is taken by baselineDefaultDeny",
                "use clusterPolicyApi v1beta1, or turn baselineDefaultDeny off"));
            continue;
        }
        if (!first) {
            first = &g;
        } else if (!(g.subject == first->subject)) {
            out.push_back(finding(
                "guardrail-v1alpha1", guardrailPath(i) + ".subject",
                "guardrail " + quotedValue(g.name) + " has another subject than Baseline guardrail "
                    + quotedValue(first->name)
                    + "; v1alpha1 has a single BaselineAdminNetworkPolicy with one subject",
                "give the Baseline guardrails one subject, or use clusterPolicyApi v1beta1"));
        }
    }
    if (ingress > 100 || egress > 100)
        out.push_back(finding(
            "guardrail-v1alpha1", "guardrails",
            "the Baseline guardrails have " + std::to_string(std::max(ingress, egress))
                + " rules in one direction; the BaselineAdminNetworkPolicy they become holds "
                  "at most 100",
            "use clusterPolicyApi v1beta1"));
}

} // namespace

Diagnostics checkGuardrails(const Design &design)
{
    Diagnostics out;
    const ClusterPolicyApi api = design.options.clusterPolicyApi;
    std::set<std::string> names;
    for (std::size_t i = 0; i < design.guardrails.size(); ++i) {
        const Guardrail &g = design.guardrails[i];
        const std::string base = guardrailPath(i);
        ClusterPolicy policy = guardrailPolicy(g, api);
        if (policy.kind == ClusterPolicyKind::BaselineAdminNetworkPolicy) {
            policy.metadata.name = "default"; // the generator merges them into `default`
            for (const std::string &m : dns1123SubdomainErrors(g.name))
                out.push_back(finding("invalid-name", base + ".name",
                                             "guardrail name " + quotedValue(g.name)
                                                 + " is invalid: " + m));
        }
        if (!g.name.empty() && !names.insert(g.name).second)
            out.push_back(finding("duplicate-name", base + ".name",
                                         "guardrail " + quotedValue(g.name) + " is declared twice"));
        if (g.name == kBaselineDefaultDenyName && design.options.baselineDefaultDeny)
            out.push_back(finding("reserved-name", base + ".name",
                                         "guardrail name " + quotedValue(g.name)
                                             + " is the policy baselineDefaultDeny generates",
                                         "rename the guardrail"));
        for (Diagnostic &d : validateClusterPolicy(policy)) {
            const std::string policyPath = d.location.field;
            const std::string mapped = guardrailFieldOf(policyPath);
            const std::string field = mapped.empty() ? base : base + '.' + mapped;
            if (d.message.rfind(policyPath + ": ", 0) == 0)
                d.message = field + d.message.substr(policyPath.size());
            if (d.code == "cnp-invalid-value" && policyPath.find(".action") != std::string::npos
                && policy.kind != ClusterPolicyKind::ClusterNetworkPolicy)
                d.hint = "v1alpha1 has no Pass in the BaselineAdminNetworkPolicy";
            d.location.element = ElementRef::design();
            d.location.field = field;
            out.push_back(std::move(d));
        }
    }
    if (api == ClusterPolicyApi::V1alpha1)
        checkV1alpha1(design, out);
    return out;
}

} // namespace Netpol
