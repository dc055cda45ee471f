#pragma once

#include "model/k8s/clusterpolicy.h"

#include <string>

namespace Netpol {

// One ClusterNetworkPolicy, AdminNetworkPolicy or BaselineAdminNetworkPolicy as a YAML document
// body (no "---") in the shape the CRD takes: CNP ports as `protocols` entries
// ({tcp: {destinationPort: {number|range}}} or destinationNamedPort), v1alpha1 ports as
// portNumber/portRange/namedPort. Values are written as held (the `written` lists are not
// consulted: each peer and port writes the one field it has). Ends with a newline.
std::string writeClusterPolicy(const ClusterPolicy &policy);

} // namespace Netpol
