// Half-open rules: a rule allows a connection on its side (egress of the client, or ingress of
// the server), while the other side refuses all of it: the remote pods are isolated for the
// opposite direction and no rule there admits any of the connections this rule allows.
// NetworkPolicy needs both sides (semantics page, section 3), so such a rule allows nothing:
// the seed's complete example lets frontend send to api-server, but api-server's namespace
// denies that ingress.
//
// Where the input shows the pods of the rule's namespace, the rule is judged on them: every
// pod its policy selects against every pod its peer matches (namespaceSelectors through the
// Namespace objects' labels), each side's ports resolved on the destination as the evaluator
// does. It is reported when none of those connections is admitted by the other side. Remote
// namespaces whose pods the input does not show are judged as below.
//
// Without the pods, a peer's pods are known by its selectors: a podSelector alone means the
// policy's namespace, a namespaceSelector only counts when it names namespaces by
// kubernetes.io/metadata.name. A finding needs every remote pod isolated and no remote rule
// possibly matching.

#include "model/lint/manifestlint_p.h"

#include "model/k8s/selectorlogic.h"

#include <algorithm>
#include <set>

namespace Netpol::ManifestLint {

namespace {

struct Connection
{
    std::string localNs;      // the namespace of the rule's policy
    LabelSelector localPods;  // the pods the rule's policy selects
    std::string remoteNs;     // where the peer's pods are
    LabelSelector remotePods; // the peer's pods there
    const std::vector<NetworkPolicyPort> *ports = nullptr;
    bool egress = false; // the rule's direction
};

// Could a rule's peer list (of a policy in `policyNs`) match a pod of `pods` in `ns`?
bool peersMayMatch(const std::vector<NetworkPolicyPeer> &peers, const std::string &policyNs,
                   const std::string &ns, const LabelSelector &pods)
{
    if (peers.empty())
        return true;
    for (const NetworkPolicyPeer &peer : peers) {
        if (peer.ipBlock)
            continue; // meant for addresses outside the cluster
        if (peer.namespaceSelector ? !mayMatchNamespace(*peer.namespaceSelector, ns)
                                   : policyNs != ns)
            continue;
        if (peer.podSelector && !selectorsOverlap(*peer.podSelector, pods))
            continue;
        return true;
    }
    return false;
}

// The refusals found for one target of a rule's peer: "a -> b" per connection (pairs of pod
// classes, or selectors), and the first remote policy that isolates.
struct Refusals
{
    std::vector<std::string> what;
    std::vector<std::string> namespaces; // remote namespaces, first seen first
    int isolatedBy = -1;
    std::string isolated; // who it isolates: "api-server", "those pods"

    void add(std::string connection, const std::string &ns, int policy, std::string remote)
    {
        what.push_back(std::move(connection));
        if (std::find(namespaces.begin(), namespaces.end(), ns) == namespaces.end())
            namespaces.push_back(ns);
        if (isolatedBy < 0) {
            isolatedBy = policy;
            isolated = std::move(remote);
        }
    }
};

class HalfOpen
{
public:
    HalfOpen(const PolicyIndex &index, const PodInventory *pods, Diagnostics &out)
        : m_index(index)
        , m_pods(pods)
        , m_policies(index.set().policies)
        , m_out(out)
    {}

    void run()
    {
        for (int i = 0; i < int(m_policies.size()); ++i) {
            const NetworkPolicy &p = m_policies[std::size_t(i)];
            if (!canMatchAnything(p.spec.podSelector))
                continue;
            const PolicyTypes types = p.effectiveTypes();
            if (types.ingress)
                checkRules(i, p.spec.ingress, "spec.ingress", "from", false);
            if (types.egress)
                checkRules(i, p.spec.egress, "spec.egress", "to", true);
        }
    }

private:
    void checkRules(int index, const std::vector<NetworkPolicyRule> &rules, const std::string &path,
                    const char *peersKey, bool egress)
    {
        const NetworkPolicy &p = m_policies[std::size_t(index)];
        const std::string ns = policyNamespace(p);
        const bool onPods = m_pods && m_pods->knows(ns);
        const std::vector<std::size_t> local = onPods ? m_pods->selectedBy(std::size_t(index))
                                                      : std::vector<std::size_t>{};
        if (onPods && local.empty())
            return; // selects none of the pods: selects-nothing says so
        for (std::size_t r = 0; r < rules.size(); ++r) {
            for (std::size_t k = 0; k < rules[r].peers.size(); ++k) {
                const NetworkPolicyPeer &peer = rules[r].peers[k];
                if (peer.ipBlock)
                    continue;
                const LabelSelector remotePods = peer.podSelector.value_or(LabelSelector{});
                const std::string peerPath = path + '[' + std::to_string(r) + "]." + peersKey
                                             + '[' + std::to_string(k) + ']';
                std::vector<std::vector<std::string>> targets;
                if (!peer.namespaceSelector) {
                    targets.push_back({ns});
                } else if (const auto named = namespacesNamedBy(*peer.namespaceSelector)) {
                    for (const std::string &n : *named)
                        targets.push_back({n});
                } else if (onPods) {
                    targets.push_back(m_pods->namespacesMatching(*peer.namespaceSelector));
                }
                for (const std::vector<std::string> &target : targets) {
                    Refusals refusals;
                    const Connection c{ns, p.spec.podSelector, {}, remotePods, &rules[r].ports,
                                       egress};
                    const bool refused = onPods ? judgeOnPods(index, r, k, local, target, c,
                                                              refusals)
                                                : judgeSelectors(c, target.front(), refusals);
                    if (refused)
                        report(index, peerPath, c, refusals);
                }
            }
        }
    }

