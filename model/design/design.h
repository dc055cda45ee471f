#pragma once

#include "model/design/endpoint.h"
#include "model/design/expectation.h"
#include "model/design/flowport.h"
#include "model/design/guardrail.h"
#include "model/k8s/containerport.h"
#include "model/k8s/labels.h"
#include "model/k8s/protocol.h"
#include "model/k8s/workloadkind.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Netpol {

struct Point
{
    double x = 0;
    double y = 0;
    bool operator==(const Point &) const = default;
};

struct Rect
{
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    bool operator==(const Rect &) const = default;
};

struct DirectionSet
{
    bool ingress = false;
    bool egress = false;

    static DirectionSet both() { return {true, true}; }
    bool any() const { return ingress || egress; }
    bool operator==(const DirectionSet &) const = default;
};

struct Namespace
{
    std::string name;
    Labels labels;          // kubernetes.io/metadata.name is implied and never stored here
    bool managed = true;    // false: only referenced; no policies are generated in it
    DirectionSet defaultDeny = DirectionSet::both();
    Rect geometry;

    bool deniesIngress() const { return managed && defaultDeny.ingress; }
    bool deniesEgress() const { return managed && defaultDeny.egress; }
    // The labels the namespace really carries: its own plus kubernetes.io/metadata.name.
    Labels effectiveLabels() const;

    bool operator==(const Namespace &) const = default;
};

struct Workload
{
    std::string name;
    std::string ns;
    WorkloadKind kind = WorkloadKind::Deployment;
    Labels labels; // pod labels: the generated podSelector is exactly this map
    std::vector<ContainerPort> ports;
    Point position;

    // The number a named port resolves to on this workload's pods for `protocol`.
    std::optional<int> resolveNamedPort(std::string_view name, Protocol protocol) const;

    bool operator==(const Workload &) const = default;
};

struct External
{
    std::string name;
    std::string cidr;
    std::vector<std::string> except;
    Point position;
    bool operator==(const External &) const = default;
};

struct Flow
{
    Endpoint from;
    Endpoint to;
    std::vector<FlowPort> ports; // empty: every port of every protocol
    bool operator==(const Flow &) const = default;
};

enum class Granularity { PerFlow, PerWorkload };

std::string_view granularityName(Granularity granularity); // "per-flow", "per-workload"
std::optional<Granularity> parseGranularity(std::string_view text);

struct DnsOptions
{
    bool enabled = true;
    std::string ns = "kube-system";
    Labels podSelector = {{"k8s-app", "kube-dns"}}; // {} selects every pod of the namespace
    bool operator==(const DnsOptions &) const = default;
};

struct Options
{
    DnsOptions dns;
    Granularity granularity = Granularity::PerFlow;
    std::string nodeCidr; // empty: no ingress from the nodes is generated
    ClusterPolicyApi clusterPolicyApi = ClusterPolicyApi::V1beta1; // how guardrails are written
    // true: one Baseline-tier policy denies the managed namespaces instead of a default deny
    // NetworkPolicy per namespace.
    bool baselineDefaultDeny = false;
    bool operator==(const Options &) const = default;
};

struct DesignMetadata
{
    std::string name;
    std::string description;
    bool operator==(const DesignMetadata &) const = default;
};

struct Design
{
    DesignMetadata metadata;
    Options options;
    std::vector<Namespace> namespaces;
    std::vector<Workload> workloads;
    std::vector<External> externals;
    std::vector<Flow> flows;
    std::vector<Expectation> expectations; // `expect:`, checked on the generated policies
    std::vector<Guardrail> guardrails;     // `guardrails:`, cluster rules above and below

    // Linear lookups, fine for editing; bulk work builds a DesignIndex.
    const Namespace *findNamespace(std::string_view name) const;
    const Workload *findWorkload(std::string_view ns, std::string_view name) const;
    const External *findExternal(std::string_view name) const;
    Namespace *findNamespace(std::string_view name);
    Workload *findWorkload(std::string_view ns, std::string_view name);
    External *findExternal(std::string_view name);

    bool operator==(const Design &) const = default;
};

} // namespace Netpol
