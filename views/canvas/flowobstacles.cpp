#include "views/canvas/flowobstacles.h"

#include "views/canvas/canvasstyle.h"
#include "views/canvas/designscene.h"
#include "views/canvas/externalitem.h"
#include "views/canvas/flowrouter.h"
#include "views/canvas/namespaceitem.h"
#include "views/canvas/workloaditem.h"

#include <QGraphicsScene>

#include <algorithm>
#include <utility>

namespace Netpol::FlowObstacles {

using CanvasStyle::kHeaderHeight;

namespace {

NamespaceItem *namespaceOf(const NodeItem *node)
{
    if (!node)
        return nullptr;
    if (node->type() == NamespaceItem::Type)
        return static_cast<NamespaceItem *>(const_cast<NodeItem *>(node));
    return qgraphicsitem_cast<NamespaceItem *>(node->parentItem());
}

QRectF headerOf(const NodeItem *ns)
{
    QRectF header = ns->sceneFrame();
    header.setHeight(kHeaderHeight);
    return header;
}

} // namespace

QVector<QRectF> near(const QGraphicsScene *scene, const QRectF &area, const NodeItem *from,
                     const NodeItem *to)
{
    QVector<QRectF> obstacles;
    if (!scene)
        return obstacles;
    const NamespaceItem *fromNs = namespaceOf(from);
    const NamespaceItem *toNs = namespaceOf(to);
    for (QGraphicsItem *item : scene->items(area, Qt::IntersectsItemBoundingRect)) {
        if (item->type() == NamespaceItem::Type) {
            // A third namespace's frame is in the way as a whole: a short flow between two
            // neighbours goes around it, not through it.
            if (item != fromNs && item != toNs)
                obstacles << static_cast<const NodeItem *>(item)->sceneFrame();
            continue;
        }
        if (item->type() != WorkloadItem::Type && item->type() != ExternalItem::Type)
            continue;
        const auto *node = static_cast<const NodeItem *>(item);
        const NamespaceItem *home = namespaceOf(node);
        if (home && home != fromNs && home != toNs)
            continue; // inside a third frame, which is an obstacle already
        if (node != from && node != to)
            obstacles << node->sceneFrame();
    }
    return obstacles;
}

QVector<QRectF> coveredAlong(const QGraphicsScene *scene, const QLineF &line, const NodeItem *from,
                             const NodeItem *to)
{
    QVector<QRectF> covered;
    const auto *designScene = qobject_cast<const DesignScene *>(scene);
    if (!designScene || line.isNull())
        return covered;
    // The scene's lists, not its index: a long diagonal's bounding rectangle holds thousands
    // of items (flows above all), while testing each card against the line costs little.
    const QRectF reach = QRectF(line.p1(), line.p2())
                             .normalized()
                             .adjusted(-kGapMargin, -kGapMargin, kGapMargin, kGapMargin);
    auto consider = [&](const NodeItem *node, bool headerOnly) {
        if (node == from || node == to || node->isAncestorOf(from) || node->isAncestorOf(to))
            return;
        QRectF rect = node->sceneFrame();
        if (headerOnly)
            rect.setHeight(kHeaderHeight);
        rect.adjust(-kGapMargin, -kGapMargin, kGapMargin, kGapMargin);
        if (rect.intersects(reach) && FlowRouter::clip(line, rect))
            covered << rect;
    };
    for (const NodeItem *node : designScene->workloadItems())
        consider(node, false);
    for (const NodeItem *node : designScene->externalItems())
        consider(node, false);
    for (const NodeItem *node : designScene->namespaceItems())
        consider(node, true);
    return covered;
}

QVector<QLineF> outside(const QLineF &line, const QVector<QRectF> &gaps)
{
    QVector<std::pair<double, double>> cuts; // fractions along the line
    const double length = line.length();
    if (length <= 0)
        return {line};
    for (const QRectF &gap : gaps) {
        if (const auto inside = FlowRouter::clip(line, gap)) {
            double a = QLineF(line.p1(), inside->p1()).length() / length;
            double b = QLineF(line.p1(), inside->p2()).length() / length;
            cuts.append(std::minmax(a, b));
        }
    }
    std::sort(cuts.begin(), cuts.end());
    QVector<QLineF> parts;
    double at = 0;
    for (const auto &[a, b] : cuts) {
        if (a > at)
            parts << QLineF(line.pointAt(at), line.pointAt(a));
        at = std::max(at, b);
    }
    if (at < 1)
        parts << QLineF(line.pointAt(at), line.p2());
    return parts;
}

ObstacleGrid acrossNamespaces(const QGraphicsScene *scene, const NodeItem *from,
                              const NodeItem *to)
{
    ObstacleGrid grid;
    const auto *designScene = qobject_cast<const DesignScene *>(scene);
    if (!designScene || !from || !to)
        return grid;
    const QRectF a = from->sceneFrame(), b = to->sceneFrame();
    auto add = [&](const QRectF &rect) {
        if (!rect.intersects(a) && !rect.intersects(b))
            grid.add(rect);
    };
    const NamespaceItem *ends[] = {namespaceOf(from), namespaceOf(to)};
    for (const NamespaceItem *ns : designScene->namespaceItems()) {
        if (ns != ends[0] && ns != ends[1]) {
            add(ns->sceneFrame());
            continue;
        }
        if (ns == from || ns == to)
            continue; // the route starts or ends on this frame: what is inside does not matter
        add(headerOf(ns));
        for (const QGraphicsItem *child : ns->childItems()) {
            if (child->type() == WorkloadItem::Type && child != from && child != to)
                add(static_cast<const NodeItem *>(child)->sceneFrame());
        }
    }
    for (const NodeItem *card : designScene->externalItems())
        if (card != from && card != to)
            add(card->sceneFrame());
    return grid;
}

} // namespace Netpol::FlowObstacles
