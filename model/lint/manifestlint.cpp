// The manifest lint. Checks on the policies alone (defaulting traps, duplicates, allow-all
// rules) run on every input. The checks that depend on pods run on the input's pods for the
// namespaces whose pods it shows (PodChecks, PodInventory), and reason about the selectors
// alone for the others, reporting only what holds for every possible pod.

#include "model/lint/manifestlint.h"

#include "model/k8s/selectorlogic.h"
#include "model/lint/manifestlint_p.h"

#include <algorithm>
#include <map>
#include <optional>

namespace Netpol {

namespace {

using namespace ManifestLint;

// Selects every pod of its namespace.
bool selectsAll(const LabelSelector &selector)
{
    return selectorCovers(selector, LabelSelector{});
}

// A selector the API server rejects is its error, not a lint finding.
bool wellFormed(const LabelSelector &selector)
{
    return std::all_of(selector.matchExpressions.begin(), selector.matchExpressions.end(),
                       [](const LabelSelectorRequirement &r) {
                           if (r.op == "In" || r.op == "NotIn")
                               return !r.values.empty();
                           return r.op == "Exists" || r.op == "DoesNotExist";
                       });
}

class Linter
{
public:
    explicit Linter(const ManifestSet &set)
        : m_set(set)
        , m_index(set)
    {
        if (!set.workloads.empty())
            m_pods.emplace(set);
    }

    Diagnostics run()
    {
        if (m_pods)
            PodChecks(m_index, *m_pods, m_out).namespacesWithoutPolicies();
        if (m_set.policies.empty())
            return std::move(m_out);
        m_out.push_back(
            m_index.finding(Severity::Info, "network-plugin", 0, "",
                            "NetworkPolicy only takes effect with a network plugin that enforces "
                            "it (Calico, Cilium, "
                            "Antrea, ...); plain Flannel accepts the policies and ignores them",
                            "check that the cluster's CNI enforces NetworkPolicy before relying on "
                            "these policies"));
        duplicates();
        for (int i = 0; i < int(m_set.policies.size()); ++i)
            checkPolicy(i);
        for (const std::string &ns : m_index.namespaces())
            checkNamespace(ns);
        kubeletProbes();
        lintHalfOpen(m_index, m_pods ? &*m_pods : nullptr, m_out);
        return std::move(m_out);
    }

private:
    const NetworkPolicy &policy(int i) const { return m_set.policies[std::size_t(i)]; }
    // Does the input show the pods of `ns`?
    bool knows(const std::string &ns) const { return m_pods && m_pods->knows(ns); }

    void add(Severity severity, const char *code, int index, const std::string &path,
             std::string message, std::string hint)
    {
        m_out.push_back(
            m_index.finding(severity, code, index, path, std::move(message), std::move(hint)));
    }

    std::string name(int i) const
    {
        return policyNamespace(policy(i)) + '/' + policy(i).metadata.name;
    }

    void duplicates()
    {
        std::map<std::string, int> first;
        for (int i = 0; i < int(m_set.policies.size()); ++i) {
            if (policy(i).metadata.name.empty())
                continue;
            const auto [it, inserted] = first.emplace(name(i), i);
            if (inserted)
                continue;
            const Location earlier = m_set.policySources[std::size_t(it->second)].locate(
                "metadata.name");
            add(Severity::Warning, "duplicate-policy", i, "metadata.name",
                "NetworkPolicy " + name(i) + " is defined twice (also at " + earlier.file + ':'
                    + std::to_string(earlier.line) + "): kubectl apply keeps only the last one",
                "rename one of them, or merge their rules");
        }
    }

