#pragma once

#include "model/design/designoperations.h"

#include <optional>
#include <vector>

namespace Netpol {

// Align and distribute: the designer's Tools > Align on the selected cards (namespaces,
// workloads, externals; flows are ignored). Each returns one edit that moves every element
// (a namespace with its workloads) to its new place, or the reason it is refused (a workload
// that would leave its namespace, fewer elements than the operation needs).
enum class Alignment { Left, Centre, Right, Top, Middle, Bottom };
enum class Distribution { Horizontal, Vertical };

// The rectangle an element covers on the canvas (sizes from CanvasMetrics); none for a flow.
std::optional<Rect> elementBox(const Design &design, const ElementRef &element);

// Lines the elements up on the selection's left edge, centre line, right edge, top, middle or
// bottom (two elements or more).
EditResult alignElements(const Design &design, const std::vector<ElementRef> &elements,
                         Alignment alignment, Point workloadAnchor);

// Keeps the outermost elements where they are and spaces the others so that the gaps between
// neighbours are equal (three elements or more).
EditResult distributeElements(const Design &design, const std::vector<ElementRef> &elements,
                              Distribution distribution, Point workloadAnchor);

} // namespace Netpol
