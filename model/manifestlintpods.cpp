// The manifest lint's checks on the input's pods: selectors judged against the pods of their
// namespace, and namespaces whose pods no policy protects. Only namespaces whose pods the
// input shows are judged here (PodInventory::knows); the policy-only checks cover the others.

#include "model/manifestlint_p.h"

#include "model/selectorlogic.h"

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

void PodChecks::namespacesWithoutPolicies()
{
    std::set<std::string> done;
    for (const PodClass &c : m_pods.classes()) {
        const std::string &ns = c.peer.ns;
        if (!done.insert(ns).second || !m_index.policiesIn(ns).empty())
            continue;
        Location where = m_pods.workloads()[c.members.front()].location;
        for (const ClusterNamespace &declared : m_pods.namespaces()) {
            if (declared.name == ns && !declared.implicit)
                where = declared.location;
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

} // namespace Netpol::ManifestLint