    void checkPolicy(int i)
    {
        const NetworkPolicy &p = policy(i);
        const NetworkPolicySpec &spec = p.spec;
        const PolicyTypes types = p.effectiveTypes();
        if (!spec.policyTypes.empty()) {
            if (!types.ingress && !spec.ingress.empty())
                add(Severity::Warning, "ignored-rules", i, "spec.ingress",
                    "policy " + name(i)
                        + " has ingress rules but its policyTypes do not list Ingress: the "
                          "rules are ignored",
                    "add Ingress to spec.policyTypes, or remove the ingress rules");
            if (!types.egress && !spec.egress.empty())
                add(Severity::Warning, "ignored-rules", i, "spec.egress",
                    "policy " + name(i)
                        + " has egress rules but its policyTypes do not list Egress: the "
                          "rules are ignored",
                    "add Egress to spec.policyTypes, or remove the egress rules");
        } else if (!spec.egress.empty() && spec.ingress.empty()) {
            add(Severity::Warning, "implicit-ingress-isolation", i, "spec",
                "policy " + name(i)
                    + " has egress rules and no policyTypes, so they default to [Ingress, "
                      "Egress]: "
                    + describePods(spec.podSelector, policyNamespace(p)) + " also lose all ingress",
                "write policyTypes: [Egress] if the policy is only about egress");
        }
        if (knows(policyNamespace(p))) {
            PodChecks(m_index, *m_pods, m_out).podSelector(i);
            PodChecks(m_index, *m_pods, m_out).namedPorts(i);
        } else if (wellFormed(spec.podSelector) && !canMatchAnything(spec.podSelector))
            add(Severity::Warning, "selects-nothing", i, "spec.podSelector",
                "the podSelector of " + name(i) + " (" + formatSelector(spec.podSelector)
                    + ") can match no pod: the policy has no effect",
                "its requirements contradict each other; fix the selector");
        checkPeers(i, spec.ingress, "spec.ingress", "from");
        checkPeers(i, spec.egress, "spec.egress", "to");
    }

    void checkPeers(int i, const std::vector<NetworkPolicyRule> &rules, const std::string &path,
                    const char *key)
    {
        for (std::size_t r = 0; r < rules.size(); ++r) {
            for (std::size_t k = 0; k < rules[r].peers.size(); ++k) {
                const NetworkPolicyPeer &peer = rules[r].peers[k];
                const std::string peerPath = path + '[' + std::to_string(r) + "]." + key + '['
                                             + std::to_string(k) + ']';
                if (m_pods && PodChecks(m_index, *m_pods, m_out).peer(i, peer, peerPath))
                    continue; // judged on the pods
                for (const auto &[selector, field] :
                     {std::pair{&peer.podSelector, ".podSelector"},
                      std::pair{&peer.namespaceSelector, ".namespaceSelector"}}) {
                    if (*selector && wellFormed(**selector) && !canMatchAnything(**selector))
                        add(Severity::Warning, "selects-nothing", i, peerPath + field,
                            "this peer's " + std::string(field + 1) + " ("
                                + formatSelector(**selector)
                                + ") can match nothing: the peer allows nothing",
                            "its requirements contradict each other; fix the selector");
                }
            }
        }
    }

    // The default denies of `ns` for a direction: policies that isolate every pod of the
    // namespace without a rule that lets everything through again.
    std::vector<int> defaultDenies(const std::string &ns, bool egress) const
    {
        std::vector<int> out;
        for (int i : m_index.policiesIn(ns)) {
            const NetworkPolicy &p = policy(i);
            const PolicyTypes types = p.effectiveTypes();
            const auto &rules = egress ? p.spec.egress : p.spec.ingress;
            const bool reopened = std::any_of(
                rules.begin(), rules.end(),
                [](const NetworkPolicyRule &r) { return r.ports.empty() && r.peers.empty(); });
            if ((egress ? types.egress : types.ingress) && selectsAll(p.spec.podSelector)
                && !reopened)
                out.push_back(i);
        }
        return out;
    }

