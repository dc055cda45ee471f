// Half-open rules: a rule allows a connection on its side (egress of the client, or ingress of
// the server), while the other side certainly refuses all of it: the remote pods are isolated
// for the opposite direction and no rule there could admit any of the connections this rule
// allows. NetworkPolicy needs both sides (semantics page, section 3), so such a rule allows
// nothing: the seed's complete example lets frontend send to api-server, but api-server's
// namespace denies that ingress.
//
// Without the pods, a peer's pods are known by its selectors: a podSelector alone means the
// policy's namespace, a namespaceSelector only counts when it names namespaces by
// kubernetes.io/metadata.name (others need the Namespace objects, which come with the pod
// inventory). A finding needs every remote pod isolated and no remote rule possibly matching.

#include "model/manifestlint_p.h"

#include "model/selectorlogic.h"

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

class HalfOpen
{
public:
    HalfOpen(const PolicyIndex &index, Diagnostics &out)
        : m_index(index)
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
        for (std::size_t r = 0; r < rules.size(); ++r) {
            for (std::size_t k = 0; k < rules[r].peers.size(); ++k) {
                const NetworkPolicyPeer &peer = rules[r].peers[k];
                if (peer.ipBlock)
                    continue;
                const LabelSelector remotePods = peer.podSelector.value_or(LabelSelector{});
                if (!canMatchAnything(remotePods))
                    continue;
                std::set<std::string> namespaces = {policyNamespace(p)};
                if (peer.namespaceSelector) {
                    const auto named = namespacesNamedBy(*peer.namespaceSelector);
                    if (!named)
                        continue;
                    namespaces = *named;
                }
                for (const std::string &ns : namespaces) {
                    Connection c{policyNamespace(p), p.spec.podSelector, ns,
                                 remotePods,         &rules[r].ports,    egress};
                    const std::string peerPath = path + '[' + std::to_string(r) + "]." + peersKey
                                                 + '[' + std::to_string(k) + ']';
                    check(index, peerPath, c);
                }
            }
        }
    }

    // The other side: the remote pods' policies for the opposite direction.
    void check(int index, const std::string &peerPath, const Connection &c)
    {
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
                    return; // possibly admitted
            }
        }
        if (isolatedBy < 0)
            return;
        const std::string &isolating = m_policies[std::size_t(isolatedBy)].metadata.name;
        const std::string local = describePods(c.localPods, c.localNs);
        const std::string remote = describePods(c.remotePods, c.remoteNs);
        const std::string what = c.egress ? local + " -> " + remote : remote + " -> " + local;
        m_out.push_back(m_index.finding(
            Severity::Warning, "half-open-flow", index, peerPath,
            std::string(c.egress ? "egress" : "ingress") + " is allowed for " + what + " on "
                + describePorts(*c.ports) + ", but no " + (otherEgress ? "egress" : "ingress")
                + " rule in " + c.remoteNs + " lets it " + (otherEgress ? "out" : "in") + " ("
                + isolating + " isolates those pods): the connection is refused",
            "add the matching " + std::string(otherEgress ? "egress" : "ingress") + " rule in "
                + c.remoteNs + ", or remove this one if the traffic is not wanted"));
    }

    const PolicyIndex &m_index;
    const std::vector<NetworkPolicy> &m_policies;
    Diagnostics &m_out;
};

} // namespace

void lintHalfOpen(const PolicyIndex &index, Diagnostics &out)
{
    HalfOpen(index, out).run();
}

} // namespace Netpol::ManifestLint
