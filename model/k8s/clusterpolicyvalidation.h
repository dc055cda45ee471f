#pragma once

#include "model/core/diagnostic.h"
#include "model/k8s/clusterpolicy.h"

namespace Netpol {

// What the API server refuses of a ClusterNetworkPolicy, AdminNetworkPolicy or
// BaselineAdminNetworkPolicy: the CRD's schema (required fields, enums, ranges, list sizes,
// exactly-one-of objects) and its CEL rules, plus the rules docs/cluster-policies.md adopts
// (domain names only in Admin-tier Accept rules, label selectors). Messages are in the API
// server's form, field path first (`spec.priority: Invalid value: 1001: must be less than or
// equal to 1000`); `location.field` holds the path for the object's SourceMap.
Diagnostics validateClusterPolicy(const ClusterPolicy &policy);

// A domain name as the CRD's pattern takes it (`*.` prefix allowed, trailing dot allowed).
bool isValidDomainPattern(const std::string &name);

} // namespace Netpol
