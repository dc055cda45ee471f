#pragma once

// Pieces of the manifest writer shared with the cluster policy writer (private to model/).

#include "model/k8s/networkpolicy.h"
#include "model/manifests/yamlsupport_p.h"

namespace Netpol {

// A metav1.LabelSelector in kubectl's shape: `{}` when empty, block style otherwise.
void emitLabelSelector(YAML::Emitter &out, const LabelSelector &selector);

} // namespace Netpol
