#include "model/lint/clusterlint.h"

#include "model/analysis/cluster.h"
#include "model/k8s/cidr.h"
#include "model/k8s/selectorlogic.h"

#include <algorithm>
#include <map>

namespace Netpol {

namespace {

// The namespaces and pods a subject or a namespaces/pods peer stands for.
struct PodSet
{
    LabelSelector ns;
    LabelSelector pod;
};

std::optional<PodSet> podSetOf(const ClusterPolicyPeer &peer)
{
    if (peer.namespaces)
        return PodSet{*peer.namespaces, {}};
    if (peer.pods)
        return PodSet{peer.pods->namespaceSelector.value_or(LabelSelector{}),
                      peer.pods->podSelector.value_or(LabelSelector{})};
    return std::nullopt;
}

bool everyPod(const ClusterPolicyPeer &peer)
{
    const auto set = podSetOf(peer);
    return set && set->ns.isEmpty() && set->pod.isEmpty();
}

bool setsOverlap(const PodSet &a, const PodSet &b)
{
    return selectorsOverlap(a.ns, b.ns) && selectorsOverlap(a.pod, b.pod);
}

bool peersOverlap(const ClusterPolicyPeer &a, const ClusterPolicyPeer &b)
{
    const auto pa = podSetOf(a);
    const auto pb = podSetOf(b);
    if (pa && pb)
        return setsOverlap(*pa, *pb);
    if (a.networks && b.networks) {
        for (const std::string &x : *a.networks) {
            for (const std::string &y : *b.networks) {
                const auto cx = parseCidr(x).cidr;
                const auto cy = parseCidr(y).cidr;
                if (cx && cy && (cx->contains(cy->network()) || cy->contains(cx->network())))
                    return true;
            }
        }
        return false;
    }
    if (a.networks || b.networks)
        return true; // pods, nodes and names all have addresses
    if (a.nodes && b.nodes)
        return selectorsOverlap(*a.nodes, *b.nodes);
    return a.domainNames && b.domainNames;
}

std::pair<long long, long long> portSpan(const ClusterPolicyPort &p)
{
    if (p.isRange)
        return {p.start.value_or(1), p.end.value_or(65535)};
    return {p.number.value_or(0), p.number.value_or(0)};
}

bool portsOverlap(const ClusterPolicyRule &a, const ClusterPolicyRule &b)
{
    if (!a.hasPorts || !b.hasPorts)
        return true;
    for (const ClusterPolicyPort &x : a.ports) {
        for (const ClusterPolicyPort &y : b.ports) {
            if (x.namedPort || y.namedPort)
                return true; // a name may stand for any number
            const auto [xl, xh] = portSpan(x);
            const auto [yl, yh] = portSpan(y);
            if (x.protocol == y.protocol && xl <= yh && yl <= xh)
                return true;
        }
    }
    return false;
}

std::string rulePath(bool egress, std::size_t rule)
{
    return std::string(egress ? "spec.egress[" : "spec.ingress[") + std::to_string(rule) + ']';
}

class ClusterLint
{
public:
    ClusterLint(const ManifestSet &set, ClusterFindingPlacer place)
        : m_cluster(buildCluster(set)), m_place(std::move(place))
    {}

    Diagnostics run()
    {
        const auto &policies = m_cluster.clusterPolicies;
        for (std::size_t i = 0; i < policies.size(); ++i)
            unreachableRules(i);
        samePriorities();
        shadowedNetworkPolicies();
        overriddenBaselines();
        return std::move(m_out);
    }

private:
    void finding(const char *code, std::size_t policy, const std::string &path,
                 std::string message, std::string hint)
    {
        Location location;
        if (m_place) {
            const auto placed = m_place(m_cluster.clusterPolicies[policy], path);
            if (!placed)
                return;
            location = *placed;
        } else {
            location = m_cluster.clusterPolicySources[policy].locate(path);
        }
        m_out.push_back({Severity::Warning, code, std::move(message), std::move(location),
                         std::move(hint)});
    }

    std::string name(std::size_t policy) const
    {
        return m_cluster.clusterPolicies[policy].displayName();
    }

