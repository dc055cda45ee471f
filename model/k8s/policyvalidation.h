#pragma once

#include "model/core/diagnostic.h"
#include "model/k8s/networkpolicy.h"

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

} // namespace Netpol
