#pragma once

#include "views/canvas/obstaclegrid.h"

#include <QLineF>
#include <QRectF>
#include <QVector>

class QGraphicsScene;

namespace Netpol {

class NodeItem;

// What a flow's route and port pill keep clear of, gathered from the scene.
namespace FlowObstacles {

// The gap a flow drawn straight leaves on each side of a card it passes under.
inline constexpr double kGapMargin = 4;

// The other cards in `area` (a short flow's surroundings) and the frames of namespaces other
// than its ends' (as a whole, without their cards), from the scene's index.
QVector<QRectF> near(const QGraphicsScene *scene, const QRectF &area, const NodeItem *from,
                     const NodeItem *to);

// For a long flow: the frames of the namespaces other than its ends', with the cards and
// headers inside its ends' namespaces and the free-standing cards. They come from the scene's
// lists (a few hundred frames), not its index, whose answer for a long flow's area would be
// thousands of items. A rectangle overlapping an end is left out (the route must leave it).
ObstacleGrid acrossNamespaces(const QGraphicsScene *scene, const NodeItem *from,
                              const NodeItem *to);

// The cards and namespace headers a straight line passes over (with kGapMargin): a long flow
// no route was found for is broken there, as if drawn beneath them.
QVector<QRectF> coveredAlong(const QGraphicsScene *scene, const QLineF &line, const NodeItem *from,
                             const NodeItem *to);

// The parts of `line` outside every rectangle of `gaps`.
QVector<QLineF> outside(const QLineF &line, const QVector<QRectF> &gaps);

} // namespace FlowObstacles
} // namespace Netpol
