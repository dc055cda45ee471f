#pragma once

#include "model/core/diagnostic.h"
#include "model/core/sourcemap.h"
#include "model/k8s/cidr.h"
#include "model/k8s/clusterpolicy.h"
#include "model/k8s/containerport.h"
#include "model/k8s/networkpolicy.h"
#include "model/k8s/workloadkind.h"

#include <map>
#include <set>
#include <optional>
#include <string>
#include <vector>

namespace Netpol {

// A Namespace object: its name and the labels written on it.
struct ManifestNamespace
{
    std::string name;
    Labels labels;
    Location location; // where the object starts
};

// A liveness, readiness or startup probe of a container. The kubelet sends httpGet, tcpSocket
// and grpc probes from the node to the pod; exec probes run inside the container.
struct ManifestProbe
{
    std::string type;    // "liveness", "readiness" or "startup"
    std::string handler; // "httpGet", "tcpSocket", "grpc", "exec", or empty when none is given
    std::optional<PortValue> port; // of httpGet, tcpSocket or grpc: a number or a port name
    std::string container;
    Location location; // the probe's field (livenessProbe)

    bool overNetwork() const
    {
        return handler == "httpGet" || handler == "tcpSocket" || handler == "grpc";
    }
};

// A Pod, or the pod template of a workload kind (Deployment, StatefulSet, DaemonSet,
// ReplicaSet, Job, CronJob): what NetworkPolicies see of its pods.
struct ManifestWorkload
{
    WorkloadKind kind = WorkloadKind::Pod;
    std::string ns;   // metadata.namespace as written (empty: the default namespace)
    std::string name;
    Labels labels;    // the pods' labels (a workload's template labels)
    std::vector<ContainerPort> ports; // spec.containers[].ports
    std::vector<IpAddress> ips;       // Pods only: status.podIP first, then the other podIPs
    std::vector<ManifestProbe> probes; // of spec.containers[], in order
    Location location;
};

// Kubernetes objects read from YAML or JSON manifests (one or many documents, `List`s
// included), each with where its fields were in the file. The items of a typed list
// (`NetworkPolicyList`, `PodList`, ..., as the API server writes them) may leave out `kind` and
// `apiVersion`: they take the list's, as Kubernetes' decoders do.
struct ManifestSet
{
    std::vector<NetworkPolicy> policies;
    std::vector<SourceMap> policySources; // parallel to `policies`
    // Parallel: located errors found in each policy, reading errors here; validateAndMarkRefused
    // (manifestvalidation.h) adds the API server's. A policy with any is one kubectl would
    // refuse: buildCluster and lintManifests leave it out.
    std::vector<int> policyErrors;

    // ClusterNetworkPolicies, AdminNetworkPolicies and BaselineAdminNetworkPolicies, in input
    // order, with the same parallel sources and error counts (docs/cluster-policies.md).
    std::vector<ClusterPolicy> clusterPolicies;
    std::vector<SourceMap> clusterPolicySources;
    std::vector<int> clusterPolicyErrors;

    // Objects with located errors are reported in `diagnostics` and left out of these two.
    std::vector<ManifestNamespace> namespaces;
    std::vector<ManifestWorkload> workloads;

    std::map<std::string, int> skippedKinds; // kinds read past, with how many of each
    int documents = 0;                       // documents seen (List items count one each)
    // Documents the reader could not use because of located errors (YAML syntax, not an
    // object, no kind, a Namespace or workload with errors); policies with errors stay in
    // `policies` and are counted by `policyErrors`.
    int unusable = 0;
    Diagnostics diagnostics;                 // located errors; a bad document does not stop the rest
    bool unreadable = false;                 // some input could not be opened
    // Pairs of workloads a reviewer expects to talk, as "NS/KIND/NAME" keys: the flows a
    // design draws (filled when the set stands for a design). Explanations say why the rest
    // of their ports is denied.
    std::set<std::pair<std::string, std::string>> expectedPairs;

    void append(ManifestSet &&other);
    // Documents an analysis of the set goes without: the unusable ones and the policies with
    // errors (kubectl would refuse them).
    int documentsLeftOut() const;
};

ManifestSet readManifests(const std::string &text, const std::string &file);
ManifestSet readManifestFile(const std::string &path);

// The manifest files of a directory, searched recursively: *.yaml, *.yml and *.json (the
// extensions `kubectl apply -f DIR` takes, case-sensitive), hidden entries skipped, in name
// order (path by path: "a/b.yaml" before "a-c.yaml"). Empty, with `error` set, when the
// directory cannot be read.
std::vector<std::string> listManifestFiles(const std::string &directory,
                                           std::string *error = nullptr);

// A file, or a directory's manifest files (listManifestFiles) read in order.
ManifestSet readManifestPath(const std::string &path);

} // namespace Netpol
