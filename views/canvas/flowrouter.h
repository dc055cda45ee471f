#pragma once

#include <QLineF>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

#include <optional>

namespace Netpol::FlowRouter {

// Space kept between a route and the cards it passes, in scene units.
inline constexpr double kClearance = 14;

// A route for a flow from the card `from` to the card `to` (scene rectangles) that crosses none
// of `obstacles` (the other cards near them): the straight line between the cards where that is
// free, else the cheapest free orthogonal route with up to three bends, else whichever crosses
// the fewest. `offset` keeps the flows between one pair apart (positive to the left of the
// direction), on the straight line and on the channels alike. The first point lies on the border
// of `from`, the last on the border of `to`.
QPolygonF route(const QRectF &from, const QRectF &to, double offset, const QVector<QRectF> &obstacles);

// How many of `obstacles` the route passes through (touching a border does not count).
int crossings(const QPolygonF &route, const QVector<QRectF> &obstacles);
bool crosses(const QLineF &segment, const QRectF &rect);
// The part of `line` inside `rect` (Liang-Barsky), if any.
std::optional<QLineF> clip(const QLineF &line, const QRectF &rect);

// The point at `fraction` (0 to 1) of the route's length, and the direction there.
QPointF pointAlong(const QPolygonF &route, double fraction, QPointF *direction = nullptr);
double lengthOf(const QPolygonF &route);

} // namespace Netpol::FlowRouter
