#pragma once

#include "model/design/design.h"

namespace Netpol::Bench {

// A design of `workloads` workloads (a multiple of kPerNamespace), kPerNamespace to a namespace
// laid out in a grid, kFlowsPerWorkload flows from each: most inside its namespace, one to
// the next namespace, now and then one anywhere. The same design for the same size.
inline constexpr int kPerNamespace = 20;
inline constexpr int kFlowsPerWorkload = 5;
Design syntheticDesign(int workloads);

} // namespace Netpol::Bench
