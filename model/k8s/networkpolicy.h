#pragma once

#include "model/k8s/labels.h"

#include <optional>
#include <string>
#include <vector>

namespace Netpol {

// Kubernetes networking.k8s.io/v1 NetworkPolicy as typed values. Fields the API keeps as
// strings (protocol, policyTypes, selector operators) stay strings here, so that a manifest
// with an invalid value can be read, shown and reported rather than refused at the door.

struct LabelSelectorRequirement
{
    std::string key;
    std::string op; // In, NotIn, Exists, DoesNotExist
    std::vector<std::string> values;
    bool operator==(const LabelSelectorRequirement &) const = default;
};

struct LabelSelector
{
    Labels matchLabels;
    std::vector<LabelSelectorRequirement> matchExpressions;

    static LabelSelector fromLabels(Labels labels) { return {std::move(labels), {}}; }
    bool isEmpty() const { return matchLabels.empty() && matchExpressions.empty(); }
    // Kubernetes semantics: matchLabels and every expression ANDed; NotIn matches a missing key.
    bool matches(const Labels &labels) const;
    bool operator==(const LabelSelector &) const = default;
};

// intstr.IntOrString, for `port`.
struct PortValue
{
    bool isName = false;
    long long number = 0; // wide enough to keep an out-of-range value for validation
    std::string name;

    static PortValue fromNumber(long long n) { return {false, n, {}}; }
    static PortValue fromName(std::string n) { return {true, 0, std::move(n)}; }
    bool operator==(const PortValue &) const = default;
};

struct NetworkPolicyPort
{
    std::optional<std::string> protocol; // omitted means TCP
    std::optional<PortValue> port;       // omitted means every port of the protocol
    std::optional<long long> endPort;

    std::string effectiveProtocol() const { return protocol.value_or("TCP"); }
    bool operator==(const NetworkPolicyPort &) const = default;
};

struct IPBlock
{
    std::string cidr;
    std::vector<std::string> except;
    bool operator==(const IPBlock &) const = default;
};

struct NetworkPolicyPeer
{
    std::optional<LabelSelector> podSelector;
    std::optional<LabelSelector> namespaceSelector;
    std::optional<IPBlock> ipBlock;
    bool operator==(const NetworkPolicyPeer &) const = default;
};

// An ingress rule (`from`) or an egress rule (`to`); both have the same shape.
struct NetworkPolicyRule
{
    std::vector<NetworkPolicyPort> ports; // empty: every port
    std::vector<NetworkPolicyPeer> peers; // empty: every peer
    bool operator==(const NetworkPolicyRule &) const = default;
};

struct ObjectMeta
{
    std::string name;
    std::string ns;
    Labels labels;
    Labels annotations;
    std::string generateName; // the server makes a name from it when `name` is empty
    bool operator==(const ObjectMeta &) const = default;
};

inline constexpr const char *kPolicyTypeIngress = "Ingress";
inline constexpr const char *kPolicyTypeEgress = "Egress";

struct NetworkPolicySpec
{
    LabelSelector podSelector;            // omitted reads as {}
    std::vector<std::string> policyTypes; // as written; see effectiveTypes()
    std::vector<NetworkPolicyRule> ingress;
    std::vector<NetworkPolicyRule> egress;
    bool operator==(const NetworkPolicySpec &) const = default;
};

struct PolicyTypes
{
    bool ingress = false;
    bool egress = false;
};

struct NetworkPolicy
{
    ObjectMeta metadata;
    NetworkPolicySpec spec;

    // The API server's defaulting: explicit policyTypes are taken literally; omitted ones are
    // Ingress, plus Egress when there is at least one egress rule.
    PolicyTypes effectiveTypes() const;

    bool operator==(const NetworkPolicy &) const = default;
};

} // namespace Netpol
