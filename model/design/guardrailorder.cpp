#include "model/design/guardrailorder.h"

#include <algorithm>

namespace Netpol {

namespace {

constexpr int kMaxPriority = 1000;

int tierRank(ClusterTier tier)
{
    return tier == ClusterTier::Admin ? 0 : 1;
}

// Gives the guardrails of `order` (one tier, in their new order) ascending priorities spread
// over 0-1000.
void renumber(std::vector<Guardrail> &guardrails, const std::vector<int> &order)
{
    const int count = int(order.size());
    const int step = std::clamp(kMaxPriority / (count + 1), 1, 10);
    for (int i = 0; i < count; ++i)
        guardrails[order[i]].priority = std::min(kMaxPriority, (i + 1) * step);
}

} // namespace

std::vector<int> guardrailOrder(const std::vector<Guardrail> &guardrails)
{
    std::vector<int> order(guardrails.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&guardrails](int a, int b) {
        const Guardrail &x = guardrails[a];
        const Guardrail &y = guardrails[b];
        if (x.tier != y.tier)
            return tierRank(x.tier) < tierRank(y.tier);
        return x.priority < y.priority;
    });
    return order;
}

std::vector<Guardrail> moveGuardrail(std::vector<Guardrail> guardrails, int index, int position)
{
    if (index < 0 || index >= int(guardrails.size()))
        return guardrails;
    std::vector<int> others = guardrailOrder(guardrails);
    others.erase(std::find(others.begin(), others.end(), index));
    position = std::clamp(position, 0, int(others.size()));
    const Guardrail *before = position > 0 ? &guardrails[others[position - 1]] : nullptr;
    const Guardrail *after = position < int(others.size()) ? &guardrails[others[position]]
                                                           : nullptr;
    Guardrail &moved = guardrails[index];
    const bool nearOwnTier = (before && before->tier == moved.tier)
                             || (after && after->tier == moved.tier);
    if (!nearOwnTier && (before || after))
        moved.tier = before ? before->tier : after->tier;
    if (before && before->tier != moved.tier)
        before = nullptr;
    if (after && after->tier != moved.tier)
        after = nullptr;

    int low = before ? before->priority : -1;
    int high = after ? after->priority : kMaxPriority + 1;
    if (!before && after)
        low = std::max(-1, high - 11); // a step of 10 ahead of the first when there is room
    if (before && !after)
        high = std::min(kMaxPriority + 1, low + 11);
    if (!before && !after)
        return guardrails; // alone in its tier: its priority stays
    if (high - low >= 2) {
        moved.priority = before && after ? low + (high - low) / 2 : (!before ? high - 10 : low + 10);
        moved.priority = std::clamp(moved.priority, low + 1, high - 1);
        return guardrails;
    }
    // No room: the tier in its new order, renumbered.
    std::vector<int> tier;
    for (int i = 0; i < int(others.size()); ++i) {
        if (i == position)
            tier.push_back(index);
        if (guardrails[others[i]].tier == moved.tier)
            tier.push_back(others[i]);
    }
    if (position == int(others.size()))
        tier.push_back(index);
    renumber(guardrails, tier);
    return guardrails;
}

} // namespace Netpol
