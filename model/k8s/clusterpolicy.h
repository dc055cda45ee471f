#pragma once

#include "model/k8s/networkpolicy.h"

#include <optional>
#include <string>
#include <vector>

namespace Netpol {

// The cluster guardrails of the network-policy-api project (policy.networking.k8s.io), as
// typed values: ClusterNetworkPolicy (v1beta1, v1alpha2), AdminNetworkPolicy and
// BaselineAdminNetworkPolicy (v1alpha1). The three share one shape here, the kind saying which
// rules apply (docs/cluster-policies.md). Values stay as written (strings for enums, wide
// integers for numbers), and objects that must hold exactly one field keep the names of the
// fields written, so that validation can report what the CRD would refuse.

enum class ClusterPolicyKind {
    ClusterNetworkPolicy,
    AdminNetworkPolicy,
    BaselineAdminNetworkPolicy
};

const char *clusterPolicyKindName(ClusterPolicyKind kind);
std::optional<ClusterPolicyKind> parseClusterPolicyKind(const std::string &kind);

enum class ClusterTier { Admin, Baseline };
enum class ClusterAction { Accept, Deny, Pass };

const char *clusterTierName(ClusterTier tier);

// namespaceSelector AND podSelector (CNP: namespaceSelector optional; v1alpha1: both required).
struct ClusterPodSelector
{
    std::optional<LabelSelector> namespaceSelector;
    std::optional<LabelSelector> podSelector;
    bool operator==(const ClusterPodSelector &) const = default;
};

// A subject or a peer: exactly one of its fields is valid; `written` names those present.
struct ClusterPolicyPeer
{
    std::vector<std::string> written;
    std::optional<LabelSelector> namespaces;
    std::optional<ClusterPodSelector> pods;
    std::optional<LabelSelector> nodes;           // egress only
    std::optional<std::vector<std::string>> networks;    // egress only
    std::optional<std::vector<std::string>> domainNames; // egress only
    bool operator==(const ClusterPolicyPeer &) const = default;
};

// One `protocols` entry (CNP) or `ports` entry (v1alpha1): a protocol with a port number or an
// inclusive range, or a named port.
struct ClusterPolicyPort
{
    std::vector<std::string> written;     // the entry's alternatives (tcp, udp, sctp, ...)
    std::vector<std::string> portWritten; // CNP: of destinationPort (number, range)
    std::string protocol;                 // TCP, UDP, SCTP as written (v1alpha1 default TCP)
    std::optional<long long> number;
    std::optional<long long> start;
    std::optional<long long> end;
    bool isRange = false;
    std::optional<std::string> namedPort;
    bool operator==(const ClusterPolicyPort &) const = default;
};

struct ClusterPolicyRule
{
    std::string name;
    std::string action;                    // as written; see ClusterPolicy::ruleAction
    bool hasPeers = false;                 // from/to written
    std::vector<ClusterPolicyPeer> peers;
    bool hasPorts = false;                 // protocols/ports written (then 1..N entries)
    std::vector<ClusterPolicyPort> ports;  // not written: every port of every protocol
    bool operator==(const ClusterPolicyRule &) const = default;
};

struct ClusterPolicy
{
    ClusterPolicyKind kind = ClusterPolicyKind::ClusterNetworkPolicy;
    std::string apiVersion;
    ObjectMeta metadata;
    bool hasSpec = false;
    std::string tier;                  // CNP only, as written
    std::optional<long long> priority; // not for BaselineAdminNetworkPolicy
    bool hasSubject = false;
    ClusterPolicyPeer subject;
    std::vector<ClusterPolicyRule> ingress;
    std::vector<ClusterPolicyRule> egress;

    // The tier the object belongs to (AdminNetworkPolicy: Admin; BANP: Baseline); nothing
    // for a ClusterNetworkPolicy whose tier is not a valid value.
    std::optional<ClusterTier> effectiveTier() const;
    // A rule's action, Allow read as Accept; nothing when the kind does not have it.
    std::optional<ClusterAction> ruleAction(const ClusterPolicyRule &rule) const;
    // "ClusterNetworkPolicy/NAME" and so on, for messages.
    std::string displayName() const;

    bool operator==(const ClusterPolicy &) const = default;
};

} // namespace Netpol
