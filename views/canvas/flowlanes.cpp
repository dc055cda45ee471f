#include "views/canvas/flowlanes.h"

#include "views/canvas/flowitem.h"
#include "views/canvas/nodeitem.h"

#include <algorithm>

namespace Netpol {

FlowLanes::Key FlowLanes::keyOf(const FlowItem *flow)
{
    const auto a = quintptr(flow->source());
    const auto b = quintptr(flow->target());
    return a < b ? Key(a, b) : Key(b, a);
}

void FlowLanes::place(FlowItem *flow)
{
    const Key key = keyOf(flow);
    const auto old = m_keys.constFind(flow);
    if (old != m_keys.constEnd()) {
        if (*old == key) {
            m_dirty.insert(key);
            return;
        }
        remove(flow);
    }
    m_keys.insert(flow, key);
    m_groups[key].append(flow);
    m_dirty.insert(key);
}

void FlowLanes::remove(FlowItem *flow)
{
    const auto it = m_keys.find(flow);
    if (it == m_keys.end())
        return;
    const Key key = *it;
    m_keys.erase(it);
    auto group = m_groups.find(key);
    if (group != m_groups.end()) {
        group->removeOne(flow);
        if (group->isEmpty())
            m_groups.erase(group);
        else
            m_dirty.insert(key);
    }
}

void FlowLanes::clear()
{
    m_groups.clear();
    m_keys.clear();
    m_dirty.clear();
}

void FlowLanes::layout()
{
    for (const Key &key : std::as_const(m_dirty)) {
        const auto it = m_groups.find(key);
        if (it == m_groups.end())
            continue;
        QList<FlowItem *> &group = *it;
        std::sort(group.begin(), group.end(),
                  [](const FlowItem *x, const FlowItem *y) { return x->index() < y->index(); });
        const int n = int(group.size());
        for (int k = 0; k < n; ++k) {
            FlowItem *flow = group[k];
            // Lanes are counted along the pair's canonical direction (lower item first); a flow
            // running the other way sees the same lane from the other side.
            const bool canonical = quintptr(flow->source()) <= quintptr(flow->target());
            const double lane = (k - (n - 1) / 2.0) * kSpacing;
            const double along = n == 1 ? 0.5 : 0.32 + 0.36 * k / (n - 1);
            flow->setLane(canonical ? lane : -lane, canonical ? along : 1 - along);
        }
    }
    m_dirty.clear();
}

} // namespace Netpol
