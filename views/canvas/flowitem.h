#pragma once

#include "views/canvas/measuredtext.h"

#include "model/core/diagnostic.h"
#include "model/design/design.h"

#include <QGraphicsItem>
#include <QPainterPath>

#include <optional>
#include <QCoreApplication>

namespace Netpol {

class NodeItem;

// A flow: an arrow from its source to its destination with its ports written on it. Its
// bounding rectangle is only as large as the arrow and its label, so the scene's index stays
// useful however many flows there are. A */* end is drawn as a short stub with a badge.
class FlowItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(FlowItem)

public:
    enum { Type = UserType + 4 };

    explicit FlowItem(int index);
    ~FlowItem() override;

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    int index() const { return m_index; }
    void setIndex(int index) { m_index = index; }

    void setFlow(const Flow &flow);
    const Flow &flow() const { return m_flow; }
    QString label() const { return m_label; }

    // The items the ends are drawn to; null for a */* end or one not (yet) in the scene.
    void setEnds(NodeItem *from, NodeItem *to);
    NodeItem *source() const { return m_from; }
    NodeItem *target() const { return m_to; }
    void nodeDestroyed(NodeItem *node);
    bool isComplete() const;

    // Flows between the same two items are drawn side by side: `offset` moves this one off the
    // centre line (positive is to the left of its direction), `labelAt` places its label along it.
    void setLane(double offset, double labelAt);
    double laneOffset() const { return m_offset; }

    void setProblem(std::optional<Severity> severity);

    // A suggested flow (DesignSource::suggestedFlows), not one of the design's: dashed, in the
    // warning colour, its label led by `badge`; `index()` is then the suggestion's.
    void setSuggestion(const QString &badge, const QString &tooltip);
    bool isSuggestion() const { return !m_badge.isEmpty(); }

    void updateGeometry();
    // Zoomed out, a flow that is neither selected nor a suggestion has no contents
    // (DesignScene::isZoomedOut), so the views skip it.
    void updateContents();
    // Finds the route around the cards in the way now (the scene calls it, see updateGeometry).
    void routeNow();
    bool needsRoute() const { return m_routeStale; }
    // Something moved across its route (not its ends): it keeps its route until it is routed
    // again (FlowRouteQueue::rerouteThrough).
    void rerouteLater();
    // From where the flow leaves its source to the tip at its destination, in scene coordinates;
    // the route between them goes around the cards in the way (FlowRouter).
    QLineF line() const { return m_line; }
    QPolygonF route() const { return m_route; }
    QRectF labelRect() const { return m_labelRect; }
    // Where a long flow no route was found for is broken: the cards and namespace headers it
    // passes over, with a margin (it is drawn as if beneath them).
    const QVector<QRectF> &gaps() const { return m_gaps; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void computeGeometry(bool routed);
    // Replaces m_route by one through the free space between `obstacles` (near) or between
    // the namespaces (long); `obstacles` becomes what its label keeps clear of, or, when it
    // returns true, the cards the scene's index finds under the label.
    bool routeAcross(const QRectF &a, const QRectF &b, bool near, QVector<QRectF> *obstacles);
    void finishGeometry();

    int m_index;
    Flow m_flow;
    QString m_label;
    MeasuredText m_labelText; // m_label, measured and laid out once
    NodeItem *m_from = nullptr;
    NodeItem *m_to = nullptr;
    double m_offset = 0;
    double m_labelAt = 0.5;
    std::optional<Severity> m_problem;
    QString m_badge; // set for a suggested flow
    bool m_routeStale = false; // drawn straight: its ends moved since it was last routed

    QLineF m_line;
    QPolygonF m_route;
    QPolygonF m_arrow;
    QRectF m_labelRect;
    QVector<QRectF> m_gaps;
    QRectF m_badgeRect;
    QRectF m_bounds;
    mutable std::optional<QPainterPath> m_shape;
};

} // namespace Netpol
