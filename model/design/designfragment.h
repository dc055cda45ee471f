#pragma once

#include "model/design/designoperations.h"

namespace Netpol {

// Copy and paste work on fragments: designs holding the copied namespaces (with all their
// workloads), workloads, externals, and the flows whose two ends were copied (or are */*).
// A workload whose namespace was not copied keeps naming it, so it pastes back into it.
Design copyElements(const Design &design, const std::vector<ElementRef> &elements);

// Adds a fragment shifted by `delta`. Names that are taken get -2, -3, ... (a label value equal
// to a renamed workload's old name follows the new name, so the copies' selectors stay
// distinct); flows follow the renames. Workloads whose namespace is neither pasted nor in the
// design are left out. `created` lists what was added.
EditResult pasteElements(const Design &design, const Design &fragment, Point delta);

} // namespace Netpol