    void unreachableRules(std::size_t index)
    {
        const ClusterPolicy &p = m_cluster.clusterPolicies[index];
        if (const auto subject = podSetOf(p.subject);
            subject && (!canMatchAnything(subject->ns) || !canMatchAnything(subject->pod))) {
            finding("cnp-unreachable-rule", index, "spec.subject",
                 name(index) + ": the subject's selectors can match no pod, so no rule applies",
                 "check the selectors' operators and values");
            return;
        }
        for (bool egress : {false, true}) {
            const auto &rules = egress ? p.egress : p.ingress;
            std::optional<std::size_t> catchAll;
            for (std::size_t r = 0; r < rules.size(); ++r) {
                const ClusterPolicyRule &rule = rules[r];
                bool podPeersOnly = true;
                bool anyPeerCanMatch = false;
                for (const ClusterPolicyPeer &peer : rule.peers) {
                    const auto set = podSetOf(peer);
                    podPeersOnly = podPeersOnly && set.has_value();
                    anyPeerCanMatch = anyPeerCanMatch || !set
                                      || (canMatchAnything(set->ns) && canMatchAnything(set->pod));
                }
                if (!anyPeerCanMatch) {
                    finding("cnp-unreachable-rule", index, rulePath(egress, r),
                         name(index) + ' ' + rulePath(egress, r)
                             + ": no peer's selectors can match a pod, so the rule never matches",
                         "check the selectors' operators and values");
                } else if (catchAll && podPeersOnly) {
                    finding("cnp-unreachable-rule", index, rulePath(egress, r),
                         name(index) + ' ' + rulePath(egress, r) + " never matches: "
                             + rulePath(egress, *catchAll)
                             + " before it matches every pod on every port",
                         "move the rule up, or narrow the earlier one");
                }
                bool everyPodPeer = false;
                for (const ClusterPolicyPeer &peer : rule.peers)
                    everyPodPeer = everyPodPeer || everyPod(peer);
                if (!catchAll && !rule.hasPorts && everyPodPeer)
                    catchAll = r;
            }
        }
    }

    // The first rule pair of two policies that can match one connection with different actions.
    std::optional<std::string> conflict(const ClusterPolicy &a, const ClusterPolicy &b) const
    {
        for (bool egress : {false, true}) {
            const auto &ra = egress ? a.egress : a.ingress;
            const auto &rb = egress ? b.egress : b.ingress;
            for (std::size_t i = 0; i < ra.size(); ++i) {
                for (std::size_t j = 0; j < rb.size(); ++j) {
                    if (a.ruleAction(ra[i]) == b.ruleAction(rb[j]) || !portsOverlap(ra[i], rb[j]))
                        continue;
                    for (const ClusterPolicyPeer &x : ra[i].peers) {
                        for (const ClusterPolicyPeer &y : rb[j].peers) {
                            if (peersOverlap(x, y))
                                return rulePath(egress, i) + " (" + ra[i].action + ") and "
                                       + rulePath(egress, j) + " (" + rb[j].action + ')';
                        }
                    }
                }
            }
        }
        return std::nullopt;
    }

    void samePriorities()
    {
        const auto &policies = m_cluster.clusterPolicies;
        for (std::size_t b = 0; b < policies.size(); ++b) {
            for (std::size_t a = 0; a < b; ++a) {
                const ClusterPolicy &pa = policies[a];
                const ClusterPolicy &pb = policies[b];
                if (!pa.priority || pa.priority != pb.priority
                    || pa.effectiveTier() != pb.effectiveTier())
                    continue;
                const auto sa = podSetOf(pa.subject);
                const auto sb = podSetOf(pb.subject);
                if (!sa || !sb || !setsOverlap(*sa, *sb))
                    continue;
                if (const auto rules = conflict(pa, pb)) {
                    finding("cnp-same-priority", b, "spec.priority",
                         name(b) + " and " + name(a) + " share priority "
                             + std::to_string(*pb.priority) + ", their subjects overlap, and "
                             + *rules
                             + " can match the same connection: which one applies is up to the "
                               "implementation",
                         "give one of them a lower number");
                    break;
                }
            }
        }
    }

    std::vector<const ClusterNamespace *> namespacesOf(const PodSet &subject) const
    {
        std::vector<const ClusterNamespace *> out;
        for (const ClusterNamespace &ns : m_cluster.namespaces) {
            if (subject.ns.matches(ns.effectiveLabels()))
                out.push_back(&ns);
        }
        return out;
    }