    void checkNamespace(const std::string &ns)
    {
        const int first = m_index.policiesIn(ns).front();
        const std::vector<int> ingressDeny = defaultDenies(ns, false);
        const std::vector<int> egressDeny = defaultDenies(ns, true);
        if (ingressDeny.empty() || egressDeny.empty()) {
            const std::string missing = ingressDeny.empty() && egressDeny.empty()
                                            ? "ingress or egress"
                                        : ingressDeny.empty() ? "ingress"
                                                              : "egress";
            const std::vector<std::string> guardrails = guardrailsMaySelect(m_set, ns);
            add(Severity::Warning, "no-default-deny", first, "metadata",
                "namespace " + ns + " has no default deny for " + missing
                    + " (not zero-trust): pods no policy selects keep "
                    + (guardrails.empty() ? "every connection open"
                                          : "open every connection the guardrails that may "
                                            "select them (" + listNames(guardrails)
                                                + ") do not decide"),
                "add a policy with podSelector: {} and policyTypes listing "
                    + std::string(ingressDeny.empty() && egressDeny.empty() ? "Ingress and Egress"
                                  : ingressDeny.empty()                     ? "Ingress"
                                                                            : "Egress"));
        }
        allowAllRules(ns, ingressDeny, false);
        allowAllRules(ns, egressDeny, true);
        egressWithoutDns(ns);
    }

    // A rule that allows every port to or from everyone, in a namespace whose pods are denied
    // that direction by default: the seed's "pods in the same namespace can still communicate".
    void allowAllRules(const std::string &ns, const std::vector<int> &denies, bool egress)
    {
        if (denies.empty())
            return;
        for (int i : m_index.policiesIn(ns)) {
            const NetworkPolicy &p = policy(i);
            const auto otherDeny = std::find_if(denies.begin(), denies.end(),
                                                [i](int d) { return d != i; });
            if (otherDeny == denies.end())
                continue;
            const std::string &deny = policy(*otherDeny).metadata.name;
            const PolicyTypes types = p.effectiveTypes();
            if (!(egress ? types.egress : types.ingress))
                continue;
            const auto &rules = egress ? p.spec.egress : p.spec.ingress;
            for (std::size_t r = 0; r < rules.size(); ++r) {
                const std::string who = everyone(rules[r], ns);
                if (!rules[r].ports.empty() || who.empty())
                    continue;
                add(Severity::Warning, "allow-all-rule", i,
                    std::string(egress ? "spec.egress[" : "spec.ingress[") + std::to_string(r)
                        + ']',
                    "this rule lets " + describePods(p.spec.podSelector, ns)
                        + (egress ? " reach " : " be reached by ") + who + " on every port: " + deny
                        + " has no effect on them",
                    "list the ports and peers the traffic needs; NetworkPolicy rules only add, so "
                    "any "
                    "allow rule beats a deny");
            }
        }
    }

    // "anyone", "every pod of NS", "every pod of the cluster" when a rule's peers are that wide.
    static std::string everyone(const NetworkPolicyRule &rule, const std::string &ns)
    {
        if (rule.peers.empty())
            return "anyone";
        for (const NetworkPolicyPeer &peer : rule.peers) {
            if (peer.ipBlock || (peer.podSelector && !selectsAll(*peer.podSelector)))
                continue;
            if (!peer.namespaceSelector)
                return "every pod of " + ns;
            if (selectsAll(*peer.namespaceSelector))
                return "every pod of the cluster";
            const auto named = namespacesNamedBy(*peer.namespaceSelector);
            if (named && named->count(ns))
                return "every pod of " + ns;
        }
        return {};
    }

