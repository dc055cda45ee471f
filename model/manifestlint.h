#pragma once

#include "model/diagnostic.h"
#include "model/manifestreader.h"

namespace Netpol {

// What a set of existing NetworkPolicies means, beyond being valid: the zero-trust pitfalls
// (no default deny, egress denied without DNS, an allow-all rule that defeats a deny, kubelet
// probes, the network plugin) and the ones NetworkPolicy's defaulting and additivity set up
// (rules ignored by policyTypes, an egress-only policy that also isolates ingress, selectors
// that pick nothing, a rule whose other side refuses the connection: half-open).
//
// The policies are linted together (a deny in one file and an allow in another interact); each
// finding is placed in its file through the policy's SourceMap and `location.field` holds the
// field path inside the policy. A policy without a namespace is taken to be in "default".
// Policies with errors (set.policyErrors) are left out: kubectl would refuse them.
//
// Only the policies are known here, so selectors are reasoned about symbolically (who could
// match, who certainly matches) and namespaces are known by the kubernetes.io/metadata.name
// label the policies use: findings are reported only when they hold for every possible pod.
Diagnostics lintManifests(const ManifestSet &set);

} // namespace Netpol
