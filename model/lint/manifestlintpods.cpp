// The manifest lint's checks on the input's pods: selectors judged against the pods of their
// namespace, and namespaces whose pods no policy protects. Only namespaces whose pods the
// input shows are judged here (PodInventory::knows); the policy-only checks cover the others.

#include "model/lint/manifestlint_p.h"

#include "model/k8s/selectorlogic.h"

#include <algorithm>
#include <set>

namespace Netpol::ManifestLint {

void PodChecks::add(Severity severity, const char *code, const Location &where,
                    std::string message, std::string hint)
{
    m_out.push_back(Diagnostic{severity, code, std::move(message), where, std::move(hint)});
}

std::vector<std::string> PodChecks::names(const std::vector<std::size_t> &classes,
                                          const std::string &ns) const
{
    std::vector<std::string> out;
    for (std::size_t c : classes)
        out.push_back(m_pods.describe(c, ns));
    return out;
}

void PodChecks::podSelector(int index)
{
    const NetworkPolicy &p = m_pods.policy(std::size_t(index));
    const std::string &ns = p.metadata.ns;
    if (!m_pods.matching(ns, p.spec.podSelector).empty())
        return;
    const std::vector<std::size_t> &shown = m_pods.classesIn(ns);
    m_out.push_back(m_index.finding(
        Severity::Warning, "selects-nothing", index, "spec.podSelector",
        "the podSelector of " + ns + '/' + p.metadata.name + " ("
            + formatSelector(p.spec.podSelector) + ") matches none of the pods the input has in "
            + ns + " (" + listNames(names(shown, ns)) + "): the policy has no effect on them",
        "compare the selector with the pods' labels, or remove the policy if its pods are gone"));
}

bool PodChecks::peer(int index, const NetworkPolicyPeer &peer, const std::string &path)
{
    if (peer.ipBlock)
        return false;
    const std::string &own = m_pods.policy(std::size_t(index)).metadata.ns;
    std::set<std::string> namespaces = {own};
    if (peer.namespaceSelector) {
        const auto named = namespacesNamedBy(*peer.namespaceSelector);
        if (!named)
            return false; // other namespaces with those labels may exist
        namespaces = *named;
    }
    const LabelSelector pods = peer.podSelector.value_or(LabelSelector{});
    std::vector<std::string> list;
    for (const std::string &ns : namespaces) {
        if (!m_pods.knows(ns))
            return false;
        if (!m_pods.matching(ns, pods).empty())
            return true;
        list.push_back(ns);
    }
    m_out.push_back(m_index.finding(
        Severity::Warning, "selects-nothing", index, path + ".podSelector",
        "this peer's podSelector (" + formatSelector(pods) + ") matches none of the pods the "
            + "input has in " + listNames(list) + ": the peer allows nothing",
        "compare the selector with the pods' labels, or remove the peer"));
    return true;
}

std::optional<std::vector<std::size_t>> PodChecks::knownDestinations(int index,
                                                                     std::size_t rule) const
{
    const NetworkPolicy &p = m_pods.policy(std::size_t(index));
    const std::vector<NetworkPolicyPeer> &peers = p.spec.egress[rule].peers;
    if (peers.empty())
        return std::nullopt;
    std::set<std::size_t> classes;
    for (std::size_t k = 0; k < peers.size(); ++k) {
        if (peers[k].ipBlock)
            return std::nullopt; // its addresses may be pods'
        std::set<std::string> namespaces = {p.metadata.ns};
        if (peers[k].namespaceSelector) {
            const auto named = namespacesNamedBy(*peers[k].namespaceSelector);
            if (!named)
                return std::nullopt;
            namespaces = *named;
        }
        const LabelSelector pods = peers[k].podSelector.value_or(LabelSelector{});
        for (const std::string &ns : namespaces) {
            if (!m_pods.knows(ns))
                return std::nullopt;
            for (std::size_t c : m_pods.matching(ns, pods)) {
                if (m_pods.evaluator().peerMatchesAt(std::size_t(index), true, rule, k,
                                                     m_pods.podClass(c).peer))
                    classes.insert(c);
            }
        }
    }
    return std::vector<std::size_t>(classes.begin(), classes.end());
}

void PodChecks::namedPorts(int index)
{
    const NetworkPolicy &p = m_pods.policy(std::size_t(index));
    const PolicyTypes types = p.effectiveTypes();
    for (const bool egress : {false, true}) {
        if (!(egress ? types.egress : types.ingress))
            continue; // ignored rules: ignored-rules says so
        const auto &rules = egress ? p.spec.egress : p.spec.ingress;
        for (std::size_t r = 0; r < rules.size(); ++r) {
            std::optional<std::vector<std::size_t>> destinations;
            if (egress)
                destinations = knownDestinations(index, r);
            else
                destinations = m_pods.selectedBy(std::size_t(index));
            if (!destinations || destinations->empty())
                continue; // unknown, or nobody: selects-nothing
            for (std::size_t k = 0; k < rules[r].ports.size(); ++k) {
                const NetworkPolicyPort &entry = rules[r].ports[k];
                const auto protocol = parseProtocol(entry.effectiveProtocol());
                if (!entry.port || !entry.port->isName || !protocol)
                    continue;
                const bool defined = std::any_of(
                    destinations->begin(), destinations->end(), [&](std::size_t c) {
                        return m_pods.podClass(c)
                            .peer.resolveNamedPort(entry.port->name, *protocol)
                            .has_value();
                    });
                if (defined)
                    continue;
                const std::string port = entry.port->name + '/' + entry.effectiveProtocol();
                const std::string path = std::string(egress ? "spec.egress[" : "spec.ingress[")
                                         + std::to_string(r) + "].ports[" + std::to_string(k)
                                         + "].port";
                m_out.push_back(m_index.finding(
                    Severity::Warning, "unknown-named-port", index, path,
                    "the named port " + port + " is defined by none of the pods this rule's "
                        + "traffic goes to (" + listNames(names(*destinations, p.metadata.ns))
                        + (destinations->size() == 1 ? " has no " : " have no ")
                        + entry.effectiveProtocol() + " container port called "
                        + entry.port->name + "): this port entry matches nothing",
                    "name the container port " + entry.port->name + " on those pods, or write "
                        + "its number"));
            }
        }
    }
}

void PodChecks::namespacesWithoutPolicies()
{
    std::set<std::string> done;
    for (const PodClass &c : m_pods.classes()) {
        const std::string &ns = c.peer.ns;
        if (!done.insert(ns).second || !m_index.policiesIn(ns).empty())
            continue;
        Location where = m_pods.workloads()[c.members.front()].location;
        const ClusterNamespace *declared = m_pods.findNamespace(ns);
        if (declared && !declared->implicit)
            where = declared->location;
        if (!m_pods.guardrailsSelecting(ns).empty()) {
            guardedNamespaceWithoutPolicies(ns, where);
            egressWithoutDnsThroughTiers(ns); // a guardrail may deny it without NetworkPolicy
            continue;
        }
        add(Severity::Warning, "no-default-deny", where,
            "namespace " + ns + " has pods in the input ("
                + listNames(names(m_pods.classesIn(ns), ns))
                + ") and no NetworkPolicy: every connection to and from them is allowed (not "
                  "zero-trust)",
            "add a default deny to " + ns
                + " (podSelector: {}, policyTypes: [Ingress, Egress]) and allow what its pods "
                  "need");
    }
}

void PodChecks::egressWithoutDns(const std::string &ns)
{
    if (m_pods.hasGuardrails()) {
        egressWithoutDnsThroughTiers(ns);
        return;
    }
    const std::vector<std::size_t> &dns = m_pods.dnsClasses();
    const PortSet dnsPort = PortSet::range(Protocol::UDP, 53, 53);
    std::vector<std::size_t> without;
    for (std::size_t c : m_pods.classesIn(ns)) {
        const PodClass &pods = m_pods.podClass(c);
        if (!pods.isolated(true) || std::find(dns.begin(), dns.end(), c) != dns.end())
            continue; // open, or a resolver itself
        bool resolves = false;
        for (std::size_t d : dns)
            resolves = resolves || !m_pods.sidePorts(c, true, d).intersect(dnsPort).empty();
        for (std::size_t index : pods.egressPolicies) {
            const auto &rules = m_pods.policy(index).spec.egress;
            resolves = resolves
                       || (dns.empty() && std::any_of(rules.begin(), rules.end(), allowsDns));
        }
        if (!resolves)
            without.push_back(c);
    }
    if (without.empty())
        return;
    const std::size_t denying = m_pods.podClass(without.front()).egressPolicies.front();
    std::string reach = "no policy allows them DNS (53/UDP)";
    if (!dns.empty())
        reach = "no policy lets them reach the DNS pods (" + listNames(names(dns, ns))
                + ") on 53/UDP";
    m_out.push_back(m_index.finding(
        Severity::Warning, "egress-without-dns", int(denying), "spec.policyTypes",
        "policy " + ns + '/' + m_pods.policy(denying).metadata.name + " denies egress to "
            + listNames(names(without, ns)) + ", and " + reach + ": they cannot resolve names",
        "add an allow-dns policy: podSelector {}, egress to the DNS pods (kube-system) on "
        "53/UDP and 53/TCP"));
}

bool PodChecks::nodeMayReach(const PodClass &pods, const ManifestProbe &probe) const
{
    PortSet ports = PortSet::protocol(Protocol::TCP); // a name the pods do not define: any
    if (probe.port && !probe.port->isName)
        ports = PortSet::range(Protocol::TCP, int(probe.port->number), int(probe.port->number));
    else if (probe.port)
        if (const auto number = pods.peer.resolveNamedPort(probe.port->name, Protocol::TCP))
            ports = PortSet::range(Protocol::TCP, *number, *number);
    for (std::size_t index : pods.ingressPolicies) {
        for (const NetworkPolicyRule &rule : m_pods.policy(index).spec.ingress) {
            const bool fromAddresses = rule.peers.empty()
                                       || std::any_of(rule.peers.begin(), rule.peers.end(),
                                                      [](const NetworkPolicyPeer &peer) {
                                                          return peer.ipBlock.has_value();
                                                      });
            if (fromAddresses && !PortSet::ofRule(rule, pods.peer).intersect(ports).empty())
                return true;
        }
    }
    return false;
}

void PodChecks::kubeletProbes()
{
    for (const PodClass &pods : m_pods.classes()) {
        if (!pods.isolated(false))
            continue;
        const ManifestProbe *unreached = nullptr;
        for (std::size_t member : pods.members) {
            for (const ManifestProbe &probe : m_pods.workloads()[member].probes) {
                if (!unreached && probe.overNetwork() && !nodeMayReach(pods, probe))
                    unreached = &probe;
            }
        }
        if (!unreached)
            continue;
        const std::string port = !unreached->port         ? std::string("its port")
                                 : unreached->port->isName ? "port " + unreached->port->name
                                                          : "port "
                                                                + std::to_string(
                                                                    unreached->port->number);
        const NetworkPolicy &isolating = m_pods.policy(pods.ingressPolicies.front());
        add(Severity::Info, "kubelet-probes", unreached->location,
            pods.peer.ns + '/' + pods.name + " has a " + unreached->type + " probe ("
                + unreached->handler + " on " + port + ") and " + isolating.metadata.name
                + " isolates its ingress with no rule for the node's addresses: NetworkPolicy "
                  "always lets a pod's own node in, but some network plugins drop that traffic",
            "if the probe fails, allow ingress on " + port
                + " from the node network with an ipBlock (the design's nodeCIDR option "
                  "generates it)");
    }
}

} // namespace Netpol::ManifestLint
