#pragma once

// Reading the objects NetworkPolicies act on (Namespaces, Pods and the workload kinds) from
// yaml-cpp nodes (private to model/). These kinds carry many fields a policy never looks at,
// so unknown fields are fine; only the fields read here are checked, with located errors.

#include "model/manifests/manifestreader.h"
#include "model/manifests/yamlsupport_p.h"

#include <optional>

namespace Netpol {

// Both return nothing when the object had a located error (reported in `ctx`).
std::optional<ManifestNamespace> readNamespaceObject(const YAML::Node &node, Yaml::Context &ctx);
std::optional<ManifestWorkload> readWorkloadObject(const YAML::Node &node, WorkloadKind kind,
                                                   Yaml::Context &ctx);

} // namespace Netpol
