#include "model/design/guardrailpolicy.h"

namespace Netpol {

namespace {

ClusterPolicyPeer clusterPeer(const GuardrailPeer &peer)
{
    ClusterPolicyPeer out;
    out.written = {guardrailPeerKindName(peer.kind)};
    switch (peer.kind) {
    case GuardrailPeer::Kind::Namespaces: out.namespaces = peer.namespaces; break;
    case GuardrailPeer::Kind::Pods:
        out.pods = ClusterPodSelector{peer.namespaces, peer.pods};
        break;
    case GuardrailPeer::Kind::Nodes: out.nodes = peer.nodes; break;
    case GuardrailPeer::Kind::Networks: out.networks = peer.values; break;
    case GuardrailPeer::Kind::DomainNames: out.domainNames = peer.values; break;
    }
    return out;
}

ClusterPolicyPort clusterPort(const FlowPort &port)
{
    ClusterPolicyPort out;
    out.protocol = std::string(protocolName(port.protocol));
    switch (port.kind) {
    case FlowPort::Kind::Number: out.number = port.port; break;
    case FlowPort::Kind::Range:
        out.isRange = true;
        out.start = port.port;
        out.end = port.endPort;
        break;
    case FlowPort::Kind::Named: out.namedPort = port.name; break;
    case FlowPort::Kind::AllPorts:
        out.isRange = true;
        out.start = 1;
        out.end = 65535;
        break;
    }
    return out;
}

ClusterPolicyRule clusterRule(const GuardrailRule &rule)
{
    ClusterPolicyRule out;
    out.name = rule.name;
    switch (rule.action) {
    case ClusterAction::Accept: out.action = "Accept"; break;
    case ClusterAction::Deny: out.action = "Deny"; break;
    case ClusterAction::Pass: out.action = "Pass"; break;
    }
    out.hasPeers = true;
    for (const GuardrailPeer &peer : rule.peers)
        out.peers.push_back(clusterPeer(peer));
    out.hasPorts = !rule.ports.empty();
    for (const FlowPort &port : rule.ports)
        out.ports.push_back(clusterPort(port));
    return out;
}

} // namespace

ClusterPolicy guardrailClusterPolicy(const Guardrail &guardrail)
{
    ClusterPolicy policy;
    policy.kind = ClusterPolicyKind::ClusterNetworkPolicy;
    policy.apiVersion = "policy.networking.k8s.io/v1beta1";
    policy.metadata.name = guardrail.name;
    policy.hasSpec = true;
    policy.tier = clusterTierName(guardrail.tier);
    policy.priority = guardrail.priority;
    policy.hasSubject = true;
    policy.subject = clusterPeer(guardrail.subject);
    for (const GuardrailRule &rule : guardrail.ingress)
        policy.ingress.push_back(clusterRule(rule));
    for (const GuardrailRule &rule : guardrail.egress)
        policy.egress.push_back(clusterRule(rule));
    return policy;
}

std::vector<ClusterPolicy> guardrailClusterPolicies(const Design &design)
{
    std::vector<ClusterPolicy> policies;
    for (const Guardrail &guardrail : design.guardrails)
        policies.push_back(guardrailClusterPolicy(guardrail));
    return policies;
}

void addGuardrailPolicies(const Design &design, ManifestSet &manifests)
{
    if (!manifests.clusterPolicies.empty())
        return;
    manifests.clusterPolicies = guardrailClusterPolicies(design);
    manifests.clusterPolicySources.assign(manifests.clusterPolicies.size(), SourceMap());
    manifests.clusterPolicyErrors.assign(manifests.clusterPolicies.size(), 0);
}

} // namespace Netpol
