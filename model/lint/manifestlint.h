#pragma once

#include "model/core/diagnostic.h"
#include "model/manifests/manifestreader.h"

namespace Netpol {

// What a set of existing NetworkPolicies means, beyond being valid: the zero-trust pitfalls
// (no default deny, egress denied without DNS, an allow-all rule that defeats a deny, kubelet
// probes, the network plugin) and the ones NetworkPolicy's defaulting and additivity set up
// (rules ignored by policyTypes, an egress-only policy that also isolates ingress, selectors
// that pick nothing, a rule whose other side refuses the connection: half-open, a named port
// no destination pod defines).
//
// The policies are linted together (a deny in one file and an allow in another interact); each
// finding is placed in its file through the policy's SourceMap and `location.field` holds the
// field path inside the policy (a namespace whose pods have no policy is placed on its
// Namespace object or first workload, a probe on the probe). A policy or workload without a
// namespace is taken to be in "default".
// Policies with errors (set.policyErrors) are left out: kubectl would refuse them.
//
// The set's Namespaces, Pods and workloads are the pods the policies act on. In a namespace
// where the set shows at least one Pod or workload, the checks that depend on pods judge those
// pods exactly (selectors matched, each side of a connection evaluated as PolicyEvaluator
// does, named ports resolved, namespaceSelectors matched against the Namespace objects'
// labels), and may name them. In the other namespaces, and when the set has no pods at all,
// selectors are reasoned about symbolically (who could match, who certainly matches) and
// namespaces are known by the kubernetes.io/metadata.name label the policies use: findings are
// reported only when they hold for every possible pod.
Diagnostics lintManifests(const ManifestSet &set);

} // namespace Netpol