    // Every connection the rule allows from its pods to the target's: false as soon as the
    // other side admits one.
    bool judgeOnPods(int index, std::size_t rule, std::size_t peer,
                     const std::vector<std::size_t> &local, const std::vector<std::string> &target,
                     const Connection &c, Refusals &refusals) const
    {
        const NetworkPolicyRule &r = c.egress ? m_policies[std::size_t(index)].spec.egress[rule]
                                              : m_policies[std::size_t(index)].spec.ingress[rule];
        for (const std::string &ns : target) {
            if (!m_pods->knows(ns)) {
                if (!judgeSelectors(c, ns, refusals))
                    return false;
                continue;
            }
            for (std::size_t remote : m_pods->matching(ns, c.remotePods)) {
                const PodClass &rc = m_pods->podClass(remote);
                if (!m_pods->evaluator().peerMatchesAt(std::size_t(index), c.egress, rule, peer,
                                                       rc.peer))
                    continue;
                for (std::size_t own : local) {
                    if (own == remote && rc.singlePod)
                        continue; // a pod and itself
                    const std::size_t destination = c.egress ? remote : own;
                    const PortSet allowed = PortSet::ofRule(r, m_pods->podClass(destination).peer);
                    if (allowed.empty())
                        continue; // a named port the destination does not define
                    if (!allowed.intersect(m_pods->sidePorts(remote, !c.egress, own)).empty())
                        return false;
                    // With guardrails: an Admin Deny on this side may take what the rule
                    // allows (then it is not this finding's), an Admin Accept on the other
                    // side may let it through.
                    if (m_pods->hasGuardrails()
                        && (m_pods->tieredSidePorts(own, c.egress, remote, &allowed).empty()
                            || !m_pods->tieredSidePorts(remote, !c.egress, own, &allowed)
                                    .empty()))
                        return false;
                    const std::string from = m_pods->describe(c.egress ? own : remote, c.localNs);
                    const std::string to = m_pods->describe(c.egress ? remote : own, c.localNs);
                    refusals.add(from + " -> " + to, ns, int(rc.policies(!c.egress).front()),
                                 m_pods->describe(remote, c.localNs));
                }
            }
        }
        return !refusals.what.empty();
    }

    // The connection `c` toward the pods of `ns`, judged on selectors: true when the remote
    // side certainly refuses all of it.
    bool judgeSelectors(Connection c, const std::string &ns, Refusals &refusals) const
    {
        if (!canMatchAnything(c.remotePods) || !m_index.set().clusterPolicies.empty())
            return false; // with guardrails, judged on the input's pods only

        c.remoteNs = ns;
        const bool otherEgress = !c.egress;
        const std::vector<int> candidates = m_index.selecting(c.remoteNs, otherEgress,
                                                              c.remotePods);
        int isolatedBy = -1;
        for (int q : candidates) {
            const NetworkPolicy &other = m_policies[std::size_t(q)];
            if (isolatedBy < 0 && selectorCovers(other.spec.podSelector, c.remotePods))
                isolatedBy = q;
            for (const NetworkPolicyRule &rule :
                 otherEgress ? other.spec.egress : other.spec.ingress) {
                if (portsOverlap(rule.ports, *c.ports)
                    && peersMayMatch(rule.peers, c.remoteNs, c.localNs, c.localPods))
                    return false; // possibly admitted
            }
        }
        if (isolatedBy < 0)
            return false;
        const std::string local = describePods(c.localPods, c.localNs);
        const std::string remote = describePods(c.remotePods, c.remoteNs);
        refusals.add(c.egress ? local + " -> " + remote : remote + " -> " + local, ns, isolatedBy,
                     "those pods");
        return true;
    }

    void report(int index, const std::string &peerPath, const Connection &c,
                const Refusals &refusals)
    {
        const bool otherEgress = !c.egress;
        const std::string &isolating = m_policies[std::size_t(refusals.isolatedBy)].metadata.name;
        const std::string remoteNs = listNames(refusals.namespaces);
        m_out.push_back(m_index.finding(
            Severity::Warning, "half-open-flow", index, peerPath,
            std::string(c.egress ? "egress" : "ingress") + " is allowed for "
                + listNames(refusals.what) + " on " + describePorts(*c.ports) + ", but no "
                + (otherEgress ? "egress" : "ingress") + " rule in " + remoteNs + " lets it "
                + (otherEgress ? "out" : "in") + " (" + isolating + " isolates "
                + refusals.isolated + "): the connection is refused",
            "add the matching " + std::string(otherEgress ? "egress" : "ingress") + " rule in "
                + remoteNs + ", or remove this one if the traffic is not wanted"));
    }

    const PolicyIndex &m_index;
    const PodInventory *m_pods; // null when the input shows no pods
    const std::vector<NetworkPolicy> &m_policies;
    Diagnostics &m_out;
};

} // namespace

void lintHalfOpen(const PolicyIndex &index, const PodInventory *pods, Diagnostics &out)
{
    HalfOpen(index, pods, out).run();
}

} // namespace Netpol::ManifestLint
