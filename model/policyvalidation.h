#pragma once

#include "model/diagnostic.h"
#include "model/manifestreader.h"
#include "model/networkpolicy.h"

#include <vector>

namespace Netpol {

// The API server's validation of a NetworkPolicy (networking/validation ValidateNetworkPolicy,
// ObjectMeta and label selector rules) and the warnings it returns on create (CIDRs with host
// bits, leading zeros, non-canonical IPv6). Each message is the server's own line, field path
// first: `spec.ingress[0].ports[0].port: Invalid value: "80": must contain at least one letter
// (a-z)`, sometimes followed by a note in parentheses that explains a YAML trap.
//
// `location.field` holds the path of the offending node in the object (for a label map entry,
// the key: "spec.podSelector.matchLabels.app"), so a policy's SourceMap can place it; file,
// line and column are left empty here.
Diagnostics validateNetworkPolicy(const NetworkPolicy &policy);

// Every policy of `set` validated and placed in its file through its SourceMap. Findings on a
// node the reader already reported (a label value `y` that was read as a boolean, a missing
// name whose text was not a string) are left out: the reader's message explains them better.
// `errorsPerPolicy`, when given, receives the number of API errors of each policy (parallel to
// set.policies, counting also those left out).
Diagnostics validateManifests(const ManifestSet &set, std::vector<int> *errorsPerPolicy = nullptr);

// Adds the API errors of each policy to set.policyErrors, so that it says which policies
// kubectl or the API server would refuse: those with reading or API errors. Returns the API
// findings, as validateManifests does. The one place `netpol validate` decides refusal:
// lintManifests and buildCluster leave out the policies it marks.
Diagnostics validateAndMarkRefused(ManifestSet &set);

} // namespace Netpol
