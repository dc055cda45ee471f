#pragma once

#include "model/design/guardrail.h"

#include <vector>

namespace Netpol {

// The order guardrails are evaluated and listed in: the Admin tier before the Baseline tier,
// lower priority first, the design's order between equal priorities. Returns indexes into
// `guardrails`.
std::vector<int> guardrailOrder(const std::vector<Guardrail> &guardrails);

// Moves guardrail `index` to `position` of guardrailOrder() counted without it (0: first,
// size()-1: last) by giving it a priority between those of its new neighbours in its tier
// (the tier of the neighbours when both belong to the other tier). When no free priority lies
// between them the tier is renumbered in its new order. Returns the new list (the design's
// order of the guardrails does not change, only tiers and priorities).
std::vector<Guardrail> moveGuardrail(std::vector<Guardrail> guardrails, int index, int position);

} // namespace Netpol
