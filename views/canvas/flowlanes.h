#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>

namespace Netpol {

class FlowItem;
class NodeItem;

// Keeps flows between the same two items (in either direction) apart: each gets its own lane,
// a parallel line beside the centre line, and its label a different place along it, so two
// flows between a pair, or opposite flows, never hide each other.
class FlowLanes
{
public:
    static constexpr double kSpacing = 18;

    // Records where a flow is now (after its ends changed); the old and new pairs need a layout.
    void place(FlowItem *flow);
    void remove(FlowItem *flow);
    void clear();

    // Gives every flow of the pairs touched since the last call its lane.
    void layout();

private:
    using Key = QPair<quintptr, quintptr>;
    static Key keyOf(const FlowItem *flow);

    QHash<Key, QList<FlowItem *>> m_groups;
    QHash<const FlowItem *, Key> m_keys;
    QSet<Key> m_dirty;
};

} // namespace Netpol
