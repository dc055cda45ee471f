#pragma once

#include "model/analysis/cluster.h"
#include "model/analysis/connectionlist.h"
#include "model/analysis/evaluator.h"

#include <string>
#include <vector>

namespace Netpol {

// One input of a comparison, with how it names the two ends of a pair (null where the
// endpoint is not in that input).
struct ChangeSide
{
    const Cluster *cluster = nullptr;
    const PolicyEvaluator *evaluator = nullptr;
    const ConnectionEndpoint *from = nullptr;
    const ConnectionEndpoint *to = nullptr;
};

// What made the connections of one ordered pair differ between OLD and NEW, singled out: a
// line per rule whose allowance toward the pair appeared, went or changed, and per side whose
// isolation changed, with the file and line of the input that has it, for instance
//   "because: egress of shop/web: shop/web-db spec.egress[0] (new.yaml:23) allows TCP
//    5432-5433 (was TCP 5432)",
//   "because: ingress of shop/db: shop/db-web spec.ingress[1] (old.yaml:31) no longer allows
//    TCP 8080",
//   "because: ingress of shop/db: isolated now by shop/deny (new.yaml:3)",
//   "because: shop/web[Deployment] is only in NEW".
// Rules are matched by policy (namespace and name), direction and index. An endpoint that
// only one input has is evaluated against the other input's policies as it is named there.
std::vector<std::string> explainChangeCauses(const ChangeSide &before, const ChangeSide &after);

} // namespace Netpol
