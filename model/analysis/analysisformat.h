#pragma once

#include "model/analysis/analysis.h"

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace Netpol {

// The reasons of a verdict, one line per side: "egress of x/a: allowed by x/p spec.egress[0]
// (file.yaml:12)", "ingress of x/b: denied: isolated by x/deny (file.yaml:3), and no ingress
// rule of these allows x/a on 80/TCP".
std::vector<std::string> explainVerdict(const Analyzer &analyzer, const ProbeResult &result);

// Probes: text is a table (reasons indented under each row with `explain`); JSON a list of
// {from, to, port, protocol, allowed} in probe order (plus portName when the probe named the
// port, and egress/ingress/reasons with `explain`); CSV the same columns with a header.
void writeProbeResults(std::ostream &out, const Analyzer &analyzer,
                       const std::vector<ProbeResult> &results, AnalysisFormat format, bool explain);

// The matrix of every workload pair on every port: text is one grid per port (rows send,
// columns receive); JSON and CSV list every cell like probes. A pod and itself is left out
// (loopback is always allowed); replicas of one workload reaching each other are not. With
// `focus` (per endpoint), only cells from or to a focused endpoint are written (text: others
// are blank).
void writeMatrix(std::ostream &out, const Analyzer &analyzer,
                 const std::vector<AnalysisEndpoint> &endpoints, const ReachabilityMatrix &matrix,
                 AnalysisFormat format, bool explain, const std::vector<bool> &focus = {});

// The end of a text output when something was left out: "Computed without 2 documents that
// have errors (reported on standard error)." and "1 probe could not be evaluated (...)."; nothing
// when nothing was. `blankLine` puts an empty line before them.
void writeOmissions(std::ostream &out, const AnalysisOutcome &outcome, bool blankLine);

// A JSON string literal.
std::string jsonString(std::string_view text);

} // namespace Netpol
