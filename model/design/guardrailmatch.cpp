#include "model/design/guardrailmatch.h"

#include "model/k8s/cidr.h"

namespace Netpol {

namespace {

std::vector<int> matchingNamespaces(const Design &design, const LabelSelector &selector)
{
    std::vector<int> found;
    for (std::size_t i = 0; i < design.namespaces.size(); ++i) {
        if (selector.matches(design.namespaces[i].effectiveLabels()))
            found.push_back(int(i));
    }
    return found;
}

bool insideNetworks(const std::string &cidrText, const std::vector<std::string> &networks)
{
    const CidrParse range = parseCidr(cidrText);
    if (!range.cidr)
        return false;
    for (const std::string &network : networks) {
        const CidrParse outer = parseCidr(network);
        if (outer.cidr && outer.cidr->contains(*range.cidr))
            return true;
    }
    return false;
}

} // namespace

GuardrailSelection selectGuardrailPeer(const Design &design, const GuardrailPeer &peer)
{
    GuardrailSelection selection;
    switch (peer.kind) {
    case GuardrailPeer::Kind::Namespaces:
        selection.namespaces = matchingNamespaces(design, peer.namespaces);
        break;
    case GuardrailPeer::Kind::Pods: {
        const std::vector<int> namespaces = matchingNamespaces(design, peer.namespaces);
        if (peer.pods.isEmpty()) {
            selection.namespaces = namespaces;
            break;
        }
        for (std::size_t i = 0; i < design.workloads.size(); ++i) {
            const Workload &workload = design.workloads[i];
            const Namespace *ns = design.findNamespace(workload.ns);
            if (!ns || !peer.pods.matches(workload.labels))
                continue;
            const int nsIndex = int(ns - design.namespaces.data());
            for (int candidate : namespaces) {
                if (candidate == nsIndex) {
                    selection.workloads.push_back(int(i));
                    break;
                }
            }
        }
        break;
    }
    case GuardrailPeer::Kind::Networks:
        for (std::size_t i = 0; i < design.externals.size(); ++i) {
            if (insideNetworks(design.externals[i].cidr, peer.values))
                selection.externals.push_back(int(i));
        }
        break;
    case GuardrailPeer::Kind::Nodes:
    case GuardrailPeer::Kind::DomainNames:
        break;
    }
    return selection;
}

} // namespace Netpol
