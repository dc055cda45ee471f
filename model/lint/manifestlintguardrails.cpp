// The manifest lint's findings where cluster guardrails (docs/cluster-policies.md) decide
// traffic: a namespace without NetworkPolicy is only said to be open for what no tier decides,
// and DNS is judged through the tiers, with the guardrail rule that denies it named.

#include "model/lint/manifestlint_p.h"

#include "model/analysis/tieredexplain.h"
#include "model/analysis/tieredexposure.h"
#include "model/k8s/labels.h"

#include <algorithm>

namespace Netpol::ManifestLint {

namespace {

constexpr int kDnsPort = 53;

bool inTier(const ClusterPolicy &p, ClusterTier tier)
{
    return p.effectiveTier() == tier;
}

// The labels namespace `ns` has in the set: its Namespace object's, and its name.
Labels namespaceLabels(const ManifestSet &set, const std::string &ns)
{
    Labels labels;
    for (const ManifestNamespace &n : set.namespaces) {
        if (n.name == ns)
            labels = n.labels;
    }
    labels[kNamespaceNameLabel] = ns;
    return labels;
}

} // namespace

bool guardrailsMayAccept(const ManifestSet &set, bool egress)
{
    return std::any_of(set.clusterPolicies.begin(), set.clusterPolicies.end(),
                       [&](const ClusterPolicy &p) {
                           const auto &rules = egress ? p.egress : p.ingress;
                           return inTier(p, ClusterTier::Admin)
                                  && std::any_of(rules.begin(), rules.end(),
                                                 [&](const ClusterPolicyRule &r) {
                                                     return p.ruleAction(r)
                                                            == ClusterAction::Accept;
                                                 });
                       });
}

std::vector<std::string> guardrailsMaySelect(const ManifestSet &set, const std::string &ns)
{
    const Labels labels = namespaceLabels(set, ns);
    std::vector<std::string> out;
    for (const ClusterPolicy &p : set.clusterPolicies) {
        const ClusterPolicyPeer &subject = p.subject;
        const bool selects
            = (subject.namespaces && subject.namespaces->matches(labels))
              || (subject.pods
                  && (!subject.pods->namespaceSelector
                      || subject.pods->namespaceSelector->matches(labels)));
        if (selects)
            out.push_back(p.displayName());
    }
    return out;
}

void PodChecks::guardedNamespaceWithoutPolicies(const std::string &ns, const Location &where)
{
    // What the default still allows, for the first class it allows something to.
    std::vector<std::string> open;
    for (std::size_t c : m_pods.classesIn(ns)) {
        const PodClass &pods = m_pods.podClass(c);
        for (bool egress : {false, true}) {
            for (const ExposureEntry &e : tieredSideExposure(m_pods.evaluator(), pods.peer, egress)) {
                if (e.byDefault)
                    open.push_back(pods.name + ' ' + exposureLine(e));
            }
        }
        if (!open.empty())
            break;
    }
    if (open.empty())
        return; // the guardrails decide every connection of these pods
    std::string example;
    for (const std::string &line : open)
        example += (example.empty() ? "" : "; ") + line;
    add(Severity::Warning, "no-default-deny", where,
        "namespace " + ns + " has pods in the input ("
            + listNames(names(m_pods.classesIn(ns), ns))
            + ") and no NetworkPolicy; the guardrails that select them ("
            + listNames(m_pods.guardrailsSelecting(ns))
            + ") leave some connections to the default, which allows them (not zero-trust), "
              "for instance: "
            + example,
        "add a default deny to " + ns
            + " (podSelector: {}, policyTypes: [Ingress, Egress]) and allow what its pods need; "
              "guardrails' ingress rules name pods only, so only a NetworkPolicy refuses "
              "ingress from outside the cluster");
}

void PodChecks::egressWithoutDnsThroughTiers(const std::string &ns)
{
    const std::vector<std::size_t> &dns = m_pods.dnsClasses();
    const PortSet dnsPort = PortSet::range(Protocol::UDP, kDnsPort, kDnsPort);
    // Without DNS pods in the input: the usual ones, kube-system's k8s-app=kube-dns.
    const NetworkPeer usual = NetworkPeer::pod(
        "kube-system", {{"k8s-app", "kube-dns"}}, {{kNamespaceNameLabel, "kube-system"}},
        {{"dns", kDnsPort, Protocol::UDP}, {"dns-tcp", kDnsPort, Protocol::TCP}});
    std::vector<std::size_t> without;
    for (std::size_t c : m_pods.classesIn(ns)) {
        if (std::find(dns.begin(), dns.end(), c) != dns.end())
            continue; // a resolver itself
        bool resolves = dns.empty()
                        && m_pods.evaluator().egressAllowed(m_pods.podClass(c).peer, usual,
                                                            kDnsPort, Protocol::UDP);
        for (std::size_t d : dns)
            resolves = resolves || !m_pods.tieredSidePorts(c, true, d, &dnsPort).empty();
        if (!resolves)
            without.push_back(c);
    }
    if (without.empty())
        return;
    const NetworkPeer &resolver = dns.empty() ? usual : m_pods.podClass(dns.front()).peer;
    const SideVerdict side = m_pods.evaluator()
                                 .explain(m_pods.podClass(without.front()).peer, resolver,
                                          kDnsPort, Protocol::UDP)
                                 .egress;
    const std::string reach = dns.empty()
                                  ? "the usual DNS pods (kube-system, k8s-app=kube-dns; the "
                                    "input shows none)"
                                  : "the DNS pods (" + listNames(names(dns, ns)) + ')';
    const std::string hint = "allow egress to the DNS pods on 53/UDP and 53/TCP (an allow-dns "
                             "NetworkPolicy, or an Admin Accept before the rule that denies)";
    if (side.decision) {
        const ClusterRuleRef rule = side.decision->rule;
        const std::string path = "spec.egress[" + std::to_string(rule.rule) + ']';
        const ClusterPolicy &p = m_pods.evaluator().clusterTiers().policies()[rule.policy];
        Location at;
        if (rule.policy < m_pods.cluster().clusterPolicySources.size())
            at = m_pods.cluster().clusterPolicySources[rule.policy].locate(path);
        add(Severity::Warning, "egress-without-dns", at,
            p.displayName() + ' ' + path + " ("
                + clusterRuleTier(m_pods.evaluator(), rule) + ", Deny) denies egress from "
                + listNames(names(without, ns)) + " to " + reach
                + " on 53/UDP: they cannot resolve names",
            hint);
        return;
    }
    if (side.isolatingPolicies.empty())
        return; // allowed for some of the pods: not said
    const std::size_t denying = side.isolatingPolicies.front();
    m_out.push_back(m_index.finding(
        Severity::Warning, "egress-without-dns", int(denying), "spec.policyTypes",
        "policy " + ns + '/' + m_pods.policy(denying).metadata.name + " denies egress to "
            + listNames(names(without, ns)) + ", and neither a policy nor a guardrail lets them "
            + "reach " + reach + " on 53/UDP: they cannot resolve names",
        hint));
}

} // namespace Netpol::ManifestLint
