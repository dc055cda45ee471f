#pragma once

#include "model/design/designoperations.h"

#include <map>
#include <string>

namespace Netpol {

// Edit > Paste Manifests and File > Import Manifests into the current design: adds what an
// imported design has that `design` lacks, as one edit.
// - a namespace of the same name is the same namespace (its settings stay the design's);
// - in it, a workload with the same labels (else the same name) is the same workload; a new
//   one goes in a new row at the bottom of its namespace, which grows to hold it;
// - an external with the same CIDR and except list is the same external; a new one is added
//   only when a merged flow names it;
// - new namespaces and externals keep their places, shifted by `offset`;
// - flows follow those matches; a flow the design already has is not added twice, nor one
//   with no end in a namespace the input isolates (no policy of the input allows it); a
//   flow to every pod (*/*) from a namespace the input leaves open goes to each namespace
//   the input isolates instead (NS/*).
// Names the design already uses for something else get -2, -3, ...
struct MergeResult
{
    EditResult result;
    // Imported endpoint text ("ns/name", "external/name") -> the design's, for the import's
    // findings and half-open connections.
    std::map<std::string, std::string> renamed;
    int added = 0;   // elements added
    int matched = 0; // namespaces, workloads and externals found in the design
};

MergeResult mergeImported(const Design &design, const Design &imported, Point offset);

// Rewrites an endpoint through MergeResult::renamed.
Endpoint mergedEndpoint(const Endpoint &endpoint,
                        const std::map<std::string, std::string> &renamed);

} // namespace Netpol
