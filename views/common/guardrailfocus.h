#pragma once

namespace Netpol {

// What of the design's guardrails is selected (in the guardrail band, shown on the canvas and
// edited in the inspector): a guardrail, or one of its rules. `guardrail` indexes
// Design::guardrails; `rule` the ingress or egress list (`egress`), -1 for the whole guardrail.
struct GuardrailFocus
{
    int guardrail = -1;
    bool egress = false;
    int rule = -1;

    bool isNull() const { return guardrail < 0; }
    bool isRule() const { return guardrail >= 0 && rule >= 0; }
    bool operator==(const GuardrailFocus &) const = default;
};

} // namespace Netpol