    std::vector<const NetworkPolicy *> policiesIn(const std::string &ns, bool egress,
                                                  bool wholeNamespaceOnly) const
    {
        std::vector<const NetworkPolicy *> out;
        for (const NetworkPolicy &p : m_cluster.policies) {
            const PolicyTypes types = p.effectiveTypes();
            if (p.metadata.ns == ns && (egress ? types.egress : types.ingress)
                && (!wholeNamespaceOnly || p.spec.podSelector.isEmpty()))
                out.push_back(&p);
        }
        return out;
    }

    void shadowedNetworkPolicies()
    {
        const auto &policies = m_cluster.clusterPolicies;
        std::vector<std::size_t> admin;
        for (std::size_t i = 0; i < policies.size(); ++i) {
            if (policies[i].effectiveTier() == ClusterTier::Admin)
                admin.push_back(i);
        }
        std::stable_sort(admin.begin(), admin.end(), [&](std::size_t a, std::size_t b) {
            return *policies[a].priority < *policies[b].priority;
        });
        for (bool egress : {false, true}) {
            bool passSeen = false; // a Pass before hands some traffic to the NetworkPolicies
            for (std::size_t index : admin) {
                const ClusterPolicy &p = policies[index];
                const auto subject = podSetOf(p.subject);
                const auto &rules = egress ? p.egress : p.ingress;
                for (std::size_t r = 0; r < rules.size() && !passSeen; ++r) {
                    const auto action = p.ruleAction(rules[r]);
                    if (action == ClusterAction::Pass) {
                        passSeen = true;
                        break;
                    }
                    bool all = false;
                    for (const ClusterPolicyPeer &peer : rules[r].peers)
                        all = all || everyPod(peer);
                    if (!subject || !subject->pod.isEmpty() || rules[r].hasPorts || !all)
                        continue;
                    for (const ClusterNamespace *ns : namespacesOf(*subject)) {
                        const auto shadowed = policiesIn(ns->name, egress, false);
                        if (shadowed.empty())
                            continue;
                        std::string names;
                        for (const NetworkPolicy *np : shadowed)
                            names += (names.empty() ? "" : ", ") + np->metadata.name;
                        const std::string dir = egress ? "egress" : "ingress";
                        finding("cnp-shadows-networkpolicies", index, rulePath(egress, r),
                                name(index) + ' ' + rulePath(egress, r) + " (" + rules[r].action
                                    + ") decides every " + dir
                                    + " connection of every pod of namespace " + ns->name
                                    + (egress ? " to" : " from") + " pods: its NetworkPolicies ("
                                    + names + ") never decide those",
                                "use Pass to hand the namespace's traffic to its NetworkPolicies");
                    }
                }
            }
        }
    }

    void overriddenBaselines()
    {
        const auto &policies = m_cluster.clusterPolicies;
        for (std::size_t i = 0; i < policies.size(); ++i) {
            const ClusterPolicy &p = policies[i];
            const auto subject = podSetOf(p.subject);
            if (p.effectiveTier() != ClusterTier::Baseline || !subject)
                continue;
            const auto namespaces = namespacesOf(*subject);
            for (bool egress : {false, true}) {
                if ((egress ? p.egress : p.ingress).empty() || namespaces.empty())
                    continue;
                bool allDenied = true;
                std::string names;
                for (const ClusterNamespace *ns : namespaces) {
                    allDenied = allDenied && !policiesIn(ns->name, egress, true).empty();
                    names += (names.empty() ? "" : ", ") + ns->name;
                }
                if (!allDenied)
                    continue;
                const std::string dir = egress ? "egress" : "ingress";
                finding("cnp-baseline-overridden", i, egress ? "spec.egress" : "spec.ingress",
                     name(i) + ": every namespace of the input it applies to (" + names
                         + ") has a NetworkPolicy selecting all its pods for " + dir
                         + ", so its " + dir + " rules are never consulted",
                     "drop the per-namespace default deny, or the Baseline rules");
            }
        }
    }

    Cluster m_cluster;
    ClusterFindingPlacer m_place;
    Diagnostics m_out;
};

} // namespace

Diagnostics lintClusterPolicies(const ManifestSet &manifests)
{
    return lintClusterPolicies(manifests, {});
}

Diagnostics lintClusterPolicies(const ManifestSet &manifests, const ClusterFindingPlacer &place)
{
    if (manifests.clusterPolicies.empty())
        return {};
    return ClusterLint(manifests, place).run();
}

} // namespace Netpol
