#pragma once

#include "model/analysis/evaluator.h"
#include "model/core/diagnostic.h"
#include "model/manifests/manifestreader.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace Netpol {

// The namespace objects without metadata.namespace live in (kubectl apply without -n).
inline constexpr const char *kDefaultNamespace = "default";

struct ClusterNamespace
{
    std::string name;
    Labels labels;         // as declared; kubernetes.io/metadata.name is always added on top
    bool implicit = false; // referenced but not declared: only its name label
    Location location;     // the Namespace object, or where it was first referenced

    Labels effectiveLabels() const;
};

// What an analysis sees of a cluster, built from manifests: every namespace (declared or
// implied), every workload and pod, and the NetworkPolicies that read without errors.
struct Cluster
{
    std::vector<ClusterNamespace> namespaces; // sorted by name
    std::vector<ManifestWorkload> workloads;  // in input order, namespace filled in
    std::vector<NetworkPolicy> policies;      // in input order, namespace filled in
    std::vector<SourceMap> policySources;     // parallel to `policies`
    // The cluster guardrails that read without errors (docs/cluster-policies.md), in input
    // order; a later object of the same kind and name replaces an earlier one.
    std::vector<ClusterPolicy> clusterPolicies;
    std::vector<SourceMap> clusterPolicySources; // parallel to `clusterPolicies`
    Diagnostics diagnostics; // notes (implicit namespaces), warnings (duplicates, left out)
    std::set<std::pair<std::string, std::string>> expectedPairs; // ManifestSet's

    const ClusterNamespace *findNamespace(std::string_view name) const;
    // Workloads called `name` in `ns` (several when kinds share a name).
    std::vector<std::size_t> findWorkloads(std::string_view ns, std::string_view name) const;
    // The pods of a workload as the evaluator sees them (primary address only).
    NetworkPeer peerOf(const ManifestWorkload &workload) const;
    std::vector<NetworkPeer> workloadPeers() const;
};

// The guardrails' `networks` CIDRs as the ipBlocks of one policy, so that a partition of the
// addresses outside the cluster (partitionAddresses) tells them apart too.
NetworkPolicy guardrailNetworks(const Cluster &cluster);

// Objects without a namespace go to "default"; a later object of the same kind, namespace
// and name replaces an earlier one (as kubectl apply would), with a warning; policies with
// located errors are left out, with a warning; namespaces that workloads, policies or
// namespace selectors (by kubernetes.io/metadata.name) name but no Namespace object declares
// exist implicitly, with an info note each.
Cluster buildCluster(const ManifestSet &manifests);

// "production/frontend" or "production/Deployment/frontend" when `withKind`.
std::string workloadName(const ManifestWorkload &workload, bool withKind = false);

} // namespace Netpol
