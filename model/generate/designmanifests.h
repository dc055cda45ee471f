#pragma once

#include "model/design/design.h"
#include "model/manifests/manifestreader.h"

#include <string>

namespace Netpol {

// A design as the manifests an analysis reads: its namespaces (with their labels), its
// workloads (kind, labels, container ports) and its generated policies, as if the cluster ran
// exactly what the design draws. The generator's diagnostics go to the set's.
ManifestSet designManifests(const Design &design, const std::string &file);

} // namespace Netpol
