#pragma once

#include "model/core/diagnostic.h"
#include "model/design/design.h"
#include "model/manifests/manifestreader.h"

#include <optional>
#include <string>

namespace Netpol {

struct ImportOptions
{
    std::string designName = "imported"; // metadata.name of the design
    std::string description;             // metadata.description
    // Lay the design out with Graphviz (arrangeDesign: runs the dot program in its own
    // process). Without it, or when Graphviz fails, namespaces sit in a simple grid.
    bool arrange = false;
    // Compute the flows and the half-open findings member pair by member pair (dense tables)
    // instead of on classes of members: the same result, quadratic in the pods. For tests
    // that check the classes.
    bool pairwise = false;
};

// A connection one side of the input allows and the other refuses: the design cannot draw it
// (its flows allow both sides), so it is reported, and offered to the designer as a flow the
// user may add (both sides) or dismiss.
struct HalfOpenConnection
{
    Flow flow;                // from, to and the ports one side allows
    bool egressAllowed = true; // true: the source may send, the destination refuses it
    std::size_t finding = 0;  // index of its import-half-open warning in `diagnostics`
};

// The most distinct ipBlocks (so externals) an import takes; above, it reports
// import-too-many-externals and makes no design.
inline constexpr std::size_t kMaxExternals = 5000;

struct ImportResult
{
    // Set unless the design would not be valid (its errors are in `diagnostics`).
    std::optional<Design> design;
    // What reading found, then what the design cannot express exactly (warnings, code
    // import-...), then notes. Nothing the input allows or denies is changed silently.
    Diagnostics diagnostics;
    // Each half-open connection between workloads of the design, in the order reported (at
    // most as many as the warnings name).
    std::vector<HalfOpenConnection> halfOpen;
};

// Manifests -> an editable design:
// - namespaces: every namespace of the input; managed where policies isolate pods, with
//   defaultDeny the directions in which they do;
// - workloads: the input's workload kinds and pods (pods and ReplicaSets a workload of the
//   input created are folded into it; identical pods into one), or, when the input has only
//   policies, workloads synthesized from the pod selectors;
// - externals: one per distinct ipBlock (plus anywhere-ipv4/-ipv6 where rules allow every
//   address);
// - DNS: the design's dns option when every namespace that denies egress has an allow-dns
//   shaped policy with the same target;
// - flows: what the policies actually allow (both sides), ports aggregated per pair, NS/* and
//   */* where every pod of a namespace (or of every namespace) is allowed;
// - a layout: Graphviz's when `arrange` is set and it succeeds, else a grid.
// Then the design's own policies are generated and compared with the input's on every pod,
// namespace and address the input names: every difference is reported, as are half-open
// rules, selectors that pick sets, ipBlocks overlapping pod addresses, namespaces isolated
// only in part, and policies or peers that select nothing.
ImportResult importDesign(const ManifestSet &manifests, const ImportOptions &options = {});

} // namespace Netpol
