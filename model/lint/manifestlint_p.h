#pragma once

// Shared by the halves of the manifest lint (private to model/).

#include "model/core/diagnostic.h"
#include "model/lint/podinventory_p.h"
#include "model/manifests/manifestreader.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace Netpol::ManifestLint {

// The namespace a policy applies in: its metadata.namespace, or "default" when it has none
// (kubectl applies it to the current context's namespace; "default" is the usual one).
std::string policyNamespace(const NetworkPolicy &policy);

// The policies of the set by namespace and direction, with a lookup of the ones whose
// podSelector could pick a pod of a given selector.
class PolicyIndex
{
public:
    explicit PolicyIndex(const ManifestSet &set);

    const ManifestSet &set() const { return m_set; }
    const std::vector<std::string> &namespaces() const { return m_namespaceOrder; }
    // Policies of `ns` (indexes into set().policies), in input order.
    const std::vector<int> &policiesIn(const std::string &ns) const;
    // Policies of `ns` isolating `egress` or ingress whose podSelector overlaps `selector`.
    std::vector<int> selecting(const std::string &ns, bool egress,
                               const LabelSelector &selector) const;

    // A located finding on policy `index` at field path `path`.
    Diagnostic finding(Severity severity, const char *code, int index, const std::string &path,
                       std::string message, std::string hint) const;

private:
    struct Side
    {
        std::vector<int> all;
        std::vector<int> unlabelled; // podSelector without matchLabels
        std::unordered_map<std::string, std::unordered_map<std::string, std::vector<int>>> byLabel;
        mutable std::unordered_map<std::string, std::vector<int>> lacking; // built on first use
    };

    const Side *side(const std::string &ns, bool egress) const;

    const ManifestSet &m_set;
    std::vector<std::string> m_namespaceOrder;
    std::unordered_map<std::string, std::vector<int>> m_byNamespace;
    std::unordered_map<std::string, Side> m_sides; // "ns/I" or "ns/E"
};

// "every pod of prod", "pods app=web in prod", for messages.
std::string describePods(const LabelSelector &selector, const std::string &ns);
// "8080/TCP, dns/UDP" or "every port".
std::string describePorts(const std::vector<NetworkPolicyPort> &ports);
// Could a connection allowed by one port list also be allowed by the other? Named ports count
// as possibly matching any number (their numbers are only known on the pods).
bool portsOverlap(const std::vector<NetworkPolicyPort> &a, const std::vector<NetworkPolicyPort> &b);

// Could the rule let 53/UDP out (to anyone)? A named port could be 53.
bool allowsDns(const NetworkPolicyRule &rule);

// "a, b, c and 2 more".
std::string listNames(const std::vector<std::string> &names, std::size_t shown = 3);

// Does some Admin-tier guardrail of the set have an Accept rule for that direction?
bool guardrailsMayAccept(const ManifestSet &set, bool egress);
// The guardrails of the set whose subject may select pods of `ns` (by its namespace labels).
std::vector<std::string> guardrailsMaySelect(const ManifestSet &set, const std::string &ns);

// Rules whose other side (the remote pods' own policies) refuses the whole connection; judged
// on `pods` (may be null) where the input shows them.
void lintHalfOpen(const PolicyIndex &index, const PodInventory *pods, Diagnostics &out);

// The checks that judge the input's pods (manifestlintpods.cpp), for namespaces whose pods the
// input shows; the policy-only reasoning covers the others.
class PodChecks
{
public:
    PodChecks(const PolicyIndex &index, const PodInventory &pods, Diagnostics &out)
        : m_index(index)
        , m_pods(pods)
        , m_out(out)
    {}

    // selects-nothing: policy `index`'s podSelector matches none of its namespace's pods.
    void podSelector(int index);
    // selects-nothing: a peer of policy `index` (at `path`) whose namespaces are certain and
    // shown matches none of their pods. False when the peer cannot be judged on pods.
    bool peer(int index, const NetworkPolicyPeer &peer, const std::string &path);
    // unknown-named-port: a named port in a rule of policy `index` that none of the rule's
    // destination pods defines, when they are all known.
    void namedPorts(int index);
    // no-default-deny: namespaces with pods and no NetworkPolicy at all.
    void namespacesWithoutPolicies();
    // egress-without-dns: pods of `ns` isolated for egress that cannot reach the DNS pods on
    // 53/UDP (or, when the input shows none, have no rule that lets 53/UDP out).
    void egressWithoutDns(const std::string &ns);
    // kubelet-probes: pods with probes over the network, isolated for ingress, and no rule
    // that could let the node in on the probe's port.
    void kubeletProbes();

private:
    void add(Severity severity, const char *code, const Location &where, std::string message,
             std::string hint);
    // With guardrails (manifestlintguardrails.cpp): no-default-deny for a namespace without
    // NetworkPolicy whose pods some guardrail selects, from what the default still allows;
    // egress-without-dns through the tiers.
    void guardedNamespaceWithoutPolicies(const std::string &ns, const Location &where);
    void egressWithoutDnsThroughTiers(const std::string &ns);
    std::vector<std::string> names(const std::vector<std::size_t> &classes,
                                   const std::string &ns) const;
    bool nodeMayReach(const PodClass &pods, const ManifestProbe &probe) const;
    // The pods an egress rule's peers match, when every one of them is known; nullopt when
    // other pods could match (ipBlock, no peers, namespaces found by labels or not shown).
    std::optional<std::vector<std::size_t>> knownDestinations(int index, std::size_t rule) const;

    const PolicyIndex &m_index;
    const PodInventory &m_pods;
    Diagnostics &m_out;
};

} // namespace Netpol::ManifestLint
