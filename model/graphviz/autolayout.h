#pragma once

#include "model/core/diagnostic.h"
#include "model/design/canvasmetrics.h"
#include "model/design/design.h"
#include "model/graphviz/diagram.h"

#include <chrono>
#include <optional>

namespace Netpol {

// Arranges a design with Graphviz: namespaces as clusters, workloads inside them, externals
// around, flows pulling connected workloads together. Runs the `dot` program in a separate
// process with a timeout (Graphviz is not thread safe and leaks in clustered layouts), so the
// designer can call it without risking its own process.
struct ArrangeOptions
{
    // The sizes the canvas draws (canvasmetrics.h), in canvas units (1 unit = 1 Graphviz point).
    double workloadWidth = CanvasMetrics::kWorkloadWidth;
    double workloadHeight = CanvasMetrics::kWorkloadHeight;
    double externalWidth = CanvasMetrics::kExternalWidth;
    double externalHeight = CanvasMetrics::kExternalHeight;
    // Room for the namespace's title at the top of its frame.
    double namespaceHeader = CanvasMetrics::kNamespaceHeader;
    // Room kept beside an element for the stub and badge of its flows to or from */*.
    double everyPodRoom = CanvasMetrics::kEveryPodStub + CanvasMetrics::kEveryPodBadgeWidth;
    double namespacePadding = 20;
    RankDirection rankdir = RankDirection::LeftRight;
    int fastAbove = 600; // workloads above which the fast layout settings are used
    // The width/height ratio the whole arrangement should come close to (the window's, in the
    // designer): Graphviz's strip of ranks is packed into rows when it is far from it.
    double aspectRatio = 1.6;
    std::chrono::milliseconds timeout = std::chrono::minutes(3);
};

struct ArrangeResult
{
    std::optional<Design> design; // the same design with new positions and frames
    Diagnostics diagnostics;      // Graphviz's messages, and what was simplified
};

// Positions are absolute canvas coordinates, y growing downwards: a workload's and an
// external's `position` is its top-left corner; a namespace's `geometry` is its frame.
ArrangeResult arrangeDesign(const Design &design, const ArrangeOptions &options = {});

// The DOT that arrangeDesign hands to Graphviz (for benchmarks and troubleshooting).
std::string arrangeDot(const Design &design, const ArrangeOptions &options = {});

} // namespace Netpol
