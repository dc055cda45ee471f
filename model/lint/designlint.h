#pragma once

#include "model/core/diagnostic.h"
#include "model/design/design.h"

namespace Netpol {

// What a design means, beyond being well-formed (checkDesign): the zero-trust pitfalls (egress
// denied without DNS, no default deny, probes from the node, the network plugin) and the places
// where the picture and the policies it generates could be read differently (a selector that
// picks more than its workload, a named port the destination does not define, a numbered port
// it does not declare, flows that repeat one another, flows into namespaces without policies).
//
// Also evaluates the design's `expect:` checks on its generated policies: each one that does not
// hold is an `expectation-failed` error (model/lint/expectations.h).
//
// Returns warnings and infos otherwise, each with a stable code (see docs/diagnostics.md), a one-line
// message, a hint, and a location naming the design element (with its index) and field, so a
// SourceMap can place it in the file (`SourceMap::locate`). Safe on any design, also one that
// checkDesign rejects: elements that cannot be resolved are skipped.
Diagnostics lintDesign(const Design &design);

} // namespace Netpol
