#pragma once

// Reading one ClusterNetworkPolicy, AdminNetworkPolicy or BaselineAdminNetworkPolicy from a
// yaml-cpp node (private to model/).

#include "model/core/sourcemap.h"
#include "model/k8s/clusterpolicy.h"
#include "model/manifests/yamlsupport_p.h"

#include <optional>
#include <string>

namespace Netpol {

// Reads the object the way `kubectl apply` with strict field validation takes it: unknown
// fields, wrong types and YAML 1.1 misreadings are located errors in `ctx`; the CRD's own
// rules are left to validateClusterPolicy. The object is returned whenever it is a map, with
// the position of every field in `sources`. `listApiVersion` is the typed list's apiVersion,
// for an item that has none of its own.
std::optional<ClusterPolicy> readClusterPolicy(const YAML::Node &node, ClusterPolicyKind kind,
                                               Yaml::Context &ctx, SourceMap &sources,
                                               const std::string &listApiVersion = {});

} // namespace Netpol