    void egressWithoutDns(const std::string &ns)
    {
        if (knows(ns)) {
            PodChecks(m_index, *m_pods, m_out).egressWithoutDns(ns);
            return;
        }
        if (guardrailsMayAccept(m_set, true))
            return; // an Admin Accept may let DNS out: judged on pods only
        std::vector<int> dnsPolicies; // policies with a rule that lets 53/UDP out
        std::vector<int> isolating;
        for (int i : m_index.policiesIn(ns)) {
            const NetworkPolicy &p = policy(i);
            if (!p.effectiveTypes().egress || !canMatchAnything(p.spec.podSelector))
                continue;
            isolating.push_back(i);
            if (std::any_of(p.spec.egress.begin(), p.spec.egress.end(), allowsDns))
                dnsPolicies.push_back(i);
        }
        std::vector<int> without;
        for (int i : isolating) {
            const LabelSelector &pods = policy(i).spec.podSelector;
            if (std::none_of(dnsPolicies.begin(), dnsPolicies.end(), [&](int d) {
                    return selectorCovers(policy(d).spec.podSelector, pods);
                }))
                without.push_back(i);
        }
        if (without.empty())
            return;
        const int i = without.front();
        add(Severity::Warning, "egress-without-dns", i, "spec.policyTypes",
            "policy " + name(i) + " denies egress to "
                + describePods(policy(i).spec.podSelector, ns)
                + (without.size() > 1 ? " (and " + std::to_string(without.size() - 1)
                                            + " more policies to other pods)"
                                      : "")
                + ", and no policy allows them DNS (53/UDP): they cannot resolve names",
            "add an allow-dns policy: podSelector {}, egress to the DNS pods (kube-system) on "
            "53/UDP and 53/TCP");
    }

    void kubeletProbes()
    {
        std::vector<std::string> isolated;
        int first = -1;
        if (m_pods)
            PodChecks(m_index, *m_pods, m_out).kubeletProbes();
        for (const std::string &ns : m_index.namespaces()) {
            const std::vector<int> denies = defaultDenies(ns, false);
            if (denies.empty() || knows(ns))
                continue; // judged on the pods' probes
            const auto &policies = m_index.policiesIn(ns);
            const bool nodeRule = std::any_of(policies.begin(), policies.end(), [&](int i) {
                const auto &rules = policy(i).spec.ingress;
                return std::any_of(rules.begin(), rules.end(), [](const NetworkPolicyRule &r) {
                    return std::any_of(
                        r.peers.begin(), r.peers.end(),
                        [](const NetworkPolicyPeer &p) { return p.ipBlock.has_value(); });
                });
            });
            if (nodeRule)
                continue;
            isolated.push_back(ns);
            if (first < 0)
                first = denies.front();
        }
        if (isolated.empty())
            return;
        std::string list;
        for (std::size_t k = 0; k < isolated.size() && k < 3; ++k)
            list += (k ? ", " : "") + isolated[k];
        if (isolated.size() > 3)
            list += " and " + std::to_string(isolated.size() - 3) + " more";
        add(Severity::Info, "kubelet-probes", first, "spec.policyTypes",
            "kubelet liveness and readiness probes come from the node, and " + list
                + (isolated.size() == 1 ? " denies" : " deny")
                + " ingress: NetworkPolicy always lets a pod's own node in, but some network "
                  "plugins "
                  "drop that traffic",
            "if health checks fail, allow ingress from the node network with an ipBlock (the "
            "design's "
            "nodeCIDR option generates it)");
    }

    const ManifestSet &m_set;
    PolicyIndex m_index;
    std::optional<PodInventory> m_pods; // when the input has Pods or workloads
    Diagnostics m_out;
};

} // namespace

Diagnostics lintManifests(const ManifestSet &set)
{
    const auto refused = [&](std::size_t i) {
        return i < set.policyErrors.size() && set.policyErrors[i] > 0;
    };
    bool anyRefused = false;
    for (std::size_t i = 0; i < set.policies.size(); ++i)
        anyRefused = anyRefused || refused(i);
    if (!anyRefused)
        return Linter(set).run();
    ManifestSet accepted; // a refused policy never reaches the cluster: nothing to lint
    for (std::size_t i = 0; i < set.policies.size(); ++i) {
        if (refused(i))
            continue;
        accepted.policies.push_back(set.policies[i]);
        accepted.policySources.push_back(set.policySources[i]);
        accepted.policyErrors.push_back(0);
    }
    accepted.namespaces = set.namespaces;
    accepted.workloads = set.workloads;
    accepted.clusterPolicies = set.clusterPolicies; // buildCluster leaves out the refused ones
    accepted.clusterPolicySources = set.clusterPolicySources;
    accepted.clusterPolicyErrors = set.clusterPolicyErrors;
    return Linter(accepted).run();
}

} // namespace Netpol
