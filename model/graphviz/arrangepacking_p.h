#pragma once

// The second half of Arrange: Graphviz lays the design out along its rank direction, which for
// many namespaces (or many unconnected workloads in one) makes one long strip. This packs the
// result into a compact two-dimensional arrangement close to a target aspect ratio:
// first the workloads inside each namespace (a rank that is too long wraps into several), then
// the namespaces and externals as rigid blocks on shelves, in Graphviz's order so neighbours
// stay near each other.

#include "model/design/design.h"
#include "model/graphviz/autolayout.h"

#include <vector>

namespace Netpol::Packing {

// How far from the target (as a factor of width/height) a layout may be before it is packed.
inline constexpr double kTolerance = 1.5;
// Space between packed blocks and between wrapped ranks, in canvas units.
inline constexpr double kBlockGap = 60;
inline constexpr double kRankGap = 80;
inline constexpr double kRowGap = 40;

// `workloadBoxes[i]` and `externalBoxes[i]` are the boxes (with the room beside them for their
// */* stubs) of design.workloads[i] and design.externals[i], as Graphviz placed them; the
// elements' positions, the boxes and the frames move together.
void packArrangement(Design &design, std::vector<Rect> &workloadBoxes,
                     std::vector<Rect> &externalBoxes, const ArrangeOptions &options);

// The width/height ratio of a rectangle, and how far apart two ratios are (1 when equal).
double aspectOf(const Rect &r);
double aspectDistance(double a, double b);

} // namespace Netpol::Packing
