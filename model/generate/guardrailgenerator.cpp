#include "model/generate/guardrailgenerator.h"

#include "model/design/guardrailpolicy.h"
#include "model/generate/generator.h"

#include <algorithm>

namespace Netpol {

namespace {

ClusterPolicyPeer everyAddressPeer()
{
    ClusterPolicyPeer peer;
    peer.written = {"networks"};
    peer.networks = std::vector<std::string>{"0.0.0.0/0", "::/0"};
    return peer;
}

// The default deny of baselineDefaultDeny: egress refused to every address (pods, nodes and
// the outside all have one). Ingress stays with NetworkPolicies (an ingress rule cannot name
// addresses outside the cluster: see generateDefaultDeny), and as they select every pod of a
// namespace that denies ingress, a Baseline ingress rule would never be reached: none is
// written (netpol validate would rightly call it cnp-baseline-overridden).
std::optional<ClusterPolicy> baselineDefaultDeny(const Design &design, ClusterPolicyApi api)
{
    // With DNS allowed, allow-dns selects every pod of each namespace that denies egress, which
    // isolates them for egress: NetworkPolicies decide there, and the policy is not needed.
    std::vector<std::string> names;
    for (const Namespace &ns : design.namespaces) {
        if (ns.deniesEgress() && !design.options.dns.enabled)
            names.push_back(ns.name);
    }
    if (names.empty())
        return std::nullopt;
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    const bool v1alpha1 = api == ClusterPolicyApi::V1alpha1;
    ClusterPolicy p;
    p.kind = v1alpha1 ? ClusterPolicyKind::BaselineAdminNetworkPolicy
                      : ClusterPolicyKind::ClusterNetworkPolicy;
    p.apiVersion = clusterPolicyApiVersion(api);
    p.metadata.name = v1alpha1 ? "default" : kBaselineDefaultDenyName;
    p.hasSpec = true;
    if (!v1alpha1) {
        p.tier = "Baseline";
        p.priority = 0;
    }
    p.hasSubject = true;
    p.subject.written = {"namespaces"};
    p.subject.namespaces = LabelSelector{{}, {{kNamespaceNameLabel, "In", names}}};
    ClusterPolicyRule out;
    out.name = "default-deny-egress";
    out.action = "Deny";
    out.hasPeers = true;
    out.peers.push_back(everyAddressPeer());
    p.egress.push_back(std::move(out));
    return p;
}

void label(ClusterPolicy &p)
{
    p.metadata.labels[kManagedByLabel] = kManagedByValue;
}

} // namespace

std::vector<ClusterPolicy> generateClusterPolicies(const Design &design)
{
    const ClusterPolicyApi api = design.options.clusterPolicyApi;
    std::vector<ClusterPolicy> out;
    // First of the Baseline tier (priority 0, first in input order): a pod the design isolates
    // is decided by its flows alone, as with a default-deny NetworkPolicy, never by a Baseline
    // guardrail.
    if (design.options.baselineDefaultDeny) {
        if (auto deny = baselineDefaultDeny(design, api))
            out.push_back(std::move(*deny));
    }
    std::vector<const Guardrail *> baseline;
    for (const Guardrail &g : design.guardrails) {
        if (api == ClusterPolicyApi::V1alpha1 && g.tier == ClusterTier::Baseline)
            baseline.push_back(&g);
        else
            out.push_back(guardrailPolicy(g, api));
    }
    if (!baseline.empty()) { // v1alpha1: one BaselineAdminNetworkPolicy, rules in tier order
        std::stable_sort(baseline.begin(), baseline.end(),
                         [](const Guardrail *a, const Guardrail *b) {
                             return a->priority < b->priority;
                         });
        ClusterPolicy banp = guardrailPolicy(*baseline.front(), api);
        banp.metadata.name = "default";
        for (std::size_t i = 1; i < baseline.size(); ++i) {
            const ClusterPolicy more = guardrailPolicy(*baseline[i], api);
            banp.ingress.insert(banp.ingress.end(), more.ingress.begin(), more.ingress.end());
            banp.egress.insert(banp.egress.end(), more.egress.begin(), more.egress.end());
        }
        out.push_back(std::move(banp));
    }
    for (ClusterPolicy &p : out)
        label(p);
    return out;
}

} // namespace Netpol
