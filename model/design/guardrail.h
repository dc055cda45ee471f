#pragma once

#include "model/design/flowport.h"
#include "model/k8s/clusterpolicy.h"
#include "model/k8s/networkpolicy.h"

#include <string>
#include <vector>

namespace Netpol {

// A design's cluster guardrails (`guardrails:`): cluster-scoped rules that NetworkPolicies
// cannot override, generated as ClusterNetworkPolicy (or, with clusterPolicyApi v1alpha1, as
// AdminNetworkPolicy / BaselineAdminNetworkPolicy). docs/cluster-policies.md says how they
// evaluate; one Guardrail is one policy object with its rules in order.

// A subject or a peer: exactly one kind. Subjects are Namespaces or Pods only; Nodes,
// Networks and DomainNames are egress peers.
struct GuardrailPeer
{
    enum class Kind { Namespaces, Pods, Nodes, Networks, DomainNames };

    Kind kind = Kind::Namespaces;
    LabelSelector namespaces;        // Namespaces: the selector; Pods: namespaceSelector
    LabelSelector pods;              // Pods: podSelector ({}: every pod)
    LabelSelector nodes;             // Nodes
    std::vector<std::string> values; // Networks: CIDRs; DomainNames: host names

    bool operator==(const GuardrailPeer &) const = default;
};

const char *guardrailPeerKindName(GuardrailPeer::Kind kind); // "namespaces", "pods", ...

struct GuardrailRule
{
    std::string name;                   // optional, at most 100 characters
    ClusterAction action = ClusterAction::Deny;
    std::vector<GuardrailPeer> peers;   // ingress: from; egress: to (1-25)
    std::vector<FlowPort> ports;        // empty: every port of every protocol

    bool operator==(const GuardrailRule &) const = default;
};

struct Guardrail
{
    std::string name;                   // metadata.name of the generated object
    ClusterTier tier = ClusterTier::Admin;
    int priority = 0;                   // 0-1000, lower first within a tier
    GuardrailPeer subject;              // Namespaces or Pods
    std::vector<GuardrailRule> ingress; // in evaluation order
    std::vector<GuardrailRule> egress;

    bool operator==(const Guardrail &) const = default;
};

// Which objects the generator writes guardrails as.
enum class ClusterPolicyApi { V1beta1, V1alpha2, V1alpha1 };

const char *clusterPolicyApiName(ClusterPolicyApi api); // "v1beta1", "v1alpha2", "v1alpha1"
std::optional<ClusterPolicyApi> parseClusterPolicyApi(std::string_view text);

} // namespace Netpol
