#pragma once

#include "model/core/diagnostic.h"
#include "model/design/design.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace Netpol {

// A Graphviz diagram of a design, for documentation: namespaces as clusters (managed and
// unmanaged styled apart), workloads as nodes (name, kind, key labels), externals as a distinct
// shape, flows as edges labelled with their ports, optional DNS edges and a legend.

enum class RankDirection { LeftRight, TopBottom };

struct DiagramOptions
{
    RankDirection rankdir = RankDirection::LeftRight;
    bool dns = true;     // edges from egress-denying namespaces to the DNS pods
    bool labels = true;  // port labels on flow edges
    bool legend = true;
    // Above this many workloads, edge labels are dropped and the fast layout settings are used
    // (the tech guide's measurements: labelled clustered layouts stop finishing around 1,000).
    int simplifyAbove = 600;
};

struct Diagram
{
    std::string dot;         // the graph, written by cgraph
    Diagnostics notes;       // what was simplified, and why
    bool simplified = false;
};

Diagram buildDiagram(const Design &design, const DiagramOptions &options = {});

enum class DiagramFormat { Dot, Svg, Png, Pdf };

std::optional<DiagramFormat> parseDiagramFormat(std::string_view extensionOrName); // "svg", ".png"
std::string_view diagramFormatName(DiagramFormat format);

// Renders with the `dot` program (run as a separate process, with a timeout: Graphviz is not
// thread safe and clustered layouts leak). DOT is written as is. Errors from Graphviz become
// diagnostics; warnings such as "trouble in init_rank" stay warnings when output was produced.
struct RenderResult
{
    bool ok = false;
    std::string output; // the rendered bytes
    Diagnostics diagnostics;
};

RenderResult renderDiagram(const Diagram &diagram, DiagramFormat format,
                           std::chrono::milliseconds timeout = std::chrono::minutes(5));

} // namespace Netpol
