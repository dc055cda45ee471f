#pragma once

#include "model/core/diagnostic.h"
#include "model/design/design.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace Netpol {

// The verdict on one `expect:` entry of a design.
struct ExpectationResult
{
    std::size_t index = 0;      // into Design::expectations
    std::string label;          // "storefront/web -> data/postgres 5432/TCP"
    bool expected = true;       // allowed: true|false as written
    std::optional<bool> actual; // the verdict found; none when it could not be evaluated
    // Why: "allowed by policy data/allow-web-to-postgres-ingress", "nothing allows it: ...",
    // or what kept the check from being evaluated. For a wildcard end, names the connection
    // that decided ("ingress-nginx/controller -> data/postgres: ...").
    std::string reason;

    bool passed() const { return actual && *actual == expected; }
    // "allowed" / "denied" when it passed; "expected denied, allowed by policy X" otherwise.
    std::string outcome() const;
};

// Evaluates a design's expectations on the policies it generates, with the design's workloads
// as the pods (the same evaluator and probes as `netpol analyze`). A wildcard end (NS/*, */*)
// stands for each workload the design draws there, a workload and itself left out: the check
// holds when all of those connections have the expected verdict (and fails when there are
// none); external/NAME stands for the first address of its CIDR. Empty without expectations.
std::vector<ExpectationResult> evaluateExpectations(const Design &design);

// An `expectation-failed` error for each check that does not hold, placed on its `expect[i]`
// entry (a SourceMap of the file locates it).
Diagnostics expectationFindings(const std::vector<ExpectationResult> &results);

} // namespace Netpol
