#include "model/design/guardrailpolicy.h"

#include <algorithm>

namespace Netpol {

namespace {

ClusterPolicyPeer policyPeer(const GuardrailPeer &peer, bool v1alpha1)
{
    ClusterPolicyPeer out;
    out.written.push_back(guardrailPeerKindName(peer.kind));
    switch (peer.kind) {
    case GuardrailPeer::Kind::Namespaces:
        out.namespaces = peer.namespaces;
        break;
    case GuardrailPeer::Kind::Pods: {
        ClusterPodSelector pods;
        // v1alpha1 requires the namespaceSelector; a ClusterNetworkPolicy leaves an empty one
        // out (the same: every namespace).
        if (v1alpha1 || !peer.namespaces.isEmpty())
            pods.namespaceSelector = peer.namespaces;
        pods.podSelector = peer.pods;
        out.pods = std::move(pods);
        break;
    }
    case GuardrailPeer::Kind::Nodes:
        out.nodes = peer.nodes;
        break;
    case GuardrailPeer::Kind::Networks:
        out.networks = peer.values;
        break;
    case GuardrailPeer::Kind::DomainNames:
        out.domainNames = peer.values;
        break;
    }
    return out;
}

std::string lower(Protocol protocol)
{
    switch (protocol) {
    case Protocol::TCP: return "tcp";
    case Protocol::UDP: return "udp";
    case Protocol::SCTP: return "sctp";
    }
    return "tcp";
}

ClusterPolicyPort policyPort(const FlowPort &port, bool v1alpha1)
{
    ClusterPolicyPort out;
    out.protocol = std::string(protocolName(port.protocol));
    if (port.kind == FlowPort::Kind::Named) {
        out.written.push_back(v1alpha1 ? "namedPort" : "destinationNamedPort");
        out.namedPort = port.name;
        return out;
    }
    // A range of one port is that port (the CRD wants start < end).
    const bool range = port.kind == FlowPort::Kind::AllPorts
                       || (port.kind == FlowPort::Kind::Range && port.endPort != port.port);
    if (range) {
        out.isRange = true;
        out.start = port.kind == FlowPort::Kind::Range ? port.port : 1;
        out.end = port.kind == FlowPort::Kind::Range ? port.endPort : 65535;
    } else {
        out.number = port.port;
    }
    if (v1alpha1) {
        out.written.push_back(range ? "portRange" : "portNumber");
    } else {
        out.written.push_back(lower(port.protocol));
        out.portWritten.push_back(range ? "range" : "number");
    }
    return out;
}

std::vector<ClusterPolicyRule> policyRules(const std::vector<GuardrailRule> &rules,
                                           ClusterPolicyKind kind)
{
    const bool v1alpha1 = kind != ClusterPolicyKind::ClusterNetworkPolicy;
    std::vector<ClusterPolicyRule> out;
    for (const GuardrailRule &rule : rules) {
        ClusterPolicyRule r;
        r.name = rule.name;
        switch (rule.action) {
        case ClusterAction::Accept: r.action = v1alpha1 ? "Allow" : "Accept"; break;
        case ClusterAction::Deny: r.action = "Deny"; break;
        case ClusterAction::Pass: r.action = "Pass"; break;
        }
        r.hasPeers = true;
        for (const GuardrailPeer &peer : rule.peers)
            r.peers.push_back(policyPeer(peer, v1alpha1));
        r.hasPorts = !rule.ports.empty();
        for (const FlowPort &port : rule.ports)
            r.ports.push_back(policyPort(port, v1alpha1));
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

std::string clusterPolicyApiVersion(ClusterPolicyApi api)
{
    return std::string("policy.networking.k8s.io/") + clusterPolicyApiName(api);
}

ClusterPolicy guardrailPolicy(const Guardrail &guardrail, ClusterPolicyApi api)
{
    ClusterPolicy p;
    const bool v1alpha1 = api == ClusterPolicyApi::V1alpha1;
    if (!v1alpha1)
        p.kind = ClusterPolicyKind::ClusterNetworkPolicy;
    else if (guardrail.tier == ClusterTier::Admin)
        p.kind = ClusterPolicyKind::AdminNetworkPolicy;
    else
        p.kind = ClusterPolicyKind::BaselineAdminNetworkPolicy;
    p.apiVersion = clusterPolicyApiVersion(api);
    p.metadata.name = guardrail.name;
    p.hasSpec = true;
    if (!v1alpha1)
        p.tier = clusterTierName(guardrail.tier);
    if (p.kind != ClusterPolicyKind::BaselineAdminNetworkPolicy)
        p.priority = guardrail.priority;
    p.hasSubject = true;
    p.subject = policyPeer(guardrail.subject, v1alpha1);
    p.ingress = policyRules(guardrail.ingress, p.kind);
    p.egress = policyRules(guardrail.egress, p.kind);
    return p;
}

std::string guardrailFieldOf(const std::string &policyPath)
{
    if (policyPath.rfind("metadata.name", 0) == 0)
        return "name";
    if (policyPath.rfind("metadata", 0) == 0)
        return {};
    std::string path = policyPath.rfind("spec.", 0) == 0 ? policyPath.substr(5) : policyPath;
    if (path == "spec")
        return {};
    // A port entry is one FlowPort in the design: cut below it, and name it `ports`.
    for (const char *key : {".protocols[", ".ports["}) {
        const auto at = path.find(key);
        if (at == std::string::npos)
            continue;
        const auto close = path.find(']', at);
        return path.substr(0, at) + ".ports" + path.substr(at + std::string(key).size() - 1,
                                                           close - at - std::string(key).size() + 2);
    }
    return path;
}

std::optional<Guardrail> guardrailFromPolicy(const ClusterPolicy &policy, std::string *why)
{
    const auto tier = policy.effectiveTier();
    if (!tier) {
        if (why)
            *why = "its tier is not Admin or Baseline";
        return std::nullopt;
    }
    const auto peerOf = [](const ClusterPolicyPeer &peer) -> std::optional<GuardrailPeer> {
        GuardrailPeer out;
        if (peer.written.size() != 1)
            return std::nullopt;
        if (peer.namespaces) {
            out.kind = GuardrailPeer::Kind::Namespaces;
            out.namespaces = *peer.namespaces;
        } else if (peer.pods) {
            out.kind = GuardrailPeer::Kind::Pods;
            out.namespaces = peer.pods->namespaceSelector.value_or(LabelSelector());
            out.pods = peer.pods->podSelector.value_or(LabelSelector());
        } else if (peer.nodes) {
            out.kind = GuardrailPeer::Kind::Nodes;
            out.nodes = *peer.nodes;
        } else if (peer.networks) {
            out.kind = GuardrailPeer::Kind::Networks;
            out.values = *peer.networks;
        } else if (peer.domainNames) {
            out.kind = GuardrailPeer::Kind::DomainNames;
            out.values = *peer.domainNames;
        } else {
            return std::nullopt;
        }
        return out;
    };
    Guardrail g;
    g.name = policy.metadata.name;
    g.tier = *tier;
    g.priority = int(policy.priority.value_or(1000));
    const auto subject = peerOf(policy.subject);
    if (!subject) {
        if (why)
            *why = "its subject does not name exactly one of namespaces, pods";
        return std::nullopt;
    }
    g.subject = *subject;
    const auto rulesOf = [&](const std::vector<ClusterPolicyRule> &rules,
                             std::vector<GuardrailRule> &out) {
        for (const ClusterPolicyRule &rule : rules) {
            GuardrailRule r;
            r.name = rule.name;
            const auto action = policy.ruleAction(rule);
            if (!action) {
                if (why)
                    *why = "rule action " + rule.action + " is not one of the kind's";
                return false;
            }
            r.action = *action;
            for (const ClusterPolicyPeer &peer : rule.peers) {
                const auto p = peerOf(peer);
                if (!p) {
                    if (why)
                        *why = "a peer does not name exactly one field";
                    return false;
                }
                r.peers.push_back(*p);
            }
            for (const ClusterPolicyPort &port : rule.ports) {
                const auto protocol = parseProtocol(port.protocol);
                if (port.namedPort) {
                    r.ports.push_back(FlowPort::named(*port.namedPort));
                } else if (!protocol || port.written.size() != 1) {
                    if (why)
                        *why = "a port entry names no single protocol";
                    return false;
                } else if (port.isRange && port.start && port.end) {
                    if (*port.start <= 1 && *port.end >= 65535)
                        r.ports.push_back(FlowPort::allPorts(*protocol));
                    else if (*port.start == *port.end)
                        r.ports.push_back(FlowPort::number(int(*port.start), *protocol));
                    else
                        r.ports.push_back(
                            FlowPort::range(int(*port.start), int(*port.end), *protocol));
                } else if (port.number) {
                    r.ports.push_back(FlowPort::number(int(*port.number), *protocol));
                } else {
                    if (why)
                        *why = "a port entry has no port";
                    return false;
                }
            }
            out.push_back(std::move(r));
        }
        return true;
    };
    if (!rulesOf(policy.ingress, g.ingress) || !rulesOf(policy.egress, g.egress))
        return std::nullopt;
    return g;
}

} // namespace Netpol
