#pragma once

#include <QPolygonF>
#include <QRectF>

namespace Netpol {

class ObstacleGrid;

namespace CorridorRouter {

// How many grid points a search may settle before it gives up (the flow is then drawn
// straight, broken under what it passes): a bound on the time one route can take.
inline constexpr int kMaxVisits = 60000;

// An orthogonal route from the card `from` to the card `to` through the free space between
// `obstacles` (for a long flow: the other namespaces' frames, the cards and headers of the two
// namespaces it joins), found by A* on the coarse grid of lines that run a clearance off the
// obstacles' sides and midway between them, so that it follows the corridors between frames.
// `offset` is the flow's lane (FlowLanes), `spread` moves its middle segments sideways so that
// unrelated flows sharing a corridor are told apart. The first point lies on the border of
// `from`, the last on the border of `to`; empty when no route is found.
QPolygonF route(const QRectF &from, const QRectF &to, double offset, double spread,
                const ObstacleGrid &obstacles);

} // namespace CorridorRouter
} // namespace Netpol
