#pragma once

#include "model/core/diagnostic.h"
#include "model/manifests/manifestreader.h"

#include <vector>

namespace Netpol {

// Every policy of `set` validated and placed in its file through its SourceMap. Findings on a
// node the reader already reported (a label value `y` that was read as a boolean, a missing
// name whose text was not a string) are left out: the reader's message explains them better.
// `errorsPerPolicy`, when given, receives the number of API errors of each policy (parallel to
// set.policies, counting also those left out); `clusterErrors` the same for the cluster
// policies (ClusterNetworkPolicy and the v1alpha1 kinds, validateClusterPolicy).
Diagnostics validateManifests(const ManifestSet &set, std::vector<int> *errorsPerPolicy = nullptr,
                              std::vector<int> *clusterErrors = nullptr);

// Adds the API errors of each policy to set.policyErrors, so that it says which policies
// kubectl or the API server would refuse: those with reading or API errors. Returns the API
// findings, as validateManifests does. The one place `netpol validate` decides refusal:
// lintManifests and buildCluster leave out the policies it marks.
Diagnostics validateAndMarkRefused(ManifestSet &set);

} // namespace Netpol
