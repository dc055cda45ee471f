#include "model/evaluator.h"

namespace Netpol {

NetworkPeer NetworkPeer::pod(std::string ns, Labels labels, Labels namespaceLabels,
                             std::vector<ContainerPort> ports, std::optional<IpAddress> ip)
{
    NetworkPeer p;
    p.isPod = true;
    namespaceLabels[kNamespaceNameLabel] = ns;
    p.ns = std::move(ns);
    p.labels = std::move(labels);
    p.namespaceLabels = std::move(namespaceLabels);
    p.ports = std::move(ports);
    p.ip = ip;
    return p;
}

NetworkPeer NetworkPeer::address(IpAddress ip)
{
    NetworkPeer p;
    p.isPod = false;
    p.ip = ip;
    return p;
}

std::optional<int> NetworkPeer::resolveNamedPort(const std::string &name, Protocol protocol) const
{
    for (const ContainerPort &p : ports) {
        if (p.name == name && p.protocol == protocol)
            return p.port;
    }
    return std::nullopt;
}

PolicyEvaluator::PolicyEvaluator(std::vector<NetworkPolicy> policies)
    : m_policies(std::move(policies))
{
    for (std::size_t i = 0; i < m_policies.size(); ++i)
        m_byNamespace[m_policies[i].metadata.ns].push_back(i);
}

bool PolicyEvaluator::portMatches(const NetworkPolicyPort &entry, const NetworkPeer &destination,
                                  int port, Protocol protocol)
{
    if (entry.effectiveProtocol() != protocolName(protocol))
        return false;
    if (!entry.port)
        return true;
    if (entry.port->isName) {
        if (!destination.isPod)
            return false;
        const auto resolved = destination.resolveNamedPort(entry.port->name, protocol);
        return resolved && *resolved == port;
    }
    if (entry.endPort)
        return port >= entry.port->number && port <= *entry.endPort;
    return port == entry.port->number;
}

bool PolicyEvaluator::peerMatches(const NetworkPolicyPeer &peer, const std::string &policyNamespace,
                                  const NetworkPeer &remote)
{
    if (peer.ipBlock) {
        if (!remote.ip)
            return false;
        const CidrParse cidr = parseCidr(peer.ipBlock->cidr);
        if (!cidr.cidr || !cidr.cidr->contains(*remote.ip))
            return false;
        for (const std::string &text : peer.ipBlock->except) {
            const CidrParse except = parseCidr(text);
            if (except.cidr && except.cidr->contains(*remote.ip))
                return false;
        }
        return true;
    }
    if (!peer.podSelector && !peer.namespaceSelector)
        return false; // invalid: selects nothing
    if (!remote.isPod)
        return false;
    if (peer.namespaceSelector) {
        if (!peer.namespaceSelector->matches(remote.namespaceLabels))
            return false;
    } else if (remote.ns != policyNamespace) {
        return false; // podSelector alone: the policy's own namespace
    }
    return !peer.podSelector || peer.podSelector->matches(remote.labels);
}

bool PolicyEvaluator::ruleMatches(const NetworkPolicyRule &rule, const std::string &policyNamespace,
                                  const NetworkPeer &remote, const NetworkPeer &destination,
                                  int port, Protocol protocol)
{
    bool portOk = rule.ports.empty();
    for (const NetworkPolicyPort &entry : rule.ports) {
        if (portMatches(entry, destination, port, protocol)) {
            portOk = true;
            break;
        }
    }
    if (!portOk)
        return false;
    if (rule.peers.empty())
        return true;
    for (const NetworkPolicyPeer &peer : rule.peers) {
        if (peerMatches(peer, policyNamespace, remote))
            return true;
    }
    return false;
}

bool PolicyEvaluator::isolated(const NetworkPeer &pod, bool egress) const
{
    if (!pod.isPod)
        return false;
    const auto it = m_byNamespace.find(pod.ns);
    if (it == m_byNamespace.end())
        return false;
    for (std::size_t index : it->second) {
        const NetworkPolicy &p = m_policies[index];
        const PolicyTypes types = p.effectiveTypes();
        if ((egress ? types.egress : types.ingress) && p.spec.podSelector.matches(pod.labels))
            return true;
    }
    return false;
}

bool PolicyEvaluator::sideAllows(const NetworkPeer &subject, bool egress, const NetworkPeer &remote,
                                 const NetworkPeer &destination, int port, Protocol protocol) const
{
    if (!subject.isPod)
        return true; // addresses outside the cluster are not subject to NetworkPolicy
    const auto it = m_byNamespace.find(subject.ns);
    if (it == m_byNamespace.end())
        return true;
    bool isolatedSide = false;
    for (std::size_t index : it->second) {
        const NetworkPolicy &p = m_policies[index];
        const PolicyTypes types = p.effectiveTypes();
        if (!(egress ? types.egress : types.ingress) || !p.spec.podSelector.matches(subject.labels))
            continue;
        isolatedSide = true;
        for (const NetworkPolicyRule &rule : egress ? p.spec.egress : p.spec.ingress) {
            if (ruleMatches(rule, p.metadata.ns, remote, destination, port, protocol))
                return true;
        }
    }
    return !isolatedSide;
}

bool PolicyEvaluator::egressAllowed(const NetworkPeer &from, const NetworkPeer &to, int port,
                                    Protocol protocol) const
{
    return sideAllows(from, true, to, to, port, protocol);
}

bool PolicyEvaluator::ingressAllowed(const NetworkPeer &from, const NetworkPeer &to, int port,
                                     Protocol protocol) const
{
    return sideAllows(to, false, from, to, port, protocol);
}

bool PolicyEvaluator::allowed(const NetworkPeer &from, const NetworkPeer &to, int port,
                              Protocol protocol) const
{
    return egressAllowed(from, to, port, protocol) && ingressAllowed(from, to, port, protocol);
}

} // namespace Netpol
